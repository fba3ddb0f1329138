"""Reading the BSD quiz files (Debian `bsdgames`, /usr/share/games/bsdgames/quiz): `question:answer`
lines whose fields use `{optional}`, `[a|b]` and top-level `a|b` for alternative spellings. Used to
build fact questions with reference answers for the evaluation splits and the training requests."""

from __future__ import annotations

import re
from pathlib import Path

QUIZ = Path("/usr/share/games/bsdgames/quiz")


def spellings(field: str, limit: int = 32) -> list[str]:
    """Every spelling a quiz field allows: 'Andorra la V[ell|iej]a' -> ['Andorra la Vella', 'Andorra la Vieja']."""
    out = _expand(field.replace("\\", ""))
    seen = []
    for s in out:
        s = " ".join(s.split())
        if s and s not in seen:
            seen.append(s)
    return seen[:limit]


def _expand(text: str) -> list[str]:
    # split on top-level '|'
    depth, parts, start = 0, [], 0
    for i, ch in enumerate(text):
        if ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    if len(parts) > 1:
        return [s for p in parts for s in _expand(p)]
    m = re.search(r"[{\[]", text)
    if not m:
        return [text]
    close = "}" if m.group() == "{" else "]"
    depth, end = 0, None
    for i in range(m.start(), len(text)):
        if text[i] in "{[":
            depth += 1
        elif text[i] in "}]":
            depth -= 1
            if depth == 0:
                end = i
                break
    if end is None:
        return [text]
    inner = _expand(text[m.start() + 1:end])
    options = inner + ([""] if close == "}" else [])
    rest = _expand(text[end + 1:])
    return [text[:m.start()] + o + r for o in options for r in rest]


def read(name: str) -> list[list[list[str]]]:
    """The rows of one quiz file, each field as its list of spellings."""
    rows, pending = [], ""
    for line in (QUIZ / name).read_text(encoding="utf-8", errors="replace").splitlines():
        if line.endswith("\\"):
            pending += line[:-1]
            continue
        line, pending = re.sub(".\x08", "", pending + line), ""  # overstruck accents (",\bs" for "ș"): the letter
        if line.strip():
            rows.append([spellings(f) for f in line.split(":")])
    return rows
