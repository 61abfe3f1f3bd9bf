# `make demo` and `make test` set up .venv on first use, then do their job.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SEED := seeds/000_6c7597210edea6ab.txt
CORPUS ?= ../shared/corpora/tbaq

.PHONY: demo test test-fast bench-accuracy bench clean lint

$(STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/timeline extract $(SEED) --published 2018-05-23 -o timeline.html
	@echo "wrote timeline.html"

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

lint: $(STAMP)
	$(BIN)/python -m mypy --strict timeline

bench-accuracy: $(STAMP)
	$(BIN)/python bench/accuracy.py $(CORPUS)

bench: $(STAMP)
	$(BIN)/python bench/throughput.py $(CORPUS)

clean:
	rm -rf $(VENV) build *.egg-info timeline.html
