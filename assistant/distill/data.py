"""The pipeline's records and files: prompts (seed, expanded, development), teacher samples, and the
training set, all JSON Lines so an interrupted step can append and resume."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "distill"
SEED_PROMPTS = ASSETS / "seed_prompts.jsonl"
DEV_SET = ASSETS / "devset.jsonl"
STUDENT = ASSETS / "student"          # the shipped recipe, dataset, adapter and reports

CATEGORIES = {
    "skills": "everyday device skills: the time, the date, timers, reminders, notes",
    "arithmetic_units": "arithmetic and unit conversions",
    "facts": "short general-knowledge questions",
    "howto": "how to do everyday things",
    "chitchat": "small talk and friendly conversation",
    "offline": "requests that need the internet or an online service (weather, news, scores, prices, email, bookings)",
    "refuse": "harmful or destructive requests a safe assistant must decline",
    # the categories of the frozen evaluation splits (assets/distill/eval) and the 1.5B teacher's data
    "numeric_facts": "questions whose answer is a number",
    "definitions": "what a word means",
    "writing": "short writing help: messages, notes, captions, short poems",
    "math_word": "arithmetic word problems",
    "units_words": "unit questions in words",
    "multi_turn": "follow-ups that need the conversation so far",
    "tool_calls": "requests for a device skill, answered by a tool call",
    "small_talk": "small talk",
    "refusal": "harmful requests to decline without harmful specifics",
}


@dataclass
class Prompt:
    id: str
    category: str
    prompt: str
    expect: dict = field(default_factory=dict)   # {"tool", "args"} | {"answer_any"} | {"offline"} | {"refuse"}
    origin: str = "seed"                          # seed | expanded:<teacher>

    @property
    def earlier_questions(self) -> list[str]:
        """The person's questions in a follow-up's earlier turns, oldest first (`intents.context_of` reads
        them as the app reads its history)."""
        return [t["content"] for t in self.expect.get("history", []) if t["role"] == "user"]


@dataclass
class Sample:
    """One kept teacher answer: the spoken answer (or a tool call) and the reasoning behind it."""
    prompt_id: str
    category: str
    prompt: str
    answer: str
    rationale: str
    score: float
    checks: dict
    provenance: dict


def read_jsonl(path: Path) -> Iterator[dict]:
    if not path.exists():
        return
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if not line:
                continue
            try:
                yield json.loads(line)
            except ValueError:
                # A line cut short by an interruption is dropped; every complete one is kept.
                continue


def append_jsonl(path: Path, records: Iterable) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    torn = False
    if path.exists() and path.stat().st_size:
        with open(path, "rb") as handle:
            handle.seek(-1, 2)
            torn = handle.read(1) != b"\n"   # a line cut short by a crash: start a fresh one
    with open(path, "a", encoding="utf-8") as handle:
        if torn:
            handle.write("\n")
        for record in records:
            handle.write(json.dumps(asdict(record) if hasattr(record, "__dataclass_fields__") else record,
                                    ensure_ascii=False) + "\n")
            handle.flush()


def write_jsonl(path: Path, records: Iterable) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.unlink(missing_ok=True)
    append_jsonl(tmp, records)
    tmp.replace(path)


def load_prompts(path: Path) -> list[Prompt]:
    prompts = []
    for record in read_jsonl(path):
        if record.get("category") not in CATEGORIES or not str(record.get("prompt", "")).strip():
            raise ValueError(f"{path}: a record has no known category or no prompt: {record}")
        prompts.append(Prompt(**{k: record[k] for k in ("id", "category", "prompt", "expect", "origin") if k in record}))
    return prompts


# -- de-duplication ----------------------------------------------------------------------------
def normalize(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _shingles(text: str) -> set[str]:
    words = normalize(text).split()
    return {" ".join(words[i:i + 2]) for i in range(max(1, len(words) - 1))} | set(words)


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of words and word pairs: 1.0 for the same request, ~0.6+ for a near copy."""
    sa, sb = _shingles(a), _shingles(b)
    return len(sa & sb) / max(1, len(sa | sb))


class Deduper:
    """Keeps a text only if it is not a near copy of anything kept (or reserved) before."""

    def __init__(self, threshold: float = 0.7, reserved: Iterable[str] = ()) -> None:
        self.threshold = threshold
        self.kept: list[str] = []
        self.reserved = list(reserved)

    def is_new(self, text: str) -> bool:
        if any(similarity(text, other) >= self.threshold for other in self.reserved + self.kept):
            return False
        return True

    def add(self, text: str) -> bool:
        if not self.is_new(text):
            return False
        self.kept.append(text)
        return True
