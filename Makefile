# The two set-up commands of the README: `make demo` and `make test`. Each creates .venv when missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test bench lint typecheck clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Lookout needs Python 3.11 or newer")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/lookout scan examples/

# PostgreSQL tests run whenever a server answers on 127.0.0.1:5432 (or LOOKOUT_TEST_PG_DSN is set).
test: $(STAMP)
	LOOKOUT_TEST_PG_DSN="$${LOOKOUT_TEST_PG_DSN:-$$($(PY) tests/pg_probe.py)}" $(PY) -m pytest -q

bench: $(STAMP)
	$(PY) bench/engine.py
	@if [ -f bench/pipeline.py ]; then $(PY) bench/pipeline.py; fi
	@if [ -f bench/storage.py ]; then LOOKOUT_TEST_PG_DSN="$${LOOKOUT_TEST_PG_DSN:-$$($(PY) tests/pg_probe.py)}" $(PY) bench/storage.py; fi

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy rules storage bot/pipeline bot/events.py bot/case_report.py bot/cli_storage.py bot/service.py bot/config.py \
		bot/community_settings.py bot/settings_cache.py bot/platforms bot/moderation bot/ports.py bot/vocabulary.py bot/actions.py bot/tips.py bot/runner.py \
		bot/readers bot/scan.py bot/semantic_learning.py bot/redaction.py bot/terminal.py bot/logging_setup.py bot/detection_setup.py \
		bot/ops bot/console bot/console_command.py tests/test_ports.py tests/discord/stub_lookout.py

clean:
	rm -rf $(VENV) *.egg-info
