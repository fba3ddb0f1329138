"""A training sweep for the student on a GPU machine (used once per recipe change; the app never runs it).

Each configuration trains with `assistant.distill.train.train` (the code `assistant distill train` runs) on
the kept samples minus a validation slice (every 10th prompt of each category), and is scored on that slice
and on the development set with transformers' greedy generation of the merged, unquantized model and the
pipeline's own verifiers. The configuration is chosen on the validation slice only (the development set
stays a measurement, not a target); it is then trained again on all the samples. The shipped score is
measured afterwards, on this machine, on the int8 ONNX build (`assistant distill eval`).

    python scripts/distill_sweep.py --samples S.jsonl --student M.gguf --out DIR [--parallel 4]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CONFIGS = {
    "r16-lr5e-4-ep3": {"lora_rank": 16, "lr": 5e-4, "epochs": 3},
    "r16-lr5e-4-ep3-seed1": {"lora_rank": 16, "lr": 5e-4, "epochs": 3, "seed": 1},
    "r16-lr1e-3-ep3": {"lora_rank": 16, "lr": 1e-3, "epochs": 3},
    "r16-lr5e-4-ep5": {"lora_rank": 16, "lr": 5e-4, "epochs": 5},
    "r16-lr1e-3-ep5": {"lora_rank": 16, "lr": 1e-3, "epochs": 5},
    "r16-lr5e-4-ep3-norationale": {"lora_rank": 16, "lr": 5e-4, "epochs": 3, "rationale_weight": 0.0},
    "r16-lr5e-4-ep3-rationale0.3": {"lora_rank": 16, "lr": 5e-4, "epochs": 3, "rationale_weight": 0.3},
    "full-lr5e-5-ep3": {"lora_rank": 0, "lr": 5e-5, "epochs": 3},
}


def split(samples: list[dict]) -> tuple[list[dict], list[dict]]:
    """(train, validation): every 10th kept prompt of each category is held out."""
    train, val, seen = [], [], {}
    for s in samples:
        k = seen[s["category"]] = seen.get(s["category"], -1) + 1
        (val if k % 10 == 9 else train).append(s)
    return train, val


def prompts_of(samples: list[dict]):
    from assistant.distill.data import SEED_PROMPTS, Prompt, load_prompts
    from assistant.distill.teachers.assembled import expectation

    seeds = {p.id: p for p in load_prompts(SEED_PROMPTS)}
    out = []
    for s in samples:
        p = seeds.get(s["prompt_id"]) or Prompt(s["prompt_id"], s["category"], s["prompt"])
        out.append(Prompt(p.id, p.category, p.prompt, p.expect or expectation(p)))
    return out


def score(model, tokenizer, prompts, batch: int = 32) -> dict:
    import torch

    from assistant.distill.evaluate import Scores, _row
    from assistant.distill.prompting import STUDENT_SYSTEM
    from assistant.distill.verify import Sandbox

    tokenizer.padding_side = "left"
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    sandbox, scores = Sandbox(), Scores("sweep")
    for i in range(0, len(prompts), batch):
        chunk = prompts[i:i + batch]
        texts = [tokenizer.apply_chat_template([{"role": "system", "content": STUDENT_SYSTEM},
                                                {"role": "user", "content": p.prompt}],
                                               tokenize=False, add_generation_prompt=True) for p in chunk]
        enc = tokenizer(texts, return_tensors="pt", padding=True, add_special_tokens=False).to(model.device)
        with torch.no_grad():
            out = model.generate(**enc, max_new_tokens=96, do_sample=False, pad_token_id=pad)
        for p, row in zip(chunk, out[:, enc["input_ids"].shape[1]:]):
            scores.rows.append(_row(p, tokenizer.decode(row, skip_special_tokens=True).strip(), 0.0, sandbox))
    return {**scores.summary(), "rows": scores.rows}


def run_one(name: str, config: dict, samples_path: Path, student: Path, out: Path, full: bool) -> None:
    import torch

    from assistant.distill.data import DEV_SET, load_prompts, read_jsonl, write_jsonl
    from assistant.distill.train import TrainConfig, train

    out.mkdir(parents=True, exist_ok=True)
    samples = list(read_jsonl(samples_path))
    train_set, val = (samples, []) if full else split(samples)
    write_jsonl(out / "train.jsonl", train_set)
    t0 = time.time()
    smoke = int(os.environ.get("SWEEP_SMOKE", "0"))   # a quick check of this script: N steps, N prompts
    summary = train(out / "train.jsonl", out, TrainConfig(batch=8, steps=smoke, **config), student=student)
    from assistant.distill.teachers.local import load_causal_lm

    model, tokenizer = load_causal_lm(student)
    if config.get("lora_rank", 16) > 0:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, str(out / "adapter")).merge_and_unload()
    else:
        from transformers import AutoModelForCausalLM

        model = AutoModelForCausalLM.from_pretrained(str(out / "model"))
    model = model.to("cuda" if torch.cuda.is_available() else "cpu").eval()
    result = {"name": name, "config": config, "full": full, "train_s": round(time.time() - t0, 1),
              "steps": summary.get("steps"), "final_loss": summary.get("final_loss"),
              "dev": score(model, tokenizer, load_prompts(DEV_SET)[:smoke or None])}
    if val:
        result["val"] = score(model, tokenizer, prompts_of(val)[:smoke or None])
    (out / "result.json").write_text(json.dumps(result, indent=1))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--samples", type=Path, required=True)
    ap.add_argument("--student", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--parallel", type=int, default=4)
    ap.add_argument("--only", nargs="*", default=None)
    ap.add_argument("--one", default=None)
    ap.add_argument("--full", action="store_true")
    args = ap.parse_args()
    if args.one:
        run_one(args.one, CONFIGS[args.one], args.samples, args.student, args.out / args.one, args.full)
        return 0
    names = args.only or list(CONFIGS)

    def launch(name: str, full: bool):
        cmd = [sys.executable, __file__, "--samples", str(args.samples), "--student", str(args.student),
               "--out", str(args.out / ("full" if full else "sweep")), "--one", name] + (["--full"] if full else [])
        with open(args.out / f"{name}{'-full' if full else ''}.log", "w") as log:   # the child keeps its own handle
            return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ, OMP_NUM_THREADS="2"))

    args.out.mkdir(parents=True, exist_ok=True)
    running: list = []
    for name in names:
        while len(running) >= args.parallel:
            running = [p for p in running if p.poll() is None]
            time.sleep(1)
        running.append(launch(name, False))
    for p in running:
        p.wait()
    results = []
    for name in names:
        path = args.out / "sweep" / name / "result.json"
        if path.exists():
            results.append(json.loads(path.read_text()))
        else:
            print(f"{name}: no result (see {name}.log)")
    table = [{"name": r["name"], "val": r["val"]["overall"], "val_tool": r["val"]["tool_call_accuracy"],
              "dev": r["dev"]["overall"], "dev_tool": r["dev"]["tool_call_accuracy"], "dev_style": r["dev"]["spoken_style"],
              "dev_categories": r["dev"]["categories"], "train_s": r["train_s"], "steps": r["steps"],
              "final_loss": r["final_loss"]} for r in results]
    for row in table:
        print(json.dumps(row))
    lora = [r for r in table if CONFIGS[r["name"]].get("lora_rank", 16) > 0]
    best = max(lora, key=lambda r: (r["val"], r["val_tool"]))["name"] if lora else None
    print("chosen on the validation slice:", best)
    (args.out / "sweep.json").write_text(json.dumps({"table": table, "chosen": best}, indent=1))
    if best:
        launch(best, True).wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
