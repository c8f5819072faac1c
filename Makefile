# `make run` opens the reader, `make test` runs every check; both set up .venv first.
VENV  := .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test setup lint typecheck contracts pytest jscheck screenshots bench i18n clean

# Byte-compiled first: an editable install has no .pyc, and where the environment
# says PYTHONDONTWRITEBYTECODE every start compiled ~150 modules again (0.2 s).
run: setup
	@echo "yomu: starting the reader (make run)"
	$(PY) -m compileall -q reader >/dev/null
	$(PY) -m reader

test: setup lint typecheck contracts jscheck pytest

setup: $(STAMP)

# Each step says what it does: the first setup is quiet pip work for 20-40 s.
$(STAMP): pyproject.toml scripts/system-deps.sh
	@echo "setup: checking the system libraries Qt WebEngine needs (scripts/system-deps.sh)"
	bash scripts/system-deps.sh
	@echo "setup: creating the virtual environment in $(VENV)"
	python3 -m venv $(VENV)
	@echo "setup: updating pip"
	$(PY) -m pip install -q --upgrade pip
	@echo "setup: installing Yomu and its dependencies (PySide6, pykakasi, …; about 30 s the first time)"
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)
	@echo "setup: done"

lint:
	$(VENV)/bin/ruff check reader tests

typecheck:
	$(VENV)/bin/mypy

contracts:
	$(VENV)/bin/lint-imports

pytest:
	$(VENV)/bin/pytest -q

# The page script (resources/page): tsc --checkJs and ESLint, pinned in package-lock.json.
NODE_STAMP := node_modules/.installed-stamp

$(NODE_STAMP): package.json package-lock.json | $(STAMP)
	npm ci --no-audit --no-fund
	touch $(NODE_STAMP)

jscheck: $(NODE_STAMP)
	node_modules/.bin/tsc -p tsconfig.json
	node_modules/.bin/eslint resources/page

screenshots: setup
	mkdir -p out
	$(PY) -m reader --data-dir out/data --screenshot out/light-furigana.png --aids furigana --theme light
	$(PY) -m reader --data-dir out/data --screenshot out/dark-both.png --aids both --theme dark

# After changing interface strings: update the .ts, translate it, then compile.
i18n: setup
	$(VENV)/bin/pyside6-lupdate reader/ui/*.py -ts resources/i18n/yomu_ja.ts
	$(VENV)/bin/pyside6-lrelease resources/i18n/yomu_ja.ts -qm resources/i18n/yomu_ja.qm

bench: setup
	for b in tests/benchmarks/bench_*.py; do $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) node_modules out .mypy_cache .ruff_cache .pytest_cache
