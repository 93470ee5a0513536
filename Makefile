# Every target sets up .venv itself, so `make run` and `make test` work on a fresh machine.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SHARED ?= ../shared

.PHONY: run test test-fast docs lint format eval bench train clean

# constraints.txt pins every package (the image and CI install the same versions).
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/digest-bot run $(ARGS)

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest -q

# The unit tests: everything that starts no process or server (tests/tiers.py chooses).
test-fast: $(STAMP)
	$(BIN)/pytest -q -m "not slow"

# The generated documents: the settings page from bot/settings.py, the module map from the
# docstrings, the digest picture from the real engine and Block Kit messages.
# tests/test_docs.py fails when the settings page is stale.
docs: $(STAMP)
	$(BIN)/python docs/configuration.py
	$(BIN)/python docs/modules.py
	$(BIN)/python docs/draw_digest.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Both gold sets, each digested in one batch run (--jobs 2, one model load per worker): the
# seen part with every miss printed, then the blind part's totals only (never its misses).
EVAL_CMD := $(BIN)/digest-bot digest --jobs 2 {path} --format json
eval: $(STAMP)
	python3 $(SHARED)/eval/score.py $(SHARED)/eval/dev --split seen --batch --verbose --cmd "$(EVAL_CMD)"
	python3 $(SHARED)/eval/score.py $(SHARED)/eval/dev --split blind --batch --cmd "$(EVAL_CMD)" | tail -n 2
	python3 $(SHARED)/eval/score.py $(SHARED)/eval/dev-long --split seen --batch --verbose --cmd "$(EVAL_CMD)"
	python3 $(SHARED)/eval/score.py $(SHARED)/eval/dev-long --split blind --batch --cmd "$(EVAL_CMD)" | tail -n 2

# The meeting scorer's weights (digests/events/meeting_weights.json), learned from the seen
# part of dev/ only; deterministic, so a rerun on the same code and gold rewrites the same file.
train: $(STAMP)
	$(BIN)/python -m training.train_meetings --gold-dir $(SHARED)/eval/dev

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
