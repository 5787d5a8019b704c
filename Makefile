# The two commands of the README: `make run` and `make test`. Everything else here serves them.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell sha1sum requirements.lock | cut -c1-12)
ADDR ?= 127.0.0.1:8000
# Links in mails point where `make run` serves (by host name when it listens on every address), unless
# PORTAL_SITE_URL is set.
SITE_HOST = $(if $(filter 0.0.0.0:%,$(ADDR)),$(shell hostname -f 2>/dev/null || hostname):$(lastword $(subst :, ,$(ADDR))),$(ADDR))
# Listening on every address, the portal also answers to this machine's names and addresses (IPv6 ones in
# brackets), unless DJANGO_ALLOWED_HOSTS is set: Django refuses any other Host header with a 400.
NET_HOSTS = $(if $(filter 0.0.0.0:%,$(ADDR)),$(shell { hostname -f; hostname; hostname -I; } 2>/dev/null | tr ' ' '\n' | sed -E '/^$$/d; s/^(.*:.*)$$/[\1]/' | sort -u))
empty :=
comma := ,
ALLOWED_HOSTS = $(subst $(empty) $(empty),$(comma),$(strip localhost 127.0.0.1 [::1] $(NET_HOSTS)))

.PHONY: run test install system-deps lint migrations-check lock messages clean

$(STAMP): requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)

# Debian packages the portal needs: chromium for the browser tests, fonts for documents.
# Installed only when missing, and only where we may (root); otherwise say what to install.
system-deps:
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "Cần cài các gói Debian:$$missing (sudo apt-get install$$missing)"; exit 1; fi; \
	fi

run: export PORTAL_SITE_URL ?= http://$(SITE_HOST)
run: export DJANGO_ALLOWED_HOSTS ?= $(ALLOWED_HOSTS)
run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py reminders_run
	@echo
	@echo "  Cổng Kế hoạch – Báo cáo: http://$(ADDR)/"
	@echo "  (Ctrl+C để dừng; dữ liệu nằm trong thư mục data/)"
	@echo
	@$(VENV)/bin/celery -A portal worker --beat --loglevel=WARNING --concurrency=2 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver --noreload $(ADDR)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

migrations-check: install
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py makemigrations --check --dry-run

test: install system-deps lint migrations-check
	$(VENV)/bin/pytest $(PYTEST_ARGS)

# Re-pin dependencies after editing pyproject.toml.
lock: install
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile pyproject.toml --group dev --generate-hashes --python-version 3.10 -q -o requirements.lock

messages: install
	$(PY) manage.py makemessages -l en --ignore=.venv --ignore=tests
	$(PY) manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) data staticfiles
