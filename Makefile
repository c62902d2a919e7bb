# The two commands: `make run` and `make test` (plus `make bench`). Only Python 3.11+, git and make needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-postgres bench lint revision clean

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

# `make run`: one process, as always. `make run REPLICAS=2`: 2 processes behind nginx on port 8501
# (scripts/serve.py; PORT=… to change the port, SERVE_ARGS=… for more of its options).
REPLICAS ?= 1
PORT ?= 8501
run: $(STAMP)
ifeq ($(REPLICAS),1)
	$(PY) -m assessment setup
	$(PY) -m streamlit run app.py --server.port 8501 --browser.gatherUsageStats false
else
	$(PY) scripts/serve.py --replicas $(REPLICAS) --port $(PORT) $(SERVE_ARGS)
endif

test: $(STAMP)
	@if [ "$$CI" = "true" ]; then bash scripts/ensure-chromium.sh && bash scripts/ensure-nginx.sh; fi
	$(PY) -m pytest

# The suites that touch the database, again on a throw-away PostgreSQL 15 (scripts/ensure-postgres.sh:
# Debian's package, installed when absent; initdb in a temporary folder; stopped and deleted at exit).
PG_TESTS ?= tests/unit tests/integration tests/app tests/e2e/test_replicas_e2e.py
test-postgres: $(STAMP)
	bash -euo pipefail -c 'source scripts/ensure-postgres.sh; trap stop_test_postgres EXIT; $(PY) -m pytest $(PG_TESTS)'

bench: $(STAMP)
	$(PY) -m bench

lint: $(STAMP)
	$(PY) -m ruff check .

# A new migration from the models' changes (README, "Migrations"): make revision id=0002 m="what changed"
revision: $(STAMP)
	$(VENV)/bin/alembic revision --autogenerate --rev-id "$(id)" -m "$(m)"

clean:
	rm -rf $(VENV) .pytest_cache
