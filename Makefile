# Regionportalen — `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
SIZES ?= 10000
REQUESTS ?= 10000
DURATION ?= 600
# modelsearch's own backend tests, run on our Whoosh backend with their own settings
SUITE := tests/search/modelsearch_suite
# pytest-xdist: one worker per core, whole files per worker so tests sharing the demo stay together,
# in collection order, which puts transactional tests (they empty the database) after the others
TEST_WORKERS ?= auto
PYTEST_PARALLEL := -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

.DEFAULT_GOAL := help
.PHONY: help run test lint format demo bench bench-search bench-cache fuzz soak clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-13s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --editable '.[dev]'
	touch $@

var:
	mkdir -p var/media var/index

run: $(BIN)/.installed var ## Migrate, load demo content if the database is empty, serve on 127.0.0.1:8000
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content --if-empty
	$(MANAGE) update_index --verbosity 0
	$(MANAGE) runserver $(HOST):$(PORT)

test: $(BIN)/.installed var ## Run lint, the migration check and the whole test suite
	$(BIN)/ruff check .
	$(BIN)/python manage.py makemigrations --check --dry-run --settings=portal.settings.test
	$(BIN)/pytest $(PYTEST_PARALLEL)
	DATABASE_URL=sqlite:// $(BIN)/pytest --ds=portal.settings.modelsearch_suite --confcutdir=$(SUITE) $(SUITE)

lint: $(BIN)/.installed ## Check style with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(BIN)/.installed ## Format and fix with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

demo: $(BIN)/.installed var ## (Re)load the demo content; safe to run repeatedly
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content
	$(MANAGE) update_index --verbosity 0

bench: $(BIN)/.installed ## Print CPU time and SQL queries per page of the demo site
	$(BIN)/python bench/pages.py

bench-search: $(BIN)/.installed ## Time search reindex and queries, Whoosh vs database (SIZES="10000 100000")
	$(BIN)/python bench/search.py --sizes $(SIZES)

bench-cache: $(BIN)/.installed ## Requests/s of cached and uncached pages beside a static file (gunicorn, wrk)
	$(BIN)/python bench/cache.py

fuzz: $(BIN)/.installed ## Hostile parameters and forms on every public route (REQUESTS=10000); fails on a 5xx
	$(BIN)/python bench/fuzz.py --requests $(REQUESTS)

soak: $(BIN)/.installed var ## gunicorn + PostgreSQL under 8 connections for DURATION s (600), publishing meanwhile
	$(BIN)/python bench/soak.py --duration $(DURATION)

clean: ## Remove the virtualenv and local data under var/
	rm -rf $(VENV) var
