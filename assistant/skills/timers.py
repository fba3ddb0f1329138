"""Timers: several at once, named, listed and cancelled. When one ends, `on_alert(name, text)` is
called (the window shows a notification and says it; the core emits an event)."""

from __future__ import annotations

import math
import re
import threading
import time
from dataclasses import dataclass
from typing import Callable

from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.numbers import normalize_numbers

MAX_SECONDS = 24 * 3600
_UNIT_SECONDS = {"second": 1, "sec": 1, "minute": 60, "min": 60, "hour": 3600, "hr": 3600}


def parse_duration(text: str) -> float:
    """'ten minutes' -> 600, 'an hour and a half' -> 5400, '1 hour 30 minutes' -> 5400."""
    text = re.sub(r"\b(?:(?:a|one) )?quarter (?:of an )?hour\b", "15 minutes", text.lower())
    text = re.sub(r"\b(?:three|3) quarters of an hour\b", "45 minutes", text)
    text = re.sub(r"\bhalf an? (hour|minute)\b", lambda m: "30 minutes" if m.group(1) == "hour" else "30 seconds", text)
    text = normalize_numbers(text).replace("a half", "half")  # "2 and a half hours" is 2.5 hours by now
    total = 0.0
    found = False
    pair = r"(\d+(?:\.\d+)?|an?|half)?\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?)\b"
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
    for name, size in (("hour", 3600), ("minute", 60), ("second", 1)):
        n, seconds = divmod(seconds, size)
        if n:
            parts.append(f"{n} {name}{'s' if n != 1 else ''}")
    return " and ".join(parts) if parts else "0 seconds"


@dataclass
class Timer:
    name: str
    seconds: float
    ends_at: float
    handle: threading.Timer
    message: str = ""       # what is said when it rings (an alarm's, a reminder's); else "Your ... is done."


class Timers:
    def __init__(self, on_alert: Callable[[str, str], None] | None = None) -> None:
        self.on_alert = on_alert or (lambda name, text: None)
        self._timers: dict[str, Timer] = {}
        self._lock = threading.Lock()

    def start(self, seconds: float, name: str = "", message: str = "") -> SkillResult:
        if seconds <= 0:
            raise SkillError("A timer needs a length above zero.")
        if seconds > MAX_SECONDS:
            raise SkillError("Timers can be at most 24 hours long.")
        with self._lock:
            name = name.strip().lower() or self._free_name()
            if name in self._timers:
                raise SkillError(f"There is already a {name} timer.")
            handle = threading.Timer(seconds, self._ring, args=(name,))
            handle.daemon = True
            self._timers[name] = Timer(name, seconds, time.monotonic() + seconds, handle, message)
            handle.start()
        return SkillResult(f"OK, {_label(name)} for {describe(seconds)}.", {"name": name, "seconds": seconds})

    def list(self) -> SkillResult:
        with self._lock:
            timers = sorted(self._timers.values(), key=lambda t: t.ends_at)
        if not timers:
            return SkillResult("You have no timers or alarms.", [])
        left = [f"{t.name}: {describe(max(0, t.ends_at - time.monotonic()))} left" for t in timers]
        return SkillResult("; ".join(left) + ".", [{"name": t.name, "seconds_left": round(t.ends_at - time.monotonic(), 1)} for t in timers])

    def active(self) -> list[dict]:
        """The running timers, soonest first (for a window's countdown)."""
        now = time.monotonic()
        with self._lock:
            timers = sorted(self._timers.values(), key=lambda t: t.ends_at)
        return [{"name": t.name, "seconds": t.seconds, "seconds_left": max(0.0, t.ends_at - now)} for t in timers]

    def cancel(self, name: str = "") -> SkillResult:
        with self._lock:
            if not self._timers:
                raise SkillError("There are no timers to cancel.")
            if name == "" and len(self._timers) > 1:
                raise SkillError("Which timer? " + ", ".join(sorted(self._timers)) + ".")
            names = list(self._timers) if name in ("", "all") else [name.strip().lower()]
            if names[0] not in self._timers:   # "alarm" for the one alarm ("7:30 am alarm"), "reminder"
                kind = [n for n in self._timers if n.endswith(" " + names[0]) or n.startswith(names[0] + " ")]
                if len(kind) != 1:
                    raise SkillError(f"There is no {_label(names[0])}." if not kind else
                                     "Which one? " + ", ".join(sorted(kind)) + ".")
                names = kind
            for n in names:
                self._timers.pop(n).handle.cancel()
        return SkillResult(f"Cancelled the {' and the '.join(_label(n) for n in names)}.", names)

    def _free_name(self) -> str:
        n = 2   # "timer", then "timer 2"
        while f"timer {n}" in self._timers:
            n += 1
        return "timer" if not self._timers else f"timer {n}"

    def _ring(self, name: str) -> None:
        with self._lock:
            timer = self._timers.pop(name, None)
        self.on_alert(name, timer.message if timer is not None and timer.message else f"Your {_label(name)} is done.")


def _label(name: str) -> str:
    """'tea' -> 'tea timer'; the names given to unnamed timers ('timer', 'timer 2'), alarms ('7:30 AM alarm')
    and reminders ('reminder to call mom') are said as they are."""
    return name if re.fullmatch(r"timer( \d+)?|(.* )?alarm|reminder( to .*)?", name) else f"{name} timer"


def _start(timers: Timers) -> Callable[..., SkillResult]:
    def start(name: str = "", **length: float) -> SkillResult:
        if not length:
            raise SkillError("How long should the timer be?")
        if any(v < 0 or not math.isfinite(v) for v in length.values()):
            raise SkillError("A timer's length can't be negative.")
        return timers.start(timer_length(length), name)
    return start


def skills(timers: Timers) -> list[Skill]:
    return [
        Skill("timer_start", "Start a timer: its length in hours, minutes and/or seconds, as said.",
              {"hours": Param(float, required=False), "minutes": Param(float, required=False),
               "seconds": Param(float, required=False), "name": Param(str, required=False)}, _start(timers),
              changes=True),
        Skill("timer_list", "List the running timers.", {}, lambda: timers.list()),
        Skill("timer_cancel", "Cancel a timer by name, or all.", {"name": Param(str, required=False)},
              lambda name="": timers.cancel(name), changes=True),
    ]
