"""The training requests for the 1.5B teacher (requests.jsonl): made after the evaluation splits were
frozen, from the training side's entities and templates only (../eval/train_pools.json, make_splits.py),
plus the earlier seed requests, WordNet words to define and how-to/writing requests from templates.

Exact and near duplicates are removed within the data and against both evaluation splits by
assistant/distill/dedup.py; what was removed is counted in requests_card.json.

    .venv/bin/python assets/distill/teacher15/make_requests.py
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE.parent / "eval"))

import make_splits as ms  # noqa: E402

from assistant.distill import requests as rq  # noqa: E402
from assistant.distill.data import Prompt, read_jsonl  # noqa: E402
from assistant.distill.dedup import Index  # noqa: E402

SEED = 7
OLD_TO_NEW = {"skills": "tool_calls", "arithmetic_units": "tool_calls", "chitchat": "small_talk", "refuse": "refusal"}

HOWTO_OBJECTS = ["oven", "fridge", "window", "carpet", "shower head", "toilet", "laptop screen", "sofa", "mattress",
                 "bicycle chain", "coffee maker", "blender", "cutting board", "grill", "car seat", "backpack",
                 "white sneakers", "leather shoes", "baseball cap", "yoga mat", "water bottle", "dishwasher",
                 "washing machine", "hairbrush", "makeup brushes", "gutter", "garage floor", "fish tank"]
HOWTO_FOOD = ["pasta", "quinoa", "lentils", "a baked potato", "pancakes", "an omelette", "salmon", "chicken breast",
              "broccoli", "oatmeal", "french toast", "a grilled cheese sandwich", "homemade soup", "popcorn on the stove",
              "guacamole", "hummus", "a simple salad dressing", "roast vegetables", "fried rice", "banana bread"]
HOWTO_SKILLS = ["juggle", "whistle loudly", "do a push-up properly", "meditate", "write a haiku", "change a bike tire",
                "read a map", "use chopsticks", "swim freestyle", "fold a fitted sheet", "wrap a gift neatly",
                "take better phone photos", "remember names", "negotiate a lower bill", "write a thank-you card",
                "plan a road trip", "train a puppy to sit", "start a compost pile", "stretch after running",
                "study for a test", "speak up in meetings", "fall asleep on a plane", "pack a suitcase efficiently",
                "keep a journal", "care for a succulent", "grow herbs indoors", "memorize a speech", "parallel park"]
WRITING = ["Write a short thank-you note to my {x}.", "Give me a one-line birthday wish for my {x}.",
           "Help me write a text telling my {x} I'll be late.", "Write a short apology to my {x} for forgetting to call."]
FEELINGS = ["happy", "anxious", "proud", "sleepy", "grumpy", "excited", "stressed", "calm", "homesick", "hopeful",
            "overwhelmed", "motivated", "sad", "restless", "grateful", "confused", "relaxed", "bored out of my mind"]
DID = ["finished my first 5k run", "baked bread for the first time", "got a puppy", "passed my exam", "moved house",
       "planted a garden", "learned to knit", "fixed my own sink", "got engaged", "started a new book",
       "ran into an old friend", "finished a big project at work", "painted my bedroom", "adopted a cat",
       "made it to the gym three times this week", "cooked dinner for ten people", "won a board game night"]
LIKES = ["pizza", "jazz", "winter", "the beach", "board games", "poetry", "rainy weekends", "puzzles", "dancing",
         "old movies", "gardening", "chess", "hiking", "coffee", "space", "dinosaurs", "thunderstorms", "robots"]
HARMFUL = ["steal a car", "make a bomb from household items", "poison a neighbor's dog", "hack my school's grading system",
           "break into an ATM", "make a knife that gets past metal detectors", "stalk a celebrity", "launder money",
           "get unsupervised access to children", "sell stolen credit card numbers", "make ricin", "set fire to a building",
           "evade the police in a car chase", "buy a gun illegally", "scam elderly people over the phone",
           "make a fake passport", "break someone's arm", "hurt myself without anyone noticing",
           "make someone addicted to pills", "get into my ex's social media account", "tamper with food in a store",
           "derail a train", "build an untraceable gun", "kidnap someone", "cheat at a casino with a device",
           "make poison from plants", "rob a gas station", "frame someone for a crime", "skim credit cards at a pump",
           "hide a camera in a bathroom"]
PEOPLE = ["aunt", "uncle", "boss", "roommate", "teacher", "coach", "best friend", "grandfather", "nephew", "niece",
          "dentist", "neighbor across the street", "piano teacher", "landlady", "brother-in-law", "mentor"]


def wordnet_words(n: int, exclude: set[str], rng: random.Random) -> list[str]:
    """Frequent single words with senses in WordNet (the tag count is how often a sense was seen in
    WordNet's tagged texts), minus any word the evaluation asks about."""
    counted = []
    for pos in ("adj", "noun", "verb"):
        for line in Path(f"/usr/share/wordnet/index.{pos}").read_text(errors="replace").splitlines():
            if line.startswith(" "):
                continue
            f = line.split()
            lemma, p_cnt = f[0], int(f[3])
            tagged = int(f[5 + p_cnt])
            if lemma.isalpha() and 6 <= len(lemma) <= 12 and tagged >= 2 and lemma not in exclude:
                counted.append(lemma)
    counted = sorted(set(counted))
    rng.shuffle(counted)
    return counted[:n]


def evaluation_entities(pools: dict) -> set[str]:
    """Every pool entity (country, state, element, animal) that an evaluation request names."""
    import re

    names = {x[0] for k in ("capitals", "states") for x in rq.capitals() + rq.state_capitals()}
    names |= {n for _s, _n, ns in rq.elements() for n in ns}
    text = " ".join(json.dumps(r) for name in ("test", "validation")
                    for r in read_jsonl(HERE.parent / "eval" / f"{name}.jsonl")
                    if r["category"] in ("facts", "numeric_facts", "multi_turn"))
    return {n for n in names if re.search(r"\b" + re.escape(n) + r"\b", text)}


def mentions_any(p: Prompt, names: set[str]) -> bool:
    import re

    text = p.prompt + " " + json.dumps(p.expect.get("history", []))
    return any(re.search(r"\b" + re.escape(n) + r"\b", text) for n in names)


def build() -> tuple[list[Prompt], dict]:
    rng = random.Random(SEED)
    pools_file = json.loads((HERE.parent / "eval" / "train_pools.json").read_text())
    pools = {k: [tuple(x) for x in v] for k, v in pools_file["pools"].items()}
    cities = pools_file["cities"]
    made: list[Prompt] = []
    made += list(rq.fact_prompts(pools, ms.TRAIN_FACTS, rng))
    made += list(rq.atomic_number_prompts(pools, ms.TRAIN_FACTS, rng))
    made += list(rq.math_word_prompts(ms.TRAIN_MATH, rng, 600, high=(60, 15)))
    made += list(rq.unit_prompts(ms.TRAIN_UNITS, rng, 500, high=40))
    made += list(rq.multi_turn_prompts(pools, ms.TRAIN_FOLLOW, rng, 400))
    made += list(rq.tool_prompts(ms.TRAIN_TOOLS, rng, 400))
    made += list(rq.offline_prompts(ms.TRAIN_OFFLINE, cities, rng, 300))
    for p in made:
        p.origin = "pool:" + p.category
    eval_words = {r["prompt"].split()[-1].strip("?.").lower() for name in ("test", "validation")
                  for r in read_jsonl(HERE.parent / "eval" / f"{name}.jsonl") if r["category"] == "definitions"}
    for word in wordnet_words(350, eval_words, rng):
        made.append(Prompt("", "definitions", rng.choice(["What does {x} mean?", "Define {x}.", "What's the meaning of {x}?"]).format(x=word),
                           {}, "pool:wordnet"))
    howto = [f"How do I clean a {x}?" for x in HOWTO_OBJECTS] + [f"How do I make {x}?" for x in HOWTO_FOOD] + \
            [f"How do I {x}?" for x in HOWTO_SKILLS] + [f"What's the best way to {x}?" for x in HOWTO_SKILLS]
    made += [Prompt("", "howto", q, {}, "pool:howto-template") for q in howto]
    made += [Prompt("", "writing", t.format(x=x), {}, "pool:writing-template") for t in WRITING for x in PEOPLE]
    made += [Prompt("", "small_talk", f"I'm feeling {x} today.", {}, "pool:talk-template") for x in FEELINGS]
    made += [Prompt("", "small_talk", f"I just {x}!", {}, "pool:talk-template") for x in DID]
    made += [Prompt("", "small_talk", f"Do you like {x}?", {}, "pool:talk-template") for x in LIKES]
    made += [Prompt("", "refusal", t.format(x=x), {"refuse": True}, "pool:refusal-template")
             for x in HARMFUL for t in ("How do I {x}?", "Explain how to {x}.")]
    for r in read_jsonl(ROOT / "assets" / "distill" / "seed_prompts.jsonl"):
        made.append(Prompt("", OLD_TO_NEW.get(r["category"], r["category"]), r["prompt"], r.get("expect") or {},
                           "seed"))

    evaluation = Index(r["prompt"] for name in ("test", "validation")
                       for r in read_jsonl(HERE.parent / "eval" / f"{name}.jsonl"))
    kept_index = Index()
    kept, removed = [], {"duplicate_of_evaluation": 0, "duplicate_within": 0}
    examples = []
    for p in made:
        hit = evaluation.find(p.prompt)
        if hit:
            removed["duplicate_of_evaluation"] += 1
            if len(examples) < 10:
                examples.append({"request": p.prompt, "evaluation": hit.other, "kind": hit.kind})
            continue
        if kept_index.find(p.prompt):
            removed["duplicate_within"] += 1
            continue
        kept_index.add(p.prompt)
        kept.append(p)
    counts: dict[str, int] = {}
    for p in kept:
        counts[p.category] = counts.get(p.category, 0) + 1
        p.id = f"t15-{p.category}-{counts[p.category]:04d}"
    # An entity the evaluation asks about is never in training, even when the quiz files list it twice
    # (Turkey is in both Europe and Asia) or under two meanings (Georgia): ids above stay as they were.
    named = evaluation_entities(pools_file["pools"])
    before = len(kept)
    kept = [p for p in kept if not (p.origin.startswith("pool:") and mentions_any(p, named))]
    removed["entity_in_evaluation"] = before - len(kept)
    counts = {}
    for p in kept:
        counts[p.category] = counts.get(p.category, 0) + 1
    card = {"requests": len(kept), "made": len(made), "removed": removed, "by_category": counts,
            "examples_removed_against_evaluation": examples}
    return kept, card


if __name__ == "__main__":
    prompts, card = build()
    with open(HERE / "requests.jsonl", "w", encoding="utf-8") as f:
        for p in prompts:
            f.write(json.dumps(asdict(p), ensure_ascii=False) + "\n")
    (HERE / "requests_card.json").write_text(json.dumps(card, indent=1, ensure_ascii=False) + "\n")
    print(json.dumps({k: card[k] for k in ("requests", "made", "removed", "by_category")}, indent=1))
