"""The time, the date and the weekday, in the user's time zone."""

from __future__ import annotations

import datetime as dt

from assistant.skills.base import Param, Skill, SkillResult


def now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def tell(what: str = "time") -> SkillResult:
    t = now()
    hour = t.hour % 12 or 12
    clock = f"{hour}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
    if what == "time":
        speech = f"It's {clock}."
    elif what == "weekday":
        speech = f"It's {t.strftime('%A')}."
    else:
        speech = f"It's {t.strftime('%A')}, {t.strftime('%B')} {t.day}, {t.year}."
    return SkillResult(speech, {"iso": t.isoformat(timespec="seconds"), "timezone": t.tzname()})


SKILL = Skill("clock", "The current time, date or weekday.",
              {"what": Param(str, required=False, choices=("time", "date", "weekday"))},
              lambda what="time": tell(what))
