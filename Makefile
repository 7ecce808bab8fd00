# On a fresh machine two commands do everything: `make demo` and `make test`. `make help` lists the rest.
PYTHON  ?= python3
VENV    ?= .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
DEMO    := .venv-demo
PYTHONS ?= 3.10 3.11 3.12 3.13
SOURCES := src tests examples benchmarks tools docs conftest.py

.PHONY: help demo test check lint types imports pytest pythons docs data bench mutation coverage clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

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

data: $(STAMP)  ## rebuild everything generated from research/ and the model; git diff shows the change
	$(BIN)/python tools/build_data.py
	$(BIN)/python tools/gen_schema.py
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
