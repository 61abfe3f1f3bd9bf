# `make demo` and `make test` set up .venv on first use, then do their job.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SEED := seeds/000_6c7597210edea6ab.txt
CORPUS ?= ../shared/corpora/tbaq
HELDOUT ?= fixtures/heldout/news_timex.jsonl fixtures/heldout/articles_timex.jsonl \
           fixtures/heldout/tb_style_timex.jsonl fixtures/heldout/mixed_timex.jsonl \
           fixtures/heldout/more_timex.jsonl
# Other annotators' sets (issue 12): history pages and tweets, each split into halves.
OTHERS ?= ../shared/corpora/wikiwars-dev ../shared/corpora/tweets-dev

.PHONY: demo test test-fast bench-accuracy bench-inference bench-status bench clean lint
.PHONY: golden bench-speed bench-events

$(STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# The distribution was called `timeline` before it became `news-timeline`: a .venv made
	# then still has it, and two distributions would own the same package and command.
	$(BIN)/python -m pip uninstall --quiet --yes timeline 2>/dev/null || true
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
	$(BIN)/python bench/accuracy.py $(CORPUS) --genres
	for set in $(HELDOUT); do for half in dev test; do \
	  $(BIN)/python bench/accuracy.py $$set --split $$half --genres || exit 1; done; done
	for set in $(OTHERS); do for half in dev test; do \
	  $(BIN)/python bench/accuracy.py $$set --split $$half --systems timeline --genres \
	  || exit 1; done; done

# Tagger alone and end to end, against the foundation commit (alternating runs, medians).
bench-speed: $(STAMP)
	$(BIN)/python bench/speed.py $(CORPUS) --baseline 56cb181

# Wall time of `timeline --help` and `--version` (median of 7 fresh processes).
.PHONY: bench-startup
bench-startup: $(STAMP)
	$(BIN)/python bench/startup.py

bench-inference: $(STAMP)
	$(BIN)/python bench/inference.py $(CORPUS)

bench-status: $(STAMP)
	$(BIN)/python bench/status.py $(CORPUS)

# Event triggers against TimeML's event-time links: coverage and anchoring accuracy.
bench-events: $(STAMP)
	$(BIN)/python bench/events.py $(CORPUS) --split dev
	$(BIN)/python bench/events.py $(CORPUS) --split test

bench: $(STAMP)
	$(BIN)/python bench/throughput.py $(CORPUS)

clean:
	rm -rf $(VENV) build *.egg-info timeline.html

.PHONY: bench-compare
bench-compare: $(STAMP)
	$(BIN)/python bench/compare.py $(CORPUS)

# Re-run the tagger on the golden inputs, then rewrite every fixtures/render/*/expected.*.
golden: $(STAMP)
	$(BIN)/python tests/regenerate_render_inputs.py
	$(BIN)/python -m pytest -q tests/test_render.py --update-golden

# The README's pictures: the seed page (light, dark, 400 px) and a compare page, by Chromium.
.PHONY: screenshots
screenshots: $(STAMP)
	$(BIN)/python docs/screenshots.py

# Output identity against a stored baseline (outside git: it holds corpus text).
IDENTITY ?= .cache/identity
.PHONY: identity identity-baseline
identity-baseline: $(STAMP)
	$(BIN)/python bench/identity.py --write-baseline $(IDENTITY)

identity: $(STAMP)
	$(BIN)/python bench/identity.py --check $(IDENTITY)

# Seconds per MB and peak memory on pathological texts next to ordinary news (issue 16);
# BIG=1 adds 20 MB of news (minutes).
.PHONY: bench-adversarial
bench-adversarial: $(STAMP)
	$(BIN)/python bench/adversarial.py $(if $(BIG),--big)
