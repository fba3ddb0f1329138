"""Self-instruct expansion: the teacher writes new requests in each category from a few seed
examples; near copies (of each other, of the seeds, and of the development set, which must stay
unseen) are dropped. Output: prompts with origin "expanded:<teacher>" and no reference answer."""

from __future__ import annotations

import random
import re
from typing import Callable

from assistant.distill.data import CATEGORIES, Deduper, Prompt
from assistant.distill.teachers.base import Request, Teacher
from assistant.llm.chat import Message

# Refusal prompts are not expanded: a wrong label there teaches the student to refuse harmless requests.
EXPANDABLE = ("skills", "arithmetic_units", "facts", "howto", "chitchat", "offline")


def expansion_request(category: str, examples: list[str], sample: int, topic: str = "") -> Request:
    shown = "\n".join(f"- {e}" for e in examples)
    about = f" about {topic}" if topic else ""
    messages = (Message("system", "You write realistic requests that people say out loud to a voice assistant."),
                Message("user", f"Here are requests about {CATEGORIES[category]}:\n{shown}\n"
                                f"Write five new, different requests of the same kind{about}, one per line, each starting with '- '."))
    return Request(messages, temperature=0.9, max_tokens=96, sample=sample, stop=())


def parse_requests(text: str) -> list[str]:
    found = []
    for line in text.splitlines():
        line = re.sub(r"^\s*(?:(?:[-*•]|\d+[.)])\s*)+", "", line).strip().strip('"')
        words = line.split()
        if not 3 <= len(words) <= 16 or not re.fullmatch(r"[A-Z][A-Za-z0-9 ,.'?!%°$]+[?.!]", line):
            continue  # fragments, lists inside lines, stray symbols
        if re.search(r"\b(assistant|request|example)s?\b", line, re.I):
            continue
        found.append(line[0].upper() + line[1:])
    return found


def expand(teacher: Teacher, seeds: list[Prompt], reserved: list[str], *, per_category: int,
           rounds: int = 12, seed: int = 0, progress: Callable[[int], None] | None = None,
           accept: Callable[[Prompt], bool] = lambda p: True, categories: tuple[str, ...] = EXPANDABLE,
           topics: dict[str, list[str]] | None = None, batch: int = 1, threshold: float = 0.6,
           id_prefix: str = "exp") -> list[Prompt]:
    """Up to `per_category` new prompts per category. Each round asks the teacher `batch` times at once
    (concurrent requests keep a batching server busy), each with five seed examples and, where `topics`
    names some for the category, one topic in turn, so the requests spread over more of life than the
    seeds do. `accept` is the verifier's say (e.g. the planner must recognise an expanded offline
    request). A near copy (word-set similarity >= `threshold`) of a seed, of `reserved` (the evaluation
    splits) or of a kept request is dropped."""
    rng = random.Random(seed)
    dedupe = Deduper(threshold, reserved=[p.prompt for p in seeds] + list(reserved))
    out: list[Prompt] = []
    for category in categories:
        pool = [p.prompt for p in seeds if p.category == category]
        subjects = (topics or {}).get(category) or [""]
        kept = 0
        for r in range(rounds):
            if kept >= per_category or not pool:
                break
            asks = [expansion_request(category, rng.sample(pool, min(5, len(pool))),
                                      sample=seed * 1000 + r * batch + i + 1,
                                      topic=subjects[(r * batch + i) % len(subjects)])
                    for i in range(batch)]
            for text in teacher.complete(asks):
                for line in parse_requests(text):
                    candidate = Prompt(f"{id_prefix}-{category}-{kept:03d}", category, line, {},
                                       f"expanded:{teacher.name}")
                    if kept < per_category and dedupe.is_new(line) and accept(candidate):
                        dedupe.add(line)
                        out.append(candidate)
                        kept += 1
            if progress:
                progress(1)
    return out
