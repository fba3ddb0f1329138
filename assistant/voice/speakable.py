"""Turn an answer written for the eye into text for the ear: no markdown symbols read aloud."""

from __future__ import annotations

import re

_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"```.*?```", re.S), " "),                       # code blocks are not read out
    (re.compile(r"`([^`]*)`"), r"\1"),                            # inline code keeps its words
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),              # images: alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),               # links: their words
    (re.compile(r"https?://\S+"), "a link"),
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),                 # headings
    (re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+", re.M), ""),        # list markers
    (re.compile(r"^\s*>\s?", re.M), ""),                          # quotes
    (re.compile(r"(\*\*|__|\*|~~)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # emphasis
    (re.compile(r"[*#_~|<>\[\]{}^\\]"), " "),                     # stray markup symbols
    (re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]"), ""),  # emoji
    (re.compile(r"\s*&\s*"), " and "),
    (re.compile(r"[ \t]*\n[ \t]*"), ". "),
    (re.compile(r"\.(\s*\.)+"), "."),
    (re.compile(r"([!?])\s*\."), r"\1"),
    (re.compile(r"\s{2,}"), " "),
]


_CLOCK = re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d)\b(\s*[AaPp]\.?[Mm]\.?)?")


def _clock(m: re.Match[str]) -> str:
    """'14:05' -> '14 oh 5', '09:00' -> '9 o'clock', '2:00 PM' -> '2 PM' (espeak says '14:05' as 'fourteen zero five')."""
    hour, minute, meridiem = int(m.group(1)), int(m.group(2)), m.group(3) or ""
    if minute == 0:
        return f"{hour}{meridiem}" if meridiem else (f"{hour} o'clock" if hour <= 12 else f"{hour} hundred")
    return f"{hour} {'oh ' if minute < 10 else ''}{minute}{meridiem}"


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_YEAR = re.compile(rf"\b((?:{_MONTHS}) \d{{1,2}}, )(1[1-9]\d\d|20[1-9]\d)\b(?![.,]\d)|"
                   r"\b((?:[Ii]n|of|since|until|by) )(1[1-9]\d\d|20[1-9]\d)(?=\s*(?:[.,;:!?)]|$))")


def _year(m: re.Match[str]) -> str:
    """'1776' -> '17 76', '1900' -> '19 hundred', '2026' -> '20 26': a year read as people read it (espeak reads
    '1776' as 'one thousand seven hundred seventy-six')."""
    before, year = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
    high, low = year[:2], year[2:]
    return before + (f"{high} hundred" if low == "00" else f"{high} oh {low[1]}" if low[0] == "0" else f"{high} {low}")


def speakable(text: str) -> str:
    """Return `text` as a voice should read it; the empty string when nothing is left to say."""
    for pattern, repl in _RULES:
        text = pattern.sub(repl, text)
    text = _CLOCK.sub(_clock, text)
    text = _YEAR.sub(_year, text)
    text = text.strip()
    return "" if not re.search(r"\w", text) else text
