"""Requests with reference answers made from structured sources and templates: facts (BSD quiz files),
numeric facts, math word problems, unit questions in words, multi-turn follow-ups, tool calls and
offline requests. Entities and templates are split between the evaluation splits and training, so a
test request never shares its entity (or, where wording is templated, its template) with training.

Each maker takes a random generator, an entity pool and a template set, and yields Prompt records."""

from __future__ import annotations

import random
from typing import Iterator

from assistant.distill import quiz
from assistant.distill.data import Prompt

# -- entity pools -----------------------------------------------------------------------------------

def capitals() -> list[tuple[str, list[str]]]:
    rows = []
    for region in ("africa", "america", "asia", "europe"):
        for names, caps in quiz.read(region):
            if names and caps and caps[0]:
                rows.append((names[0], caps))
    return rows


def state_capitals() -> list[tuple[str, list[str]]]:
    return [(names[0], caps) for names, caps, *_ in quiz.read("state")]


def elements() -> list[tuple[str, int, list[str]]]:
    """(symbol, atomic number, names) for the 103 elements of the quiz file."""
    return [(sym[0], int(num[0]), names) for sym, num, _w, names in quiz.read("elements")]


def collectives() -> list[tuple[str, list[str]]]:
    return [(animals[0], groups) for animals, groups in quiz.read("collectives") if groups and len(animals[0]) < 20]


def babies() -> list[tuple[str, list[str]]]:
    """(adult animal, baby names): the quiz lists baby:adults; one question per adult."""
    by_adult: dict[str, list[str]] = {}
    for baby, adults in quiz.read("babies"):
        for adult in adults:
            by_adult.setdefault(adult, []).extend(baby)
    return sorted(by_adult.items())


def partition(items: list, seed: int, shares: tuple[float, float]) -> tuple[list, list, list]:
    """Split items into (test, validation, training) by a seeded shuffle: test and validation take
    their shares, training the rest. Deterministic, so the splits can be rebuilt and checked."""
    items = list(items)
    random.Random(seed).shuffle(items)
    a = round(len(items) * shares[0])
    b = a + round(len(items) * shares[1])
    return items[:a], items[a:b], items[b:]


# -- makers ------------------------------------------------------------------------------------------

def fact_prompts(pools: dict, templates: dict, rng: random.Random) -> Iterator[Prompt]:
    for country, caps in pools["capitals"]:
        yield Prompt("", "facts", rng.choice(templates["capital"]).format(x=country), {"words": [caps]})
    for state, caps in pools["states"]:
        yield Prompt("", "facts", rng.choice(templates["state"]).format(x=state), {"words": [caps]})
    for symbol, _n, names in pools["elements"]:
        yield Prompt("", "facts", rng.choice(templates["symbol"]).format(x=symbol), {"words": [names]})
    for animals, groups in pools["collectives"]:
        yield Prompt("", "facts", rng.choice(templates["collective"]).format(x=animals), {"words": [groups]})
    for adult, young in pools["babies"]:
        yield Prompt("", "facts", rng.choice(templates["baby"]).format(x=adult), {"words": [young]})


def atomic_number_prompts(pools: dict, templates: dict, rng: random.Random) -> Iterator[Prompt]:
    for _symbol, number, names in pools["elements"]:
        yield Prompt("", "numeric_facts", rng.choice(templates["atomic"]).format(x=names[0]), {"number": number})


def math_word_prompts(templates: list[tuple[str, object]], rng: random.Random, n: int,
                      high: tuple[int, int] = (30, 12)) -> Iterator[Prompt]:
    for _ in range(n):
        text, solve = rng.choice(templates)
        a, b = rng.randint(2, high[0]), rng.randint(2, high[1])
        yield Prompt("", "math_word", text.format(a=a, b=b, ab=a * b), {"number": solve(a, b)})


UNIT_PAIRS = [("hours", "minutes", 60), ("minutes", "seconds", 60), ("feet", "inches", 12), ("yards", "feet", 3),
              ("kilograms", "grams", 1000), ("meters", "centimeters", 100), ("kilometers", "meters", 1000),
              ("days", "hours", 24), ("weeks", "days", 7), ("liters", "milliliters", 1000), ("pounds", "ounces", 16),
              ("gallons", "quarts", 4), ("years", "months", 12), ("dozen", "eggs", 12)]


def unit_prompts(templates: list[str], rng: random.Random, n: int, high: int = 15) -> Iterator[Prompt]:
    for _ in range(n):
        big, small, factor = rng.choice(UNIT_PAIRS)
        v = rng.randint(2, high)
        text = rng.choice(templates).format(v=v, big=big, small=small)
        yield Prompt("", "units_words", text, {"number": v * factor})


def multi_turn_prompts(pools: dict, templates: list[str], rng: random.Random, n: int) -> Iterator[Prompt]:
    caps = list(pools["capitals"])
    for _ in range(n):
        (c1, cap1), (c2, cap2) = rng.sample(caps, 2)
        history = [{"role": "user", "content": f"What is the capital of {c1}?"},
                   {"role": "assistant", "content": f"The capital of {c1} is {cap1[0]}."}]
        yield Prompt("", "multi_turn", rng.choice(templates).format(x=c2), {"words": [cap2], "history": history})


def tool_prompts(templates: list[tuple[str, str, object]], rng: random.Random, n: int) -> Iterator[Prompt]:
    for _ in range(n):
        text, tool, args = rng.choice(templates)
        v = rng.randint(2, 45)
        w = rng.randint(2, 25)
        yield Prompt("", "tool_calls", text.format(v=v, w=w), {"tool": tool, "args": args(v, w)})


def offline_prompts(templates: list[str], fillers: list[str], rng: random.Random, n: int) -> Iterator[Prompt]:
    for _ in range(n):
        yield Prompt("", "offline", rng.choice(templates).format(x=rng.choice(fillers)), {"offline": True})
