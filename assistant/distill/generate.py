"""Ask the teacher about every prompt, verify the candidates, keep the best: samples.jsonl (kept),
rejected.jsonl (with the reasons), both appended as answers arrive. A rerun skips prompts already
decided, and the teacher's cache means no answer is ever paid for twice."""

from __future__ import annotations

import time
from pathlib import Path

from assistant.distill.data import Prompt, Sample, append_jsonl, read_jsonl
from assistant.distill.teachers.assembled import AssembledTeacher
from assistant.modelstore.progress import Progress, silent


def generate(teacher: AssembledTeacher, prompts: list[Prompt], out_dir: Path, *, progress: Progress = silent,
             cancel=None) -> dict:
    kept_path, rejected_path = out_dir / "samples.jsonl", out_dir / "rejected.jsonl"
    done = {r["prompt_id"] for r in read_jsonl(kept_path)} | {r["prompt_id"] for r in read_jsonl(rejected_path)}
    todo = sorted((p for p in prompts if p.id not in done), key=lambda p: p.category)  # keeps the prefix cache warm
    stats = {"prompts": len(prompts), "resumed": len(done), "kept": 0, "rejected": 0}
    settings = teacher.describe()
    for n, prompt in enumerate(todo, 1):
        if cancel is not None:
            cancel.check()
        planned = teacher.planned(prompt)
        if planned is not None:
            candidates, best = [planned], planned
        else:
            completions = teacher.lm.complete(teacher.requests(prompt))
            candidates = teacher.candidates(prompt, completions)
            best = teacher.choose(prompt, candidates)
        if best is not None:
            sample = Sample(prompt.id, prompt.category, prompt.prompt, best.answer, best.rationale,
                            best.verdict.score, best.verdict.to_dict(),
                            {"teacher": teacher.name, "source": best.source, "origin": prompt.origin,
                             "candidates": len(candidates), "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                             "settings": settings})
            append_jsonl(kept_path, [sample])
            stats["kept"] += 1
        else:
            append_jsonl(rejected_path, [{"prompt_id": prompt.id, "category": prompt.category, "prompt": prompt.prompt,
                                          "candidates": [{"answer": c.answer, "source": c.source,
                                                          "reasons": c.verdict.reasons if c.verdict else []}
                                                         for c in candidates]}])
            stats["rejected"] += 1
        progress("Asking the teacher", n, len(todo))
    return stats
