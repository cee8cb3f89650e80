# IDO Desk — everything installs from nothing into .venv.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run test test-sqlite test-postgres lint first-read-sql bench demo screenshots translations clean package package-check installer windows-cli-check

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

test: lint test-sqlite test-postgres  ## the contract, the linters, the suite on SQLite and on PostgreSQL

test-sqlite: $(TSTAMP) ## the whole suite on SQLite files in temporary folders
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The suite's second pass: every test that is not SQLite by nature, on a throw-away
# PostgreSQL cluster (tools/pg_cluster.sh starts it, and stops it after). Needs PostgreSQL's
# server programs: Debian's package `postgresql` (.ci/run installs it when missing).
test-postgres: $(TSTAMP)
	QT_QPA_PLATFORM=offscreen tools/pg_cluster.sh run $(BIN)/python -m pytest

lint: $(TSTAMP)
	$(BIN)/lint-imports
	$(BIN)/ruff check ido_desk ui db migrations tests bench
	$(BIN)/mypy

# The SQLite text of the window's first read (db/first_read_sql.py), compiled from the queries
# in db/queries/first_read.py; tests/test_first_read.py says when it must be written again.
first-read-sql: $(STAMP)
	$(BIN)/python -m db.queries.first_read
	$(BIN)/ruff format db/first_read_sql.py

bench: $(TSTAMP)       ## printed figures and ratios, never asserts
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

screenshots: $(TSTAMP) ## the window under Xvfb at library screen sizes -> docs/screenshot-*.png
	$(BIN)/python -m tools.screenshots

demo: $(STAMP)         ## a database full of realistic synthetic visits
	$(BIN)/ido-desk demo --visits 5000 --locations 3

# The frozen one-folder program for this platform (dist/ido-desk/: ido-desk and IDO Desk).
# On Windows the same spec makes ido-desk.exe and "IDO Desk.exe" (docs/windows.md).
PYINSTALLER := $(BIN)/pyinstaller
$(PYINSTALLER): | $(STAMP)
	$(BIN)/pip install --quiet 'pyinstaller>=6.10'

package: $(STAMP) | $(PYINSTALLER)   ## the frozen program in dist/ido-desk
	$(PYINSTALLER) --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/ido-desk.spec
	@du -sh dist/ido-desk

package-check:         ## start the frozen program: setup, log, PDF report, export, the window
	$(BIN)/python packaging/package_check.py dist/ido-desk

windows-cli-check: $(STAMP)  ## the Windows-specific tests in a Windows CPython under Wine
	packaging/windows_cli_check.sh

# The Windows installer from a frozen Windows folder (FROZEN=...); makensis runs on Linux too.
FROZEN ?= dist/ido-desk
installer:
	makensis -V2 -DFROZEN="$(abspath $(FROZEN))" -DVERSION=$$($(BIN)/python -c \
		"import ido_desk; print(ido_desk.__version__)") -DOUTFILE="$(abspath dist)/IDO-Desk-setup.exe" \
		packaging/ido-desk.nsi

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# The English translation: ui/i18n/ido_desk_en.ts (strings from the code, translations kept)
# and the ido_desk_en.qm the window loads (committed, so `make run` shows it).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -source-language nl_NL -target-language en_GB ui/*.py \
		$$(grep -rl --include='*.py' -e '^from ido_desk.translatable import' \
			-e '^from db.text import' ido_desk db) \
		-ts ui/i18n/ido_desk_en.ts
	$(BIN)/pyside6-lrelease ui/i18n/ido_desk_en.ts -qm ui/i18n/ido_desk_en.qm
