# BizHR Desktop. `make run` installs into .venv and starts the app; `make test` runs every check.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test
# Test-only packages that must never be importable from .venv (see the file it installs).
TESTDEPS := .venv-testdeps
TDSTAMP  := $(TESTDEPS)/.installed

.PHONY: run test lint typecheck pytest reliability bench screenshots clean dist

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Python 3.11 or newer is needed (found $$($(PYTHON) --version))." >&2; exit 1; }
	@$(PYTHON) -m venv $(VENV) || \
	  { echo "Could not create .venv: install python3-venv (sudo apt-get install python3-venv)." >&2; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	@# Older test extras put keyrings.alt here, where keyring would offer `make run` a plain file.
	@if $(BIN)/python -m pip show --quiet keyrings.alt >/dev/null 2>&1; then \
	  $(BIN)/python -m pip uninstall --quiet --yes keyrings.alt; fi
	@touch $@

$(TSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

$(TDSTAMP): $(BIN)/python packaging/test-only-requirements.txt
	rm -rf $(TESTDEPS)
	$(BIN)/python -m pip install --quiet --no-deps --target $(TESTDEPS) \
	  -r packaging/test-only-requirements.txt
	@touch $@

run: $(STAMP)
	@$(PYTHON) packaging/check-system.py
	$(BIN)/bizhr-desktop

LINTED := bizhr_desktop tests packaging $(wildcard benchmarks)

lint: $(TSTAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/lint-imports --no-cache
	$(BIN)/vulture

typecheck: $(TSTAMP)
	$(BIN)/mypy --strict bizhr_desktop

# pytest exits 5 when it ran no test; make treats every non-zero exit as a failure.
pytest: $(TSTAMP) $(TDSTAMP)
	@$(PYTHON) packaging/check-system.py --tests
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test: lint typecheck pytest

# The full fault suite (kill -9, full disks, corruption, fuzz, concurrency; CI runs a fast
# subset of it inside `make test`), then its table for docs/reliability.md. Root is needed for
# the small file systems it mounts; without root those cases are skipped and say so.
RELIABILITY_LOG := .reliability.jsonl
reliability: $(TSTAMP) $(TDSTAMP)
	@$(PYTHON) packaging/check-system.py --tests
	rm -f $(RELIABILITY_LOG)
	BIZHR_RELIABILITY_FULL=1 BIZHR_RELIABILITY_LOG=$(CURDIR)/$(RELIABILITY_LOG) \
	  QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/reliability; \
	  status=$$?; $(BIN)/python -m tests.reliability.report $(RELIABILITY_LOG); exit $$status

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# docs/screenshots/{en,ar}/*.png again, from the GUI journeys that check the layout (a demo
# vault at 1366x768, offscreen); see packaging/screenshots.py. Not part of `make test`.
screenshots: $(TSTAMP) $(TDSTAMP)
	@$(PYTHON) packaging/check-system.py --tests
	$(BIN)/python packaging/screenshots.py

clean:
	rm -rf $(VENV) $(TESTDEPS) .venv-build .pytest_cache .mypy_cache .ruff_cache build dist \
	  *.egg-info

# The one-folder PyInstaller bundle dist/bizhr, smoke-tested; not part of `make test`.
# It builds in its own .venv-build; see docs/packaging.md.
dist:
	packaging/build.sh

# Refresh resources/translations/*.ts from the code (keeping translations) and compile the .qm.
.PHONY: translations
translations: $(STAMP)
	BIN=$(BIN) packaging/update-translations.sh
