"""More training requests for the categories the session-10 student is weakest at on the validation
split (how-to answered with a refusal, short writing help, small talk), written by the 1.5B teacher
itself (self-instruct: five seed requests from the training side and a topic per ask), never by hand.

Seeds are the training requests of assets/distill/teacher15 (and the earlier seed requests) of the same
category. A new request is dropped when it is a near copy (word-set and word-pair similarity >= 0.6, or
the dedup index's exact / function-word-only match) of any request of either evaluation split, of any
teacher15 training request, or of a request kept before it. What was dropped is counted in
requests_card.json. Needs the teacher served on loopback (`assistant distill serve-teacher`).

    .venv/bin/python assets/distill/teacher17/make_requests.py [--per-category N]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from assistant.distill.data import Prompt, read_jsonl  # noqa: E402
from assistant.distill.dedup import Index  # noqa: E402
from assistant.distill.expand import expand  # noqa: E402
from assistant.distill.teachers.openai_compat import OpenAITeacher  # noqa: E402
from assistant.skills import intents  # noqa: E402

CATEGORIES = ("howto", "writing", "small_talk")
OLD_TO_NEW = {"chitchat": "small_talk"}
# Areas of everyday life a desktop assistant is asked about; one per ask, in turn.
TOPICS = {
    "howto": ["cooking", "cleaning the home", "laundry and clothes", "small home repairs", "the garden",
              "pets", "looking after a car or bike", "money and budgeting", "computers and phones",
              "health and first aid", "exercise", "travel and packing", "studying and work",
              "kitchen appliances", "saving energy at home", "babies and children", "crafts and sewing",
              "staying safe at home", "sleep", "moving house"],
    "writing": ["a message to a friend", "a note to a coworker", "a caption for a photo", "a short poem",
                "a greeting card", "an invitation", "an apology", "a reminder for the family",
                "a title or a slogan", "a compliment", "a toast", "a short description"],
    "small_talk": ["how the person feels", "the assistant itself", "hobbies", "food", "the weekend",
                   "good news", "a bad day", "jokes and fun", "music and films", "thanks and goodbyes",
                   "the seasons", "animals"],
}


def build(teacher: OpenAITeacher, per_category: int, *, categories: tuple[str, ...] = CATEGORIES,
          topics: dict[str, list[str]] = TOPICS, seed: int = 17, id_prefix: str = "t17",
          earlier_sets: tuple[str, ...] = ("teacher15",)) -> tuple[list[Prompt], dict]:
    """`earlier_sets`: the training requests (assets/distill/<set>/requests.jsonl) the new ones must not
    copy; the first is also where seed requests come from."""
    sets = {name: [Prompt(**r) for r in read_jsonl(ROOT / f"assets/distill/{name}/requests.jsonl")] for name in earlier_sets}
    earlier = [p for name in earlier_sets for p in sets[name]]
    seeds = [p for p in sets[earlier_sets[0]] if p.category in categories]
    for r in read_jsonl(ROOT / "assets/distill/seed_prompts.jsonl"):
        category = OLD_TO_NEW.get(r["category"], r["category"])
        if category in categories:
            seeds.append(Prompt("", category, r["prompt"], {}, "seed"))
    evaluation_texts = [r["prompt"] for name in ("test", "validation")
                        for r in read_jsonl(ROOT / f"assets/distill/eval/{name}.jsonl")]
    reserved = evaluation_texts + [p.prompt for p in earlier]
    made = expand(teacher, seeds, reserved, per_category=per_category, rounds=60, seed=seed,
                  categories=categories, topics=topics, batch=8, id_prefix=id_prefix)
    evaluation, known = Index(evaluation_texts), Index(p.prompt for p in earlier)
    kept, removed = [], {"duplicate_of_evaluation": 0, "duplicate_of_training": 0, "a_skill_request": 0}
    for p in made:
        if evaluation.find(p.prompt):
            removed["duplicate_of_evaluation"] += 1
        elif known.find(p.prompt):
            removed["duplicate_of_training"] += 1
        elif intents.match(p.prompt) is not None:
            # the teacher's label is wrong ("Remind me to ...", "What's the weather like on the
            # weekend?" as small talk): the app's fast path answers these with a skill
            removed["a_skill_request"] += 1
        else:
            kept.append(p)
    counts: dict[str, int] = {}
    for p in kept:
        counts[p.category] = counts.get(p.category, 0) + 1   # ids stay expand()'s, stable on a rerun
    card = {"requests": len(kept), "expanded": len(made), "removed_after_expansion": removed,
            "by_category": counts, "teacher": teacher.name, "seeds": len(seeds),
            "similarity_threshold": 0.6, "topics": topics}
    return kept, card


def save(folder: Path, prompts: list[Prompt], card: dict) -> None:
    """requests.jsonl and requests_card.json in `folder`; the card's counts printed."""
    with open(folder / "requests.jsonl", "w", encoding="utf-8") as f:
        for p in prompts:
            f.write(json.dumps(asdict(p), ensure_ascii=False) + "\n")
    (folder / "requests_card.json").write_text(json.dumps(card, indent=1, ensure_ascii=False) + "\n")
    print(json.dumps({k: card[k] for k in ("requests", "expanded", "removed_after_expansion", "by_category")}, indent=1))


def teacher_from_arguments(name: str, per_category: int) -> tuple[OpenAITeacher, int]:
    """The served teacher (its asks cached under build/<name>/) and how many requests per category, from
    the command line (--per-category, --url, --model)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-category", type=int, default=per_category)
    parser.add_argument("--url", default="http://127.0.0.1:8081/v1")
    parser.add_argument("--model", default="qwen2.5-coder-1.5b-instruct")
    args = parser.parse_args()
    cache = ROOT / "build" / name / "expand-cache.sqlite"
    cache.parent.mkdir(parents=True, exist_ok=True)
    return OpenAITeacher(args.url, args.model, concurrency=8, cache_path=cache, timeout_s=600), args.per_category


if __name__ == "__main__":
    save(HERE, *build(*teacher_from_arguments("teacher17", 160)))
