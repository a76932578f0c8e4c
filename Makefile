# Harbour: `make run` serves the forum with demo data; `make test` runs the suite.
# Both set everything up first, from a fresh clone.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
export DEBUG ?= 1

.PHONY: setup run test bench lock check-deploy clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock > $(VENV)/pip.log 2>&1 \
		|| { cat $(VENV)/pip.log; exit 1; }
	@touch $@

# No access log: it would print each visitor's address (see README, Privacy).
run: setup
	@$(PY) manage.py migrate --noinput -v 0
	@$(PY) manage.py seed_demo
	@echo "Serving Harbour on http://$(HOST):$(PORT)/ (Ctrl-C to stop)"
	@$(VENV)/bin/uvicorn config.asgi:application --host $(HOST) --port $(PORT) --log-level warning --no-access-log

test: setup
	@$(PY) -m pytest $(PYTEST_ARGS)

bench: setup
	@$(PY) -m bench.run

# Regenerate the full pin list after changing pyproject.toml.
lock:
	@$(PY) -m pip freeze --exclude-editable | grep -v '^harbour' > requirements.lock

check-deploy: setup
	@DEBUG=0 SECRET_KEY=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))') \
		ALLOWED_HOSTS=harbour.example $(PY) manage.py check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) var staticfiles
