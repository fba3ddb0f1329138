"""A fast-path match: the skill to call and its arguments; and the cleaning every matcher reads."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Intent:
    name: str
    arguments: dict


def clean(text: str) -> str:
    text = text.lower().strip()
    text = re.sub(r"[?!.]+$", "", text)
    text = re.sub(r"^(hey|ok|okay|please|so|um|uh)[, ]+(?!(?:there|you|again)$)", "", text)   # ("hey there": a greeting)
    # typed short: "alarm 7am", "days till xmas", "remind me 5pm call mom"
    text = re.sub(r"\b(\d{1,2}(?::\d\d)?)(am|pm)\b", r"\1 \2", text)
    text = re.sub(r"\bx-?mas\b", "christmas", re.sub(r"\b(?:till|til|'til)\b", "until", text))
    text = re.sub(r"^(days|weeks|hours|minutes|sleeps) (?:left )?until ", r"how many \1 until ", text)
    text = re.sub(r"^(?:wat|wht)\b", "what", re.sub(r"^whos\b", "who is", re.sub(r"^wheres\b", "where is", text)))
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("what's", "what is").replace("whats", "what is"))


