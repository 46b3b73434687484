# Two commands matter: `make run` and `make test`. Both create .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint format benchmark screenshots translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(RUN_STAMP)

## run: open Beziehung on the default local database (ARGS="--db demo.db" for another)
run: $(RUN_STAMP)
	$(BIN)/beziehung $(ARGS)

## test: lint and the whole test suite, offscreen
test: $(TEST_STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(TEST_STAMP)
	$(BIN)/ruff format --check src tests benchmarks tools
	$(BIN)/ruff check src tests benchmarks tools

format: $(TEST_STAMP)
	$(BIN)/ruff format src tests benchmarks tools
	$(BIN)/ruff check --fix src tests benchmarks tools

## benchmark: figures on generated data (not part of the test run)
benchmark: $(RUN_STAMP)
	$(BIN)/python benchmarks/search_and_demo.py $(ARGS)

TS := resources/translations/beziehung_en.ts
QM := src/beziehung/resources/translations/beziehung_en.qm
UI_SOURCES = $(shell find src/beziehung/ui src/beziehung/app.py -name '*.py' | sort)

## translations: collect the window's texts into the .ts file and compile the .qm
translations: $(RUN_STAMP)
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -ts $(TS) -target-language en -no-obsolete
	$(BIN)/pyside6-lrelease $(TS) -qm $(QM)

## screenshots: docs/screenshots/*.png from demo data, in real windows on a virtual X screen
screenshots: $(RUN_STAMP)
	tools/screenshots.sh docs/screenshots

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
