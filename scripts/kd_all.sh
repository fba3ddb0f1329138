#!/bin/bash
# The whole 0.5B logit-distillation run (docs/distill.md, session 24): both Qwen models, t20's samples rebuilt and
# routed, then scripts/kd_slice.sh on all 3,591. Every step resumes when run again. Run it in the background at the
# lowest priority: (nohup nice -n 19 scripts/kd_all.sh > build/kd_all.log 2>&1 &)
set -ex
cd "$(dirname "$0")/.."
A=.venv/bin/assistant
$A models install --with qwen2.5-coder-1.5b-instruct
$A models install --with qwen2.5-coder-0.5b-instruct
if [ ! -s build/s20/samples.jsonl ] || [ ! -f build/s20/.routed ]; then
  .venv/bin/python assets/distill/teacher19/training_set.py build/s20
  $A distill route --work build/s20 --prompts assets/distill/teacher15/requests.jsonl
  touch build/s20/.routed
fi
N=3591 bash scripts/kd_slice.sh
