# The two commands: `make run` and `make test` (plus `make bench`). Only Python 3.11+, git and make needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench lint revision clean

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m assessment setup
	$(PY) -m streamlit run app.py --server.port 8501 --browser.gatherUsageStats false

test: $(STAMP)
	@if [ "$$CI" = "true" ]; then bash scripts/ensure-chromium.sh; fi
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) -m bench

lint: $(STAMP)
	$(PY) -m ruff check .

# A new migration from the models' changes (README, "Migrations"): make revision id=0002 m="what changed"
revision: $(STAMP)
	$(VENV)/bin/alembic revision --autogenerate --rev-id "$(id)" -m "$(m)"

clean:
	rm -rf $(VENV) .pytest_cache
