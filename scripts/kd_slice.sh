#!/bin/bash
# Session 20's measurement of logit distillation on a slice (docs/distill.md, "Logit distillation from a top-k
# scored once"): the 0.5B Qwen student on 480 of t20's samples (random, seed 0), one epoch, with and without the
# 1.5B teacher's top-k; both exported and scored on the validation split. Needs build/s20/samples.jsonl
# (`.venv/bin/python assets/distill/teacher19/training_set.py build/s20`, then the route step: docs/distill.md, t20)
# and both Qwen models (`assistant models install --with qwen2.5-coder-1.5b-instruct`, then the same `--with
# qwen2.5-coder-0.5b-instruct`).
# About 1.5 h on 2 cores; every step resumes when run again. N=3591 takes all of them (a GPU's job).
set -ex
N=${N:-480}
A=.venv/bin/assistant
STUDENT=models/qwen2.5-coder-0.5b-instruct/model.gguf
mkdir -p build/kd1 build/q08k build/q08b
.venv/bin/python - "$N" <<'PY'
import random, sys
lines = open("build/s20/samples.jsonl").read().splitlines()
random.Random(0).shuffle(lines)
open("build/kd1/samples.jsonl", "w").write("\n".join(lines[: int(sys.argv[1])]) + "\n")
PY
$A distill teacher-topk --work build/kd1 --teacher models/qwen2.5-coder-1.5b-instruct/model.gguf --student $STUDENT
RECIPE="--student $STUDENT --epochs 1 --batch 16 --accumulate 4 --rationale-weight 0 --bf16 --lr 2e-4 --save-every 10 --train-special-rows"
cp build/kd1/samples.jsonl build/q08k/; cp build/kd1/samples.jsonl build/q08b/
ln -sfn ../kd1/teacher_topk build/q08k/teacher_topk
$A distill train --work build/q08k $RECIPE --kd-topk --kd-weight 0.5
$A distill train --work build/q08b $RECIPE
$A distill export --work build/q08k --name qwen2.5-coder-0.5b-q08k --student $STUDENT
$A distill export --work build/q08b --name qwen2.5-coder-0.5b-q08b --student $STUDENT
$A distill eval --split validation --work build/valq08 --models qwen2.5-coder-0.5b-q08k qwen2.5-coder-0.5b-q08b
