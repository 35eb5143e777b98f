# policylens: `make demo` and `make test` work on a fresh machine; everything is installed from here.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= .policylens
SAMPLE ?= corpus/report_050p.pdf

.PHONY: install sysdeps demo test eval bench clean

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev,st]'
	touch $@

install: $(VENV)/.installed

# Debian packages the tests use (skipped when present; needs root or sudo).
sysdeps:
	@bash .ci/sysdeps

demo: install
	$(BIN)/policylens ingest $(SAMPLE) --store $(STORE)
	$(BIN)/policylens docs --store $(STORE)
	$(BIN)/policylens events --store $(STORE) --type tariff --format table | head -15
	$(BIN)/policylens events --store $(STORE) --type export_control --format table | head -8
	$(BIN)/policylens search "export control on semiconductors" --k 3 --store $(STORE)
	$(BIN)/policylens search "日本對韓國出口管制" --k 3 --store $(STORE)
	@echo
	@echo "Open the web page:  $(BIN)/policylens serve --store $(STORE)   then visit http://127.0.0.1:8000/"

test: install sysdeps
	$(BIN)/python -m pytest -q

# Quality figures on the dev sets under tests/ (one script per capability).
eval: install
	@set -e; for f in bench/eval_*.py; do echo "== $$f"; $(BIN)/python $$f; done

# Speed figures (not timed tests).
bench: install
	@set -e; for f in bench/bench_*.py; do echo "== $$f"; $(BIN)/python $$f; done

clean:
	rm -rf $(VENV) $(STORE) .pytest_cache
