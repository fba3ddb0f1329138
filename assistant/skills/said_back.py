"""The person's words said back to them: "remind me to take my vitamins" is said "I'll remind you to take your
vitamins" (it was "to take my vitamins"). Only the speaker's own words turn; what is kept (a reminder's name, which
"cancel the reminder to take my vitamins" finds) stays in the person's words."""

from __future__ import annotations

import re

_TURN = {"my": "your", "me": "you", "myself": "yourself", "mine": "yours", "i": "you", "i'm": "you're", "i've": "you've",
         "i'll": "you'll", "i'd": "you'd", "am": "are"}


def to_you(text: str) -> str:
    """`text` with the speaker's "my", "me" and "I" said back as "your", "you"; "am" turns only after "I"."""
    out = re.sub(r"\b(?:i'm|i've|i'll|i'd|my|me|myself|mine)\b", lambda m: _TURN[m.group(0).lower()], text, flags=re.I)
    out = re.sub(r"\bI am\b|\bi am\b", "you are", out)
    return re.sub(r"\bI\b|(?<![\w'])i(?![\w'])", "you", out)
