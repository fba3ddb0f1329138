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
             cancel=None, batch: int = 8) -> dict:
    kept_path, rejected_path = out_dir / "samples.jsonl", out_dir / "rejected.jsonl"
    reverified = reverify(teacher, prompts, out_dir)
    done = {r["prompt_id"] for r in read_jsonl(kept_path)} | {r["prompt_id"] for r in read_jsonl(rejected_path)}
    todo = sorted((p for p in prompts if p.id not in done), key=lambda p: p.category)  # keeps the prefix cache warm
    stats = {"prompts": len(prompts), "resumed": len(done), "kept": 0, "rejected": 0, "reverified": reverified}
    settings = teacher.describe()
    n = 0
    for start in range(0, len(todo), batch):
        if cancel is not None:
            cancel.check()
        group = todo[start:start + batch]
        planned = {p.id: teacher.planned(p) for p in group}
        asked = [p for p in group if planned[p.id] is None]
        # every request of the group at once: a concurrent endpoint answers them side by side
        flat = [(p, r) for p in asked for r in teacher.requests(p)]
        texts = teacher.lm.complete([r for _p, r in flat]) if flat else []
        completions: dict[str, list[str]] = {p.id: [] for p in asked}
        for (p, _r), text in zip(flat, texts):
            completions[p.id].append(text)
        for prompt in group:
            n += 1
            _decide(teacher, prompt, planned[prompt.id], completions.get(prompt.id, []), settings,
                    kept_path, rejected_path, stats)
            progress("Asking the teacher", n, len(todo))
    return stats


def _decide(teacher, prompt, planned, completions, settings, kept_path, rejected_path, stats) -> None:
    if planned is not None:
        candidates, best = [planned], planned
    else:
        candidates = teacher.candidates(prompt, completions)
        best = teacher.choose(prompt, candidates)
    if best is not None:
        sample = Sample(prompt.id, prompt.category, prompt.prompt, best.answer, best.rationale,
                        best.verdict.score, best.verdict.to_dict(),
                        {"teacher": teacher.name, "source": best.source, "origin": prompt.origin,
                         "candidates": len(candidates), "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                         "settings": settings,
                         **({"history": prompt.expect["history"]} if prompt.expect.get("history") else {})})
        append_jsonl(kept_path, [sample])
        stats["kept"] += 1
    else:
        append_jsonl(rejected_path, [{"prompt_id": prompt.id, "category": prompt.category, "prompt": prompt.prompt,
                                      "candidates": [{"answer": c.answer, "rationale": c.rationale, "source": c.source,
                                                      "reasons": c.verdict.reasons if c.verdict else []}
                                                     for c in candidates]}])
        stats["rejected"] += 1


def reverify(teacher: AssembledTeacher, prompts: list[Prompt], out_dir: Path) -> int:
    """Check the rejected answers again with the current verifiers (after a verifier is fixed: accents,
    "St." for "Saint"); a candidate that passes now is kept, without asking the teacher again."""
    import json

    from assistant.distill.teachers.assembled import expectation
    from assistant.distill.verify import check

    rejected_path = out_dir / "rejected.jsonl"
    records = list(read_jsonl(rejected_path))
    if not records:
        return 0
    by_id = {p.id: p for p in prompts}
    still, moved = [], []
    for record in records:
        prompt = by_id.get(record["prompt_id"])
        passing = None
        if prompt is not None:
            for c in record.get("candidates", []):
                verdict = check(c["answer"], expectation(prompt), teacher.sandbox)
                if verdict.ok:
                    passing = (c, verdict)
                    break
        if passing is None:
            still.append(record)
            continue
        c, verdict = passing
        moved.append(Sample(prompt.id, prompt.category, prompt.prompt, c["answer"], c.get("rationale", ""),
                            verdict.score, verdict.to_dict(),
                            {"teacher": teacher.name, "source": c.get("source", "?"), "origin": prompt.origin,
                             "reverified": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                             **({"history": prompt.expect["history"]} if prompt.expect.get("history") else {})}))
    if moved:
        append_jsonl(out_dir / "samples.jsonl", moved)
        tmp = rejected_path.with_suffix(".tmp")
        tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in still), encoding="utf-8")
        tmp.replace(rejected_path)
    return len(moved)
