# sendspec: every target installs what it needs into .venv (from pyproject.toml) first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup generator-venv lock-generator generate check-generated lint test compat conformance conformance-full emulate demo bench soak inbox-screenshot check-breaking changelog check clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# the generator (openapi-python-client and all its dependencies, ruff included) runs from its
# own venv, installed from the hash-pinned lock scripts/requirements/generator.txt and rebuilt only when
# the lock changes (the stamp holds the lock's sha256, which scripts/generate.py checks);
# `make lock-generator` re-resolves the lock from scripts/requirements/generator.in with the pinned uv
# (itself hash-pinned in scripts/requirements/uv.txt); UPGRADE=1 moves every pin to its newest release
GEN_VENV := .venv-generator
GEN_LOCK := scripts/requirements/generator.txt
GEN_STAMP := $(GEN_VENV)/.installed
LOCK_VENV := .venv-lock
UPGRADE ?=

$(GEN_STAMP): $(GEN_LOCK)
	rm -rf $(GEN_VENV)
	$(PYTHON) -m venv $(GEN_VENV)
	$(GEN_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps --only-binary :all: -r $<
	$(GEN_VENV)/bin/python -m pip check --disable-pip-version-check
	sha256sum $< > $@

generator-venv: $(GEN_STAMP)

$(LOCK_VENV)/.installed: scripts/requirements/uv.txt
	rm -rf $(LOCK_VENV)
	$(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps --only-binary :all: -r $<
	touch $@

# (written aside and moved over the lock only if it changed, so an unchanged lock keeps the venv)
lock-generator: $(LOCK_VENV)/.installed
	cp $(GEN_LOCK) $(GEN_LOCK).new
	$(LOCK_VENV)/bin/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes $(if $(UPGRADE),--upgrade) --custom-compile-command "make lock-generator" scripts/requirements/generator.in -o $(GEN_LOCK).new
	if cmp -s $(GEN_LOCK).new $(GEN_LOCK); then rm $(GEN_LOCK).new; else mv $(GEN_LOCK).new $(GEN_LOCK); fi

generate: $(STAMP) $(GEN_STAMP)
	$(PY) scripts/generate.py

check-generated: $(STAMP) $(GEN_STAMP)
	$(PY) scripts/generate.py --check

# spec lint (issue 14): Spectral (pinned in scripts/spec-tools/package-lock.json, installed on
# first use) with sendspec's ruleset scripts/spec-tools/spectral.yaml; fails on any error
lint: $(STAMP) scripts/spec-tools/node_modules/.installed
	$(VENV)/bin/ruff check overlays conformance scripts tests
	$(VENV)/bin/ruff format --check overlays conformance scripts tests
	$(VENV)/bin/mypy
	scripts/spec-tools/node_modules/.bin/spectral lint --fail-severity error -r scripts/spec-tools/spectral.yaml specs/*.yaml

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

# breaking-change gate (issue 14): each spec against the first commit of its current
# info.version (or `make check-breaking BASE=<git ref>`, e.g. a merge base; or
# SENDSPEC_BREAKING_BASE), and docs/changelog/ checked against the spec history; the
# classifier is scripts/spec_diff.py joined by api-smart-diff, pinned in
# scripts/spec-tools/package-lock.json and installed from the npm registry on first use
SPEC_TOOLS := scripts/spec-tools
SPEC_TOOLS_STAMP := $(SPEC_TOOLS)/node_modules/.installed

$(SPEC_TOOLS_STAMP): $(SPEC_TOOLS)/package-lock.json
	cd $(SPEC_TOOLS) && npm ci --no-audit --no-fund --silent
	touch $@

check-breaking: $(STAMP) $(SPEC_TOOLS_STAMP)
	$(PY) scripts/check_breaking.py --require-tool $(if $(filter command line,$(origin BASE)),--base $(BASE))

# rewrite docs/changelog/<spec>.md from the spec history (after an info.version bump)
changelog: $(STAMP) $(SPEC_TOOLS_STAMP)
	$(PY) scripts/check_breaking.py --require-tool --write-changelog

check: lint check-breaking test compat

clean:
	rm -rf $(VENV) $(GEN_VENV) $(LOCK_VENV) .pytest_cache .mypy_cache .ruff_cache reports
