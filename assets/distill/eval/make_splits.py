"""Build the frozen evaluation splits (validation.jsonl for every choice, test.jsonl only reported) and
the training side's share of entities and templates (train_pools.json).

Run once: `.venv/bin/python assets/distill/eval/make_splits.py` (needs Debian `bsdgames` for the quiz
files). The output is committed before any training data from the 1.5B teacher exists; rerunning it
gives the same files (seeded). Hand-written requests (hand.jsonl: definitions, how-to with rubrics,
writing help, small talk, refusals with forbidden specifics, numeric facts) are split by a seeded
shuffle; generated ones take their entities from disjoint pools and, where the wording is a template,
from templates that training never uses."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from assistant.distill import requests as rq  # noqa: E402
from assistant.distill.data import Prompt, read_jsonl  # noqa: E402
from assistant.distill.dedup import Index  # noqa: E402

TEST_PER_CATEGORY, VAL_PER_CATEGORY = 40, 20
SEED = 20261130

# Wording used by the evaluation splits only; training uses the TRAIN_* sets below.
EVAL_FACTS = {"capital": ["What is the capital of {x}?", "What's the capital city of {x}?"],
              "state": ["What is the capital of the state of {x}?"],
              "symbol": ["Which chemical element has the symbol {x}?"],
              "collective": ["What is a group of {x} called?"],
              "baby": ["What is a baby {x} called?"],
              "atomic": ["What is the atomic number of {x}?"]}
TRAIN_FACTS = {"capital": ["Which city is the capital of {x}?", "Tell me the capital of {x}.", "{x}'s capital is what?"],
               "state": ["Which city is the capital of {x}?", "Name the state capital of {x}."],
               "symbol": ["The element with chemical symbol {x} is called what?", "What element does the symbol {x} stand for?"],
               "collective": ["What do you call a group of {x}?", "A group of {x} is known as a what?"],
               "baby": ["What do you call a young {x}?", "What's the name for a baby {x}?"],
               "atomic": ["What's {x}'s atomic number?", "How many protons does an atom of {x} have?"]}

EVAL_MATH = [("I have {a} apples and buy {b} more. How many apples do I have now?", lambda a, b: a + b),
             ("A book costs {a} dollars. How much do {b} books cost?", lambda a, b: a * b),
             ("{ab} cookies are shared equally among {b} kids. How many cookies does each kid get?", lambda a, b: a),
             ("I had {a} dollars and spent {b}. How much money is left?", lambda a, b: a - b),
             ("A bus carries {a} people and {b} more get on. How many people are on the bus?", lambda a, b: a + b)]
TRAIN_MATH = [("Sam has {a} marbles and finds {b} more. How many marbles does Sam have?", lambda a, b: a + b),
              ("Each box holds {a} pencils. How many pencils are in {b} boxes?", lambda a, b: a * b),
              ("There are {ab} chairs in {b} equal rows. How many chairs are in each row?", lambda a, b: a),
              ("A shelf had {a} cans and {b} were sold. How many cans remain?", lambda a, b: a - b),
              ("A runner ran {a} laps in the morning and {b} in the evening. How many laps in total?", lambda a, b: a + b),
              ("Tickets cost {a} euros each. What do {b} tickets cost altogether?", lambda a, b: a * b)]

EVAL_UNITS = ["How many {small} are in {v} {big}?", "If I have {v} {big}, how many {small} is that?"]
TRAIN_UNITS = ["{v} {big} is how many {small}?", "Convert {v} {big} into {small}, please.",
               "What's {v} {big} expressed in {small}?"]

EVAL_FOLLOW = ["And of {x}?", "What about {x}?"]
TRAIN_FOLLOW = ["And {x}?", "How about {x}?", "Same question for {x}."]

EVAL_TOOLS = [("Set a timer for {v} minutes.", "timer_start", lambda v, w: {"seconds": 60 * v}),
              ("Start a {w} second timer please.", "timer_start", lambda v, w: {"seconds": w}),
              ("What time is it right now?", "clock", lambda v, w: {"what": "time"}),
              ("What's today's date?", "clock", lambda v, w: {"what": "date"}),
              ("Remember that the spare key is under mat {v}.", "note_remember", lambda v, w: {"text": f"the spare key is under mat {v}"}),
              ("What is {v} times {w}?", "calculator", lambda v, w: {"expression": f"{v}*{w}"}),
              ("How many centimeters are in {v} inches?", "convert_units", lambda v, w: {"value": v, "from_unit": "inches", "to_unit": "centimeters"})]
TRAIN_TOOLS = [("Can you time {v} minutes for me?", "timer_start", lambda v, w: {"seconds": 60 * v}),
               ("I need a timer, {w} seconds.", "timer_start", lambda v, w: {"seconds": w}),
               ("Got the time?", "clock", lambda v, w: {"what": "time"}),
               ("Which date is it today?", "clock", lambda v, w: {"what": "date"}),
               ("Please note that locker {v} is mine.", "note_remember", lambda v, w: {"text": f"locker {v} is mine"}),
               ("Multiply {v} by {w}.", "calculator", lambda v, w: {"expression": f"{v}*{w}"}),
               ("Convert {v} kilograms to pounds.", "convert_units", lambda v, w: {"value": v, "from_unit": "kilograms", "to_unit": "pounds"})]

EVAL_OFFLINE = ["What's the weather like in {x} today?", "Any news from {x} this morning?",
                "Find me flights to {x} next week.", "What's the traffic like in {x} right now?"]
TRAIN_OFFLINE = ["Will it rain in {x} tomorrow?", "Give me today's headlines about {x}.",
                 "Book me a hotel in {x}.", "How busy are the roads in {x} at the moment?",
                 "Look up restaurants open now in {x}."]


def build() -> dict[str, list[Prompt]]:
    rng = random.Random(SEED)
    pools = {"capitals": rq.capitals(), "states": rq.state_capitals(), "elements": rq.elements(),
             "collectives": rq.collectives(), "babies": rq.babies()}
    split = {k: rq.partition(v, SEED + i, (0.3, 0.15)) for i, (k, v) in enumerate(sorted(pools.items()))}
    test_pools = {k: v[0] for k, v in split.items()}
    val_pools = {k: v[1] for k, v in split.items()}
    train_pools = {k: v[2] for k, v in split.items()}
    cities = [c[1][0] for c in pools["capitals"]]
    city_split = rq.partition(cities, SEED + 99, (0.3, 0.15))

    out: dict[str, list[Prompt]] = {"test": [], "validation": []}
    seen = Index()  # a generated request (or a near duplicate of it) is in one split only
    for name, ps, city in (("test", test_pools, city_split[0]), ("validation", val_pools, city_split[1])):
        made = {
            "facts": list(rq.fact_prompts(ps, EVAL_FACTS, rng)),
            "numeric_facts": list(rq.atomic_number_prompts(ps, EVAL_FACTS, rng)),
            "math_word": list(rq.math_word_prompts(EVAL_MATH, rng, 60)),
            "units_words": list(rq.unit_prompts(EVAL_UNITS, rng, 60)),
            "multi_turn": list(rq.multi_turn_prompts(ps, EVAL_FOLLOW, rng, 60)),
            "tool_calls": list(rq.tool_prompts(EVAL_TOOLS, rng, 60)),
            "offline": list(rq.offline_prompts(EVAL_OFFLINE, city, rng, 60)),
        }
        want = TEST_PER_CATEGORY if name == "test" else VAL_PER_CATEGORY
        for category, prompts in made.items():
            rng.shuffle(prompts)
            unique = []
            for p in prompts:
                if len(unique) < want and not seen.find(p.prompt):
                    seen.add(p.prompt)
                    unique.append(p)
            for p in unique:
                p.origin = "eval:generated"
            out[name] += unique[:want // 2 if category == "numeric_facts" else want]  # half hand-written
    hand = [Prompt("", r["category"], r["prompt"], r["expect"], origin="eval:hand") for r in read_jsonl(HERE / "hand.jsonl")]
    by_cat: dict[str, list[Prompt]] = {}
    for p in hand:
        by_cat.setdefault(p.category, []).append(p)
    for category, prompts in sorted(by_cat.items()):
        random.Random(SEED + len(category)).shuffle(prompts)
        n_test = TEST_PER_CATEGORY - (TEST_PER_CATEGORY // 2 if category == "numeric_facts" else 0)
        n_val = VAL_PER_CATEGORY - (VAL_PER_CATEGORY // 2 if category == "numeric_facts" else 0)
        out["test"] += prompts[:n_test]
        out["validation"] += prompts[n_test:n_test + n_val]
    for name, prompts in out.items():
        counts: dict[str, int] = {}
        for p in prompts:
            counts[p.category] = counts.get(p.category, 0) + 1
            p.id = f"{name[:4]}-{p.category}-{counts[p.category]:03d}"
    (HERE / "train_pools.json").write_text(json.dumps(
        {"seed": SEED, "pools": train_pools, "cities": city_split[2]}, ensure_ascii=False, indent=0))
    return out


if __name__ == "__main__":
    from dataclasses import asdict

    splits = build()
    for name, prompts in splits.items():
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for p in prompts:
                f.write(json.dumps(asdict(p), ensure_ascii=False) + "\n")
        cats: dict[str, int] = {}
        for p in prompts:
            cats[p.category] = cats.get(p.category, 0) + 1
        print(name, len(prompts), cats)
