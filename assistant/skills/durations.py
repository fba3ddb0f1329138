"""Lengths of time said in words: "an hour and a half" -> 5400 s, timer_start's length arguments added up, a
length said back in the units the person used, and seconds described ("2 hours and 5 minutes")."""

from __future__ import annotations

import re

from assistant.skills.base import SkillError
from assistant.skills.numbers import normalize_numbers

_UNIT_SECONDS = {"second": 1, "sec": 1, "minute": 60, "min": 60, "hour": 3600, "hr": 3600, "day": 86400, "week": 604800}


def parse_duration(text: str) -> float:
    """'ten minutes' -> 600, 'an hour and a half' -> 5400, '1 hour 30 minutes' -> 5400."""
    text = re.sub(r"\b(?:(?:a|one) )?quarter (?:of an )?hour\b", "15 minutes", text.lower())
    text = re.sub(r"\b(?:three|3) quarters of an hour\b", "45 minutes", text)
    text = re.sub(r"\bhalf an? (hour|minute)\b", lambda m: "30 minutes" if m.group(1) == "hour" else "30 seconds", text)
    text = normalize_numbers(text).replace("a half", "half")  # "2 and a half hours" is 2.5 hours by now
    total = 0.0
    found = False
    pair = r"(\d+(?:\.\d+)?|an?|half)?\s*(?<![a-z])(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\b"   # ("monday")
    leftover = re.sub(pair, " ", text)
    if re.search(r"[-−^*/+]\s*\d|\d|\b(minus|negative)\b", leftover) or re.search(r"[-−]\s*\d", text):
        # "-5 minutes", "10^12 hours": a number the length would silently drop or change
        raise SkillError("I couldn't tell how long that timer should be.")
    for amount, unit in re.findall(pair, text):
        value = 1.0 if amount in ("a", "an", "") else 0.5 if amount == "half" else float(amount)
        total += value * _UNIT_SECONDS[unit.rstrip("s") if unit.rstrip("s") in _UNIT_SECONDS else unit]
        found = True
    if re.search(r"\band half\b", text) and found:
        last_unit = re.findall(r"(second|minute|hour)", text)[-1]
        total += 0.5 * _UNIT_SECONDS[last_unit]
    if not found:
        raise SkillError("How long should the timer be?")
    return total


LENGTH_UNITS = {"hours": 3600, "minutes": 60, "seconds": 1}   # timer_start's length, in the units said


def timer_length(arguments: dict) -> float:
    """The seconds of timer_start's length arguments, added up (a model copies "8 minutes" as minutes=8 more
    reliably than it multiplies by 60); other arguments, and values that are not numbers, are left out."""
    return sum(LENGTH_UNITS[k] * v for k, v in arguments.items() if k in LENGTH_UNITS and isinstance(v, (int, float)))


def spoken_units(text: str, seconds: float) -> dict:
    """The arguments of `seconds` in the units `text` says: "eight minutes" -> {"minutes": 8},
    "1 hour 30 minutes" -> {"hours": 1, "minutes": 30}, "90 seconds" -> {"seconds": 90}."""
    said = set(re.findall(r"\b(hour|minute|second)s?\b", text.lower()))
    if not said:
        said = {"hour"} if seconds % 3600 == 0 else {"minute"} if seconds % 60 == 0 else {"second"}
    units = [(u, size) for u, size in LENGTH_UNITS.items() if u[:-1] in said]
    out, rest = {}, float(seconds)
    for k, (unit, size) in enumerate(units):
        value = rest / size if k == len(units) - 1 else rest // size
        rest -= value * size
        if value or k == len(units) - 1 and not out:
            out[unit] = int(value) if float(value).is_integer() else round(value, 4)
    return out


def describe(seconds: float) -> str:
    seconds = int(round(seconds))
    parts = []
    sizes = (("hour", 3600), ("minute", 60), ("second", 1))
    if seconds >= 24 * 3600:   # an alarm days ahead: "5 days and 3 hours"
        seconds, sizes = 3600 * round(seconds / 3600), (("day", 24 * 3600), ("hour", 3600))
    for name, size in sizes:
        n, seconds = divmod(seconds, size)
        if n:
            parts.append(f"{n} {name}{'s' if n != 1 else ''}")
    return " and ".join(parts) if parts else "0 seconds"
