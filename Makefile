# sendspec: every target installs what it needs into .venv (from pyproject.toml) first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup generate check-generated lint test compat conformance conformance-full emulate demo bench soak inbox-screenshot check clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

generate: $(STAMP)
	$(PY) scripts/generate.py

check-generated: $(STAMP)
	$(PY) scripts/generate.py --check

lint: $(STAMP)
	$(VENV)/bin/ruff check overlays conformance scripts tests
	$(VENV)/bin/ruff format --check overlays conformance scripts tests
	$(VENV)/bin/mypy

# unit + integration tests, then the conformance suites against the emulators (25 examples,
# derandomized so CI is reproducible; `make conformance` explores with fresh random data)
test: $(STAMP) check-generated
	SENDSPEC_STRICT_RESPONSES=1 SENDSPEC_DETERMINISTIC=1 $(PY) -m pytest -q -p no:cacheprovider

# compatibility suite: the ecosystem's own clients (postmarker, postmark-python, Infobip's SDK)
# against the emulators, one venv per library from its fully pinned requirements file (rebuilt
# only when that file changes); SENDSPEC_COMPAT=1 makes a missing venv a failure, not a skip
COMPAT_VENVS := .venv-compat
COMPAT_LIBS := postmarker postmark-python infobip
COMPAT_STAMPS := $(COMPAT_LIBS:%=$(COMPAT_VENVS)/%/.installed)

$(COMPAT_VENVS)/%/.installed: tests/compat/requirements-%.txt
	rm -rf $(COMPAT_VENVS)/$*
	$(PYTHON) -m venv $(COMPAT_VENVS)/$*
	$(COMPAT_VENVS)/$*/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -r $<
	$(COMPAT_VENVS)/$*/bin/python -m pip check --disable-pip-version-check
	touch $@

compat: $(STAMP) $(COMPAT_STAMPS)
	SENDSPEC_COMPAT=1 SENDSPEC_STRICT_RESPONSES=1 $(PY) -m pytest -q -p no:cacheprovider tests/compat

# the conformance suites alone; MAX_EXAMPLES=200 for the full run
MAX_EXAMPLES ?= 25
conformance: $(STAMP)
	SENDSPEC_STRICT_RESPONSES=1 SENDSPEC_MAX_EXAMPLES=$(MAX_EXAMPLES) $(PY) -m pytest -q -p no:cacheprovider conformance/sendspec_conformance/suites conformance/tests

conformance-full: $(STAMP)
	$(MAKE) conformance MAX_EXAMPLES=200

PROVIDER ?= iovox-email
PORT ?= 8080
emulate: $(STAMP)
	$(VENV)/bin/sendspec emulate $(PROVIDER) --port $(PORT)

demo: $(STAMP)
	$(VENV)/bin/sendspec demo

# refresh docs/inbox.png (README's picture of the web inbox) from the browser test
inbox-screenshot: $(STAMP)
	SENDSPEC_UPDATE_SCREENSHOT=1 $(PY) -m pytest -q -p no:cacheprovider tests/test_inbox_ui.py -k test_inbox_in_a_browser

bench: $(STAMP)
	$(PY) scripts/bench.py --out reports/bench.md

# hostile-but-fair runs against the emulators (< 10 minutes; scripts/soak.py --quick: ~1 minute)
soak: $(STAMP)
	$(PY) scripts/soak.py --out reports/soak.md

check: lint test compat

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache reports
