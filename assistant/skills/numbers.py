"""Spoken numbers to digits ("seventeen" -> 17, "two hundred and five" -> 205, "three point five"
-> 3.5), and numbers to speakable text. Pure logic."""

from __future__ import annotations

import re

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_UNITS["oh"] = 0
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10 ** 6, "billion": 10 ** 9}
_NUMBER_WORDS = set(_UNITS) | set(_TENS) | set(_SCALES)
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z]+(?:/[a-z]+)?|[^\sa-z\d]", re.I)


def _run_value(words: list[str]) -> float:
    total, current = 0, 0
    decimals = None
    for w in words:
        if decimals is not None:
            decimals += str(_UNITS[w]) if w in _UNITS else ""
            continue
        if w == "point":
            decimals = ""
        elif w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0
    value = total + current
    return float(f"{value}.{decimals}") if decimals else value


def _digits(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def normalize_numbers(text: str) -> str:
    """Replace every run of number words with digits; other text is kept (lower-cased)."""
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text.lower()).replace(",", "")  # twenty-three, not 5-3
    # "1 million", "2.5 billion": digits times a scale word ("1 million divided by 12" was read "1 1000000")
    text = re.sub(r"\b(\d+(?:\.\d+)?) (thousand|million|billion|trillion)\b",
                  lambda m: _digits(float(m.group(1)) * {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}[m.group(2)]),
                  text)
    tokens = _TOKEN.findall(text)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        starts = t in _NUMBER_WORDS or (t == "a" and i + 1 < len(tokens) and tokens[i + 1] in _SCALES)
        if not starts:
            out.append(t)
            i += 1
            continue
        run = []
        while i < len(tokens):
            t = tokens[i]
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if t in _NUMBER_WORDS or (t == "a" and nxt in _SCALES):
                run.append("one" if t == "a" else t)
            elif t == "and" and run and run[-1] in _SCALES and nxt in _NUMBER_WORDS:
                pass  # "two hundred and five"
            elif t == "point" and run and nxt in _UNITS:
                run.append(t)
            else:
                break
            i += 1
        out.append(_format(_run_value(run)))
    # "two and a half" -> 2.5, "three and a quarter" -> 3.25
    return re.sub(r"\b(\d+(?:\.\d+)?) and (a half|a quarter|three quarters)\b",
                  lambda m: _format(float(m.group(1)) + _FRACTIONS[m.group(2)]), " ".join(out))


_FRACTIONS = {"a half": 0.5, "a quarter": 0.25, "three quarters": 0.75}


def _format(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def speak_number(value: float, digits: int = 6) -> str:
    """A result as a voice should say it: integers plainly, others to `digits` significant digits."""
    if value != value or value in (float("inf"), float("-inf")):
        return "not a number"
    if abs(value - round(value)) < 1e-9 and abs(value) < 1e15:
        return f"{int(round(value)):,}"
    text = f"{value:.{digits}g}"
    if "e" in text and 1 <= abs(value) < 1e12:   # "32,187", not "3.219 times ten to the power of 4"
        return f"{round(value):,}"
    if "e" in text:
        mantissa, exp = text.split("e")
        return f"{mantissa} times ten to the power of {int(exp)}"
    return text
