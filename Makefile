# The two commands of the README: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install lint bench clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

# The moderation engine compiled with mypyc (about 2 minutes, once per change to it);
# without a C compiler it runs as Python, with the same decisions.
install: $(STAMP)
	$(BIN)/python tools/compile_engine.py --if-stale

demo: install
	$(BIN)/palabre demo

# Lint and strict typing first: a type error fails the suite like a failing test.
test: lint
	[ -d tests/browser/node_modules/axe-core ] || (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
	$(BIN)/pytest -n 2 --dist loadfile

lint: install
	$(BIN)/ruff check src tests tools
	$(BIN)/mypy

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) data/demo .pytest_cache .mypy_cache .ruff_cache src/palabre/policies/_compiled
