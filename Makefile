# On a fresh machine two commands do everything: `make demo` and `make test`. `make help` lists the rest.
PYTHON  ?= python3
VENV    ?= .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
DEMO    := .venv-demo
PYTHONS ?= 3.10 3.11 3.12 3.13
SOURCES := src tests examples benchmarks tools docs conftest.py
MINOR   := $(shell $(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])')
LOCK    := requirements/dev-$(MINOR).txt
PINS    := $(if $(wildcard $(LOCK)),-c $(LOCK),)

.PHONY: help demo test check lint types imports pytest pythons docs data bench mutation coverage clean lock dist hooks release serve

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

# The maintainer's tools are pinned for the main interpreter (requirements/dev-X.Y.txt, written
# by `make lock`), so that lint, types, generated files and the site do not move under us.
$(STAMP): pyproject.toml $(wildcard $(LOCK))
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@[ -n "$(PINS)" ] || echo "note: no $(LOCK); installing the dev tools unpinned (make lock pins them)"
	$(BIN)/python -m pip install --quiet -e '.[dev]' $(PINS)
	touch $(STAMP)

lock:  ## re-resolve the dev tools from scratch and pin them in requirements/dev-X.Y.txt
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet --upgrade pip
	.venv-lock/bin/python -m pip install --quiet -e '.[dev]'
	mkdir -p requirements
	{ echo "# The dev tools for Python $(MINOR), pinned by make lock on $$(date +%F); make lock again to upgrade."; \
	  .venv-lock/bin/python -m pip freeze --exclude-editable | grep -v '^untoc' | sort -f; } > $(LOCK)
	rm -rf .venv-lock

hooks: $(STAMP)  ## install the pre-commit hooks (ruff, ruff format, mypy) into .git/hooks
	$(BIN)/pre-commit install

release: $(STAMP)  ## make release VERSION=x.y.z: date the [Unreleased] changelog entries, set the version
	@[ -n "$(VERSION)" ] || { echo "usage: make release VERSION=x.y.z"; exit 2; }
	$(BIN)/python tools/release.py $(VERSION)

dist: $(STAMP)  ## build the sdist and the wheel into dist/ and check them with twine
	rm -rf dist
	$(BIN)/python -m build --outdir dist
	$(BIN)/twine check --strict dist/*

$(DEMO)/.installed: pyproject.toml
	$(PYTHON) -m venv $(DEMO)
	$(DEMO)/bin/python -m pip install --quiet .
	touch $@

demo: $(DEMO)/.installed  ## install untoc alone and print the COP12 overview with citations
	$(DEMO)/bin/python examples/cop12_overview.py

test: pythons lint types imports docs  ## the CI entry: the suite on every Python 3.10-3.13 here, then lint, types, layers, docs

check: lint types imports  ## the quick path: lint, types, layers and the tests not marked slow
	$(BIN)/python -m pytest -q -m "not slow"

lint: $(STAMP)  ## ruff check and ruff format --check
	$(BIN)/ruff check $(SOURCES)
	$(BIN)/ruff format --check $(SOURCES)

types: $(STAMP)  ## mypy --strict at Python 3.10
	$(BIN)/mypy

imports: $(STAMP)  ## import-linter: layers and optional extras
	$(BIN)/lint-imports

pytest: $(STAMP)  ## the whole suite (slow tests included) on the main interpreter
	$(BIN)/python -m pytest -q

pythons: $(STAMP)  ## the whole suite on the main venv, the quick suite on every other Python found
	$(BIN)/python -m pytest -q
	@for v in $(PYTHONS); do \
	  py=$$(ls -d $${PYENV_ROOT:-$$HOME/.pyenv}/versions/$$v.*/bin/python3 2>/dev/null | sort -V | tail -1); \
	  [ -n "$$py" ] || py=$$(command -v python$$v 2>/dev/null); \
	  if [ -z "$$py" ] || ! "$$py" -c pass 2>/dev/null; then echo "skip: no Python $$v on this machine"; continue; fi; \
	  if [ "$$("$$py" -c 'import sys; print(sys.version_info[:2])')" = "$$($(BIN)/python -c 'import sys; print(sys.version_info[:2])')" ]; then continue; fi; \
	  env=.venv-$$v; \
	  [ -f $$env/.installed ] || { "$$py" -m venv $$env && $$env/bin/python -m pip install --quiet -e '.[test]' && touch $$env/.installed; } || exit 1; \
	  echo "Python $$v: $$("$$env/bin/python" --version)"; \
	  $$env/bin/python -m pytest -q -m "not slow" || exit 1; \
	done

docs: $(STAMP)  ## build the site (pages and charts drawn from the data) into .site, strictly
	DISABLE_MKDOCS_2_WARNING=true NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir .site

serve: docs  ## build the site and serve it on http://127.0.0.1:8000 (search needs a server)
	$(BIN)/python -m http.server 8000 --bind 127.0.0.1 --directory .site

data: $(STAMP)  ## rebuild everything generated from research/ and the model; git diff shows the change
	$(BIN)/python tools/build_data.py
	$(BIN)/python tools/gen_schema.py
	$(BIN)/python tools/gen_codebook.py
	$(BIN)/python tools/list_searches.py

bench: $(STAMP)  ## untoc against pycountry in one run; rewrites the README's table
	$(BIN)/python benchmarks/bench.py --readme README.md

mutation: $(STAMP)  ## mutmut over the queries, parties, search, summary, coverage and store modules
	$(BIN)/python tools/mutation.py

coverage: $(STAMP)  ## branch coverage of the suite, CLI subprocesses included
	rm -f .coverage .coverage.*
	COVERAGE_PROCESS_START=$(CURDIR)/pyproject.toml $(BIN)/python -m coverage run -m pytest -q -m "not slow"
	$(BIN)/python -m coverage combine -q
	$(BIN)/python -m coverage report

clean:  ## remove virtual environments, the built site and caches
	rm -rf $(VENV) $(DEMO) .venv-3.* .site build dist .mypy_cache .ruff_cache mutants .coverage .coverage.*
