# IDO Desk — everything installs from nothing into .venv.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run test lint bench demo screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(TSTAMP): pyproject.toml $(STAMP)
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

run: $(STAMP)          ## open the window on the database in the user data folder
	$(BIN)/ido-desk

test: $(TSTAMP) lint   ## the architecture contract, the linters and the whole test suite
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(TSTAMP)
	$(BIN)/lint-imports
	$(BIN)/ruff check ido_desk ui db migrations tests bench
	$(BIN)/mypy

bench: $(TSTAMP)       ## printed figures and ratios, never asserts
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

screenshots: $(TSTAMP) ## the window under Xvfb at library screen sizes -> docs/screenshot-*.png
	$(BIN)/python -m tools.screenshots

demo: $(STAMP)         ## a database full of realistic synthetic visits
	$(BIN)/ido-desk demo --visits 5000 --locations 3

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
