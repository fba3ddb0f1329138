"""Text compared as words: lower case, accents and curly apostrophes folded ("Asunción" is "asuncion")."""

from __future__ import annotations

import unicodedata


def folded(text: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return text.replace("’", "'")
