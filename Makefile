# Two commands matter: `make run` (serve the demo portal) and `make test` (the whole suite).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
# The local Graph API simulator that the demo Facebook Pages post to.
GRAPH_SIMULATOR_PORT ?= 8010
LOCALE_DIRS := $(wildcard locale */locale portal/django_lo)

.PHONY: install run serve test test-sqlite test-postgres lint messages compilemessages browser-deps ocr-deps stack-deps

$(BIN)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(BIN)/.installed

# Compiles every .po catalogue (portal-wide and per app) to .mo with Babel: no gettext needed.
# The admin catalogues have their own step: Babel's checker compares a one-form plural (vi, lo)
# with the singular msgid; tests/test_admin_catalogues.py checks their placeholders instead.
compilemessages: install
	@for dir in $(filter-out staff/locale,$(LOCALE_DIRS)); do $(BIN)/pybabel -q compile --domain=django --directory=$$dir || exit 1; done
	$(PY) manage.py admin_catalogues --compile

# Re-extracts the strings to translate (needs GNU gettext); translate, then `make compilemessages`.
messages: install
	$(PY) manage.py makemessages --locale=vi --locale=lo --no-obsolete --ignore='.venv/*' --ignore='news/*' --ignore='gazette/*' --ignore='social/*' --ignore='node_modules/*'
	@for app in news gazette social; do [ -d $$app/locale ] && (cd $$app && ../$(PY) ../manage.py makemessages --locale=vi --locale=lo --no-obsolete) || true; done

migrate: install compilemessages
	$(PY) manage.py migrate --noinput

# The demo Facebook app: every process (web, worker, simulator) shares it unless set outside.
run: export GRAPH_API_BASE_URL ?= http://$(HOST):$(GRAPH_SIMULATOR_PORT)
run: export FACEBOOK_APP_ID ?= demo-app
run: export FACEBOOK_APP_SECRET ?= demo-app-secret
run: migrate
	$(PY) manage.py load_demo_content
	@echo ""
	@echo "  Portal:  http://$(HOST):$(PORT)/vi/   http://$(HOST):$(PORT)/lo/"
	@echo "  Admin:   http://$(HOST):$(PORT)/admin/  user admin, password $${DEMO_PASSWORD:-portal-demo-2026}"
	@echo "  Facebook (simulated): http://$(HOST):$(GRAPH_SIMULATOR_PORT)/"
	@echo ""
	@trap 'kill $$(jobs -p) 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py graph_simulator --host $(HOST) --port $(GRAPH_SIMULATOR_PORT) & \
	$(PY) manage.py db_worker & \
	$(PY) manage.py run_periodic & \
	$(PY) manage.py runserver --noreload $(HOST):$(PORT)

# Debian's Chromium for the browser tests (never a browser download), a headless Java for
# the Nu HTML checker, and axe-core, vnu-jar and Lighthouse from npm. --ignore-scripts: vnu-jar's
# install script would download a Java of its own.
browser-deps:
	@if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; fi
	@if ! command -v java >/dev/null && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; fi
	@[ -f node_modules/axe-core/axe.min.js ] && [ -f node_modules/vnu-jar/build/dist/vnu.jar ] \
		&& [ -d node_modules/lighthouse ] || npm ci --silent --no-audit --no-fund --ignore-scripts

# Tesseract with its Lao and Vietnamese data, and the Lao font gazettes are set in (fonts-lao),
# for OCR of scanned PDFs (gazette/ocr.py): from Debian, as Chromium is.
ocr-deps:
	@if command -v apt-get >/dev/null && ! (command -v tesseract >/dev/null && \
		tesseract --list-langs 2>/dev/null | grep -qx lao && tesseract --list-langs 2>/dev/null | grep -qx vie && \
		[ -f /usr/share/fonts/truetype/lao/Phetsarath_OT.ttf ]); then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			tesseract-ocr tesseract-ocr-lao tesseract-ocr-vie fonts-lao >/dev/null; fi

# Debian's nginx for the production-stack smoke test (tests/test_production_stack.py).
stack-deps:
	@if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; fi

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(PY) manage.py makemigrations --check --dry-run

test-sqlite: install compilemessages browser-deps ocr-deps stack-deps
	env -u DATABASE_URL $(BIN)/pytest

test-postgres: install compilemessages browser-deps ocr-deps stack-deps
	@if [ -n "$$DATABASE_URL" ]; then $(BIN)/pytest; else echo "DATABASE_URL is not set: PostgreSQL run skipped"; fi

test: lint test-sqlite test-postgres
