"""How long until a time of day: "How many hours until midnight?", "How long until 5 pm?", "How many minutes
until noon?". The student called the clock for these ("what": "hours") and got muddled; the clock knows
only the time now, and a date's look-up (dates.py) counts days."""

from __future__ import annotations

import datetime as dt
import re

from assistant.skills.alarms import clock_said, clock_time, next_time
from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.durations import describe, parse_duration

_ASKED = re.compile(r"^(?:how many (?:more )?(?:hours|minutes|hours and minutes)|how long|how much (?:more )?time) "
                    r"(?:is it |is there |is left |are there |are left |do i have |have i got |left )?"
                    r"(?:until|till|til|before|to) (?P<at>.+?)(?: today)?$")


# the clock after a length of time: "what time will it be in 2 hours", "what's 15 minutes from now"
_LATER = re.compile(r"^(?:what time will it be|what will the time be|what is the time|what time is it|what is|what's|"
                    r"what time is) (?:in (?P<a>.+?)(?: from now)?|(?P<b>.+?) from now)$")


def asked_later(text: str) -> dict | None:
    """{"after": "<length said>"} for a question about the clock after a length of time, else None."""
    m = _LATER.match(text.strip().lower().rstrip("?.! "))
    if not m:
        return None
    after = m["a"] or m["b"]
    if re.search(r"\b(format|clock|time|mode|notation)\b", after):
        return None   # "the time in 24 hour format" (was the time in 24 hours)
    try:
        parse_duration(after)
    except SkillError:
        return None
    return {"after": after}


def time_after(after: str, now=lambda: dt.datetime.now().astimezone()) -> SkillResult:
    seconds = parse_duration(after)
    if seconds > 7 * 24 * 3600:
        raise SkillError("I can say the time up to a week ahead.")
    here = now()
    then = here + dt.timedelta(seconds=seconds)
    days = (then.date() - here.date()).days
    day = "" if days == 0 else " tomorrow" if days == 1 else f" on {then.strftime('%A')}"
    return SkillResult(f"In {describe(seconds)} it will be {clock_said(then)}{day}.", {"at": then.isoformat(timespec="minutes")})


def asked(text: str) -> dict | None:
    """{"at": "<time said>"} for a question about the time left until a time of day, else None."""
    m = _ASKED.match(text.strip().lower().rstrip("?.! "))
    if not m or clock_time(m["at"].removeprefix("it's ").removeprefix("it is ")) is None:
        return None
    return {"at": m["at"]}


def time_until(at: str, now=lambda: dt.datetime.now().astimezone()) -> SkillResult:
    said = at.strip().lower()
    found = clock_time(said)
    if found is None:
        raise SkillError(f"I don't know the time {at!r}.")
    here = now()
    then = next_time(*found, here)
    minutes = max(1, round((then - here).total_seconds() / 60))
    day = "" if then.date() == here.date() else " tomorrow"
    name = said if said in ("midnight", "noon", "midday") else clock_said(then) + day
    return SkillResult(f"It's {describe(60 * minutes)} until {name}.",
                       {"at": then.isoformat(timespec="minutes"), "minutes": minutes})


SKILL = Skill("time_until", "Say how long it is until a time of day.", {"at": Param(str)}, time_until,
              for_model=False)
LATER = Skill("time_after", "Say what the clock will show after a length of time.", {"after": Param(str)}, time_after,
              for_model=False)
