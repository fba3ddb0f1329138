"""The next student's training samples: teacher15's, teacher17's and teacher19's, without the how-to
samples about the same thing as an evaluation how-to request (`dedup.same_subject`; 9 of the earlier
sets', found in session 13). Writes <work>/samples.jsonl, to be routed and trained as t18 was:

    .venv/bin/python assets/distill/teacher19/training_set.py build/s20
    .venv/bin/assistant distill route --work build/s20 --prompts assets/distill/teacher15/requests.jsonl
    .venv/bin/assistant distill train --work build/s20 --init-adapter build/s15/adapter --epochs 1 --batch 16 \\
        --lr 3e-4 --rationale-weight 0.3 --bf16 --repeat refusal=3 units_words=2
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from assistant.distill.dedup import same_subject  # noqa: E402
from assistant.distill.strict_eval import load_split  # noqa: E402

SETS = ("teacher15", "teacher17", "teacher19")


@functools.lru_cache(maxsize=1)
def _evaluation_how_to() -> tuple[str, ...]:
    return tuple(p.prompt for name in ("test", "validation") for p in load_split(name) if p.category == "howto")


def about_an_evaluation_request(category: str, prompt: str) -> bool:
    """A how-to request about the same thing as any evaluation how-to request (`dedup.same_subject`)."""
    return category == "howto" and any(same_subject(prompt, e) for e in _evaluation_how_to())


def main(work: Path) -> dict:
    work.mkdir(parents=True, exist_ok=True)
    kept = dropped = 0
    with open(work / "samples.jsonl", "w", encoding="utf-8") as out:
        for name in SETS:
            for line in (ROOT / f"assets/distill/{name}/samples.jsonl").open(encoding="utf-8"):
                sample = json.loads(line)
                if about_an_evaluation_request(sample["category"], sample["prompt"]):
                    dropped += 1
                    continue
                out.write(line)
                kept += 1
    return {"kept": kept, "dropped_same_subject_as_evaluation": dropped}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
