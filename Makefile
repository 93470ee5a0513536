# Every target sets up .venv itself, so `make run` and `make test` work on a fresh machine.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SHARED ?= ../shared

.PHONY: run test lint format eval bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/digest-bot run $(ARGS)

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest -q

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

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
