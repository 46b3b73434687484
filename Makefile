# Two commands matter: `make run` and `make test`. Both create .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
PACKAGE_STAMP := $(VENV)/.installed-package
BUNDLE := dist/beziehung
PACKAGE_DEBS := desktop-file-utils appstream libwayland-cursor0

.PHONY: run test lint typecheck format benchmark bench crash-test fuzz screenshots translations package package-tools package-test clean

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

## test: lint, type check and the whole test suite, offscreen, on SQLite and on a throw-away
## PostgreSQL cluster (tools/pg_test_cluster.sh; its half is skipped loudly when it cannot start)
test: $(TEST_STAMP) lint typecheck
	@trap 'tools/pg_test_cluster.sh stop' EXIT; \
	if url=$$(tools/pg_test_cluster.sh start); then export BEZIEHUNG_TEST_PG="$$url"; \
	else echo "WARNING: no PostgreSQL test cluster; the PostgreSQL half of the suite is SKIPPED" >&2; fi; \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(TEST_STAMP)
	$(BIN)/ruff format --check src tests benchmarks tools packaging/prune.py packaging/launch.py
	$(BIN)/ruff check src tests benchmarks tools packaging/prune.py packaging/launch.py

## typecheck: mypy over src (not yet part of `make test`)
typecheck: $(TEST_STAMP)
	$(BIN)/mypy

format: $(TEST_STAMP)
	$(BIN)/ruff format src tests benchmarks tools
	$(BIN)/ruff check --fix src tests benchmarks tools

## benchmark: figures on generated data (not part of the test run)
benchmark: $(RUN_STAMP)
	$(BIN)/python benchmarks/search_and_demo.py $(ARGS)

## bench: every speed target next to its floor on 100k contacts / 1M notes (cached in
## ~/.cache/beziehung-bench); prints a table and writes benchmarks/results.json. ARGS="--fresh"
bench: $(RUN_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.bench $(ARGS)

## crash-test: SIGKILL writers 200 times and check nothing acknowledged is lost (minutes; not
## part of `make test`). ARGS="--seed N --only note" replays one kind's kill delays.
crash-test: $(TEST_STAMP)
	$(BIN)/python tools/crash_test.py $(ARGS)

## fuzz: the vCard, CSV and archive readers, 10,000 hypothesis examples each (minutes; not part
## of `make test`, which runs the same tests with a few examples)
fuzz: $(TEST_STAMP)
	HYPOTHESIS_PROFILE=fuzz QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/fuzz $(PYTEST_ARGS)

TS := resources/translations/beziehung_en.ts
QM := src/beziehung/resources/translations/beziehung_en.qm
# German is the source language; its file holds only the plural forms of counted texts.
TS_DE := resources/translations/beziehung_de.ts
QM_DE := src/beziehung/resources/translations/beziehung_de.qm
UI_SOURCES = $(shell find src/beziehung/ui src/beziehung/app.py -name '*.py' | sort)

## translations: collect the window's texts into the .ts file and compile the .qm
translations: $(RUN_STAMP)
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -ts $(TS) -target-language en -no-obsolete
	$(BIN)/pyside6-lrelease $(TS) -qm $(QM)
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -ts $(TS_DE) -target-language de -pluralonly -no-obsolete
	$(BIN)/pyside6-lrelease $(TS_DE) -qm $(QM_DE)

$(PACKAGE_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[package]"
	touch $@ $(RUN_STAMP)

# Debian packages the packaging needs: validators, and a library the Wayland plugin links to.
package-tools:
	@missing=""; for p in $(PACKAGE_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; apt-get update -qq >/dev/null; \
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi

## package: the PyInstaller bundle dist/beziehung and dist/beziehung-VERSION-linux-x86_64.tar.gz
package: $(PACKAGE_STAMP) package-tools
	desktop-file-validate resources/de.beziehung.Beziehung.desktop
	appstreamcli validate --no-net resources/de.beziehung.Beziehung.metainfo.xml
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging/beziehung.spec
	$(BIN)/python packaging/prune.py $(BUNDLE)
	mkdir -p $(BUNDLE)/share/applications $(BUNDLE)/share/metainfo $(BUNDLE)/share/icons/hicolor/scalable/apps
	cp resources/de.beziehung.Beziehung.desktop $(BUNDLE)/share/applications/
	cp resources/de.beziehung.Beziehung.metainfo.xml $(BUNDLE)/share/metainfo/
	cp resources/icons/de.beziehung.Beziehung.svg $(BUNDLE)/share/icons/hicolor/scalable/apps/
	for size in 16 24 32 48 64 128 256 512; do \
	  mkdir -p $(BUNDLE)/share/icons/hicolor/$${size}x$${size}/apps; \
	  cp resources/icons/de.beziehung.Beziehung-$$size.png $(BUNDLE)/share/icons/hicolor/$${size}x$${size}/apps/de.beziehung.Beziehung.png; \
	done
	cp LICENSE src/beziehung/resources/THIRD_PARTY_NOTICES.txt $(BUNDLE)/
	version=$$($(BIN)/python -c "import beziehung; print(beziehung.__version__)"); \
	tar -czf dist/beziehung-$$version-linux-x86_64.tar.gz -C dist beziehung; \
	ls -l dist/beziehung-$$version-linux-x86_64.tar.gz

## package-test: build the bundle and run its self-test without a display
package-test: package
	env -u DISPLAY -u WAYLAND_DISPLAY $(BUNDLE)/beziehung --self-test

## screenshots: docs/screenshots/*.png from demo data, in real windows on a virtual X screen
screenshots: $(RUN_STAMP)
	tools/screenshots.sh docs/screenshots

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
