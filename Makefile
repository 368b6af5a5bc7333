# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
PORT ?= 8501

.PHONY: install index run test test-fast test-scale browser postgres lint bench clean

# torch first, pinned: that takes the local CPU wheel instead of gigabytes of CUDA packages. ja-ginza last, without its
# dependencies: only its table of Japanese word vectors (chiVe) is read (chatbot/embed/_japanese.py), not its spaCy
# pipeline and Sudachi dictionary (550 MB more).
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps ja-ginza==5.3.0
	touch $(STAMP)

install: $(STAMP)

# Incremental: builds the index if it is missing, re-embeds only what changed. Exit 3 = some files skipped.
index: install
	$(BIN)/chatbot index || [ $$? -eq 3 ]

run: index
	$(BIN)/chatbot serve --port $(PORT)

# Debian's chromium for the real-browser tests (Playwright drives it; it never downloads a browser).
browser:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends chromium >/dev/null; }

# Debian's PostgreSQL server programs for the scale-out tests, which start their own server on a free local port
# (the package's own cluster is never used). Debian keeps initdb off PATH, in /usr/lib/postgresql/<version>/bin.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends postgresql >/dev/null; }

# Two workers (pytest-xdist), one per core: the ~1,700 questions asked of the real index split between them, and
# the corpus index is built once for both (tests/conftest.py).
test: install browser postgres
	$(BIN)/python -m pytest -n 2

test-fast: install postgres
	$(BIN)/python -m pytest -m "not slow"

# Only the scale-out tests (also part of `make test`): the store on PostgreSQL, and two servers in one browser.
test-scale: install browser postgres
	$(BIN)/python -m pytest tests/scale

lint: install
	$(BIN)/ruff check chatbot tests bench
	$(BIN)/mypy chatbot
	$(BIN)/lint-imports

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) embeddings .pytest_cache
