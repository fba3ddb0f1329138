"""Text compared as words: lower case, accents and curly apostrophes folded ("Asunción" is "asuncion")."""

from __future__ import annotations

import unicodedata


def spoken_list(words: list[str], joined: str = "and") -> str:
    """["milk", "eggs", "bread"] -> "milk, eggs and bread" (one word: itself; none: ""); `joined`: "or" for a choice."""
    return ", ".join(words[:-1]) + f" {joined} {words[-1]}" if len(words) > 1 else "".join(words)


def folded(text: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return text.replace("’", "'")
