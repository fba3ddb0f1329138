"""The time, the date and the weekday, in the user's time zone and the user's locale's conventions
(12- or 24-hour clock, day or month first), worded in English for the English speech models."""

from __future__ import annotations

import datetime as dt
import functools
import os
from typing import Callable

from assistant.skills.base import Param, Skill, SkillResult

CLOCK_FORMATS = ("auto", "12h", "24h")


def now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def locale_name() -> str:
    """The user's locale from the environment ('de_DE.UTF-8' -> 'de_DE'); C/POSIX/unset -> 'en_US'."""
    for var in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(var, "").split(".")[0].split("@")[0]
        if value:
            return "en_US" if value in ("C", "POSIX") else value
    return "en_US"


@functools.lru_cache(maxsize=8)
def conventions(name: str) -> tuple[bool, str]:
    """(24-hour clock?, the English locale whose date wording fits) for a locale name, from CLDR via babel."""
    from babel import Locale, UnknownLocaleError

    try:
        native = Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        native = Locale.parse("en_US")
    time_pattern = native.time_formats["short"].pattern
    uses_24h = "H" in time_pattern or "k" in time_pattern
    english = f"en_{native.territory}" if native.territory else "en_US"
    try:
        Locale.parse(english)
    except (ValueError, UnknownLocaleError):
        english = "en_GB" if native.date_formats["short"].pattern.lower().startswith("d") else "en_US"
    return uses_24h, english


def tell(what: str = "time", clock_format: str = "auto", locale: str | None = None) -> SkillResult:
    from babel.dates import format_date

    t = now()
    uses_24h, english = conventions(locale or locale_name())
    if clock_format != "auto":
        uses_24h = clock_format == "24h"
    if uses_24h:
        clock = f"{t.hour:02d}:{t.minute:02d}"
    else:
        clock = f"{t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
    if what == "time":
        speech = f"It's {clock}."
    elif what == "weekday":
        speech = f"It's {format_date(t, 'EEEE', locale=english)}."
    elif what == "month":
        speech = f"It's {format_date(t, 'MMMM', locale=english)}."
    elif what == "year":
        speech = f"It's {t.year}."
    elif what == "date_and_time":
        speech = f"It's {clock} on {format_date(t, 'full', locale=english)}."
    elif what == "week":
        speech = f"It's week {t.isocalendar().week} of {t.isocalendar().year}."
    else:
        speech = f"It's {format_date(t, 'full', locale=english)}."
    return SkillResult(speech, {"iso": t.isoformat(timespec="seconds"), "timezone": t.tzname(),
                                "clock": "24h" if uses_24h else "12h"})


def skill(clock_format: Callable[[], str] = lambda: "auto") -> Skill:
    return Skill("clock", "The current time, date, weekday, month, year or week number.",
                 {"what": Param(str, required=False, choices=("time", "date", "weekday", "month", "year", "week",
                                                                   "date_and_time"))},
                 lambda what="time": tell(what, clock_format()))

