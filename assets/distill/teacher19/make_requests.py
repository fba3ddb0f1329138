"""Plain how-to requests about everyday tasks, written by the 1.5B teacher (self-instruct, as teacher17's),
for the student that refuses some of them (session 13, validation: "How do I iron a shirt?", "How do I
unclog a sink?", "How do I sew a button back on?" -> "Sorry, I can't help with that."). Its refusals are
"How do I <harmful thing>?" requests seen three times a step; these are the harmless side of the same
wording, about chores and small skills, many more of them.

The same rules as teacher17 (assets/distill/teacher17/make_requests.py, whose `build` this calls): seeds
from the teacher15 training requests, and a request is dropped when it is a near copy of either
evaluation split, of any teacher15 or teacher17 request, or of one kept before it, or when the app's
fast path answers it with a skill. Needs the teacher served on loopback (`assistant distill serve-teacher`).

    .venv/bin/python assets/distill/teacher19/make_requests.py [--per-category N]
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
_spec = importlib.util.spec_from_file_location("teacher17_requests", ROOT / "assets/distill/teacher17/make_requests.py")
teacher17 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(teacher17)   # (it puts the repository on the path)

from training_set import about_an_evaluation_request  # noqa: E402  (beside this file)

# Chores and small skills, one per ask, in turn: what the student refused is of this kind.
TOPICS = {"howto": [
    "ironing and folding clothes", "unclogging drains and sinks", "sewing and mending clothes",
    "cleaning the bathroom", "removing stains", "washing dishes by hand", "making the bed and changing sheets",
    "changing light bulbs and batteries", "hanging pictures and shelves", "looking after houseplants",
    "cooking eggs, rice and pasta", "defrosting and storing food safely", "cleaning windows and mirrors",
    "polishing and cleaning shoes", "tying knots, ties and shoelaces", "fixing a dripping tap or a running toilet",
    "packing a suitcase", "looking after a bike", "checking a car's tyres and oil", "basic first aid at home",
    "setting up a phone, printer or wifi", "keeping the fridge and oven clean", "caring for a dog or a cat",
    "getting rid of bad smells at home", "painting a wall", "baking bread and cakes", "making coffee and tea",
    "studying for a test", "writing a CV or a cover letter", "falling asleep more easily",
]}


if __name__ == "__main__":
    lm, per_category = teacher17.teacher_from_arguments("teacher19", 320)
    prompts, card = teacher17.build(lm, per_category, categories=("howto",), topics=TOPICS, seed=19,
                                    id_prefix="t19", earlier_sets=("teacher15", "teacher17"))
    # Stricter than the near-copy rule: these topics were chosen from the validation split's misses, so a
    # request about the same thing as any evaluation how-to request ("How do I cook a bowl of rice?" /
    # "How do I cook rice?") is dropped too.
    kept = [p for p in prompts if not about_an_evaluation_request(p.category, p.prompt)]
    card["removed_after_expansion"]["same_subject_as_evaluation"] = len(prompts) - len(kept)
    card["requests"], card["by_category"] = len(kept), {"howto": len(kept)}
    teacher17.save(HERE, kept, card)
