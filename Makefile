# Two commands do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint types pytest docs bench clean data notebook

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python examples/cop12_overview.py

lint: $(STAMP)
	$(BIN)/ruff check src tests examples benchmarks tools conftest.py
	$(BIN)/ruff format --check src tests examples benchmarks tools conftest.py

types: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest -q

docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir .site

test: lint types pytest docs

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

data: $(STAMP)
	$(BIN)/python tools/build_data.py
	$(BIN)/python tools/gen_docs.py
	$(BIN)/python tools/list_searches.py

notebook: $(STAMP)
	$(BIN)/python tools/make_notebook.py
	$(BIN)/ruff format -q examples
	$(BIN)/python tools/run_notebook.py

clean:
	rm -rf $(VENV) .site build dist .mypy_cache .ruff_cache
