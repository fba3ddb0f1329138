"""A time on the clock plus or minus a length of time: "What's 15 minutes after 9:50?" (the student: 15*9.50 = 142.5),
"A train leaves at 3:15 and the trip takes 2 hours 50 minutes. When does it arrive?" (6.3), "What time is 45 minutes
before 2 pm?". Said on a 12-hour clock, with AM or PM when it was said."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult

_TIME = r"(?P<h{k}>\d{{1,2}})(?::(?P<m{k}>\d\d))?(?: ?(?P<half{k}>am|pm|a\.m\.|p\.m\.))?"
_LENGTH = r"(?P<d{k}>(?:\d+(?:\.\d+)?(?: and a half)? (?:hours?|hrs?|minutes?|mins?)(?:,? (?:and )?\d+ (?:minutes?|mins?))?|half an hour|an hour(?: and a half)?))"
_ASKED = [re.compile(p) for p in (
    rf"(?:what(?: is|'s)|what time is(?: it)?) {_LENGTH.format(k=1)} (?P<way1>after|from|past|before) {_TIME.format(k=1)}",
    rf"(?:what(?: is|'s) )?{_TIME.format(k=2)} (?P<way2>plus|minus) {_LENGTH.format(k=2)}",
    rf"(?:an? |the )?[a-z ]{{0,30}}(?:leaves|starts|begins|departs|opens) at {_TIME.format(k=3)},? (?:and )?(?:the [a-z ]+ |it )?"
    rf"(?:takes|lasts|runs(?: for)?|is) {_LENGTH.format(k=3)}(?: long)?[.,]? (?:so )?(?:when|what time) (?:does|will) "
    rf"(?:it|the [a-z]+|they|we|i) (?:arrive|end|finish|get (?:in|there)|land|be done|close)",
)]


def _minutes(length: str) -> float:
    if length == "half an hour":
        return 30
    if length.startswith("an hour"):
        return 90 if "half" in length else 60
    total = 0.0
    for value, half, unit in re.findall(r"(\d+(?:\.\d+)?)( and a half)? (hours?|hrs?|minutes?|mins?)", length):
        total += (float(value) + (0.5 if half else 0)) * (60 if unit.startswith("h") else 1)
    return total


def asked(text: str) -> dict | None:
    """clock_plus's arguments (cleaned text), or None."""
    for k, pattern in enumerate(_ASKED, start=1):
        m = pattern.fullmatch(text)
        if not m:
            continue
        hour, minute, half = int(m[f"h{k}"]), int(m[f"m{k}"] or 0), (m[f"half{k}"] or "").replace(".", "")
        if not (0 <= hour <= 23 and minute <= 59) or (half and not 1 <= hour <= 12):
            return None
        way = m.groupdict().get(f"way{k}") or "after"
        sign = -1 if way in ("before", "minus") else 1
        return {"hour": float(hour), "minute": float(minute), "half": half, "minutes": sign * _minutes(m[f"d{k}"])}
    return None


def clock_plus(hour: float, minute: float, minutes: float, half: str = "") -> SkillResult:
    start = int(hour) % 12 + (12 if half == "pm" else 0) if half else int(hour)
    total = (start * 60 + int(minute) + round(minutes)) % (24 * 60)
    h, m = divmod(total, 60)
    if half or hour > 12:
        said = f"{h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"
    else:   # no AM or PM said: the same half of the clock (9:50 + 15 minutes is 10:05)
        said = f"{h % 12 or 12}:{m:02d}"
    return SkillResult(f"That's {said}.", {"time": said})


SKILL = Skill("clock_plus", "A time on the clock plus or minus a length of time.",
              {"hour": Param(float), "minute": Param(float), "minutes": Param(float), "half": Param(str, required=False)},
              clock_plus, for_model=False)
