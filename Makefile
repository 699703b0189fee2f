# Every target builds .venv on first use: a fresh clone needs only `make demo` or `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test lint bench browser services fresh-clone clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev,mail,postgres,celery]'
	$(BIN)/python -m compileall -q robot_lib bots demo >/dev/null  # bytecode even where Python may not write it
	touch $(STAMP)

browser: $(STAMP)
	@BIN=$(BIN) bash scripts/ensure-browser.sh

# Redis, Dovecot, OpenSSL and PostgreSQL for the tests (Debian packages when root)
services:
	@bash scripts/ensure-services.sh

demo: $(STAMP) browser
	$(BIN)/bots demo

# two workers, each its own session (portal, browser, servers), a whole test file at a time;
# PYTEST_ARGS='-n 0' runs in one process
test: $(STAMP) browser services
	$(BIN)/python -m pytest -n 2 --dist loadfile $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check robot_lib bots demo tests benchmarks
	$(BIN)/ruff format --check robot_lib bots demo tests benchmarks
	$(BIN)/mypy

bench: $(STAMP) browser
	@for b in benchmarks/[!_]*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
