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
    text = re.sub(r"^(hey|ok|okay|please|so|um|uh)[, ]+", "", text)
    text = re.sub(r"[?!.]+$", "", text)
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("what's", "what is").replace("whats", "what is"))


