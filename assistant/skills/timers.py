"""Timers: several at once, named, listed, cancelled, paused, resumed and given more time. When one ends, `on_alert(name, text)` is
called (the window shows a notification and says it; the core emits an event)."""

from __future__ import annotations

import math
import re
import threading
import time
from dataclasses import dataclass
from typing import Callable

from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.durations import describe, timer_length
from assistant.skills.said_back import to_you

MAX_SECONDS = 24 * 3600
SNOOZE_WITHIN_S = 30 * 60   # "snooze" means the timer that rang in the last half hour
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
@dataclass
class Timer:
    name: str
    seconds: float
    ends_at: float = 0.0
    handle: threading.Timer | None = None
    message: str = ""       # what is said when it rings (an alarm's, a reminder's); else "Your ... is done."
    paused_left: float | None = None   # the seconds it had left when paused; None while it runs
    claim: Callable[[], bool] | None = None    # asked when it is due: False when it is not to ring here (alarms on file)
    on_cancel: Callable[[], None] | None = None   # told when the person cancels it
    when: Callable[[], str] | None = None   # an alarm as the list says it ("an alarm at 7:00 AM tomorrow, every day")

    def left(self, now: float) -> float:
        return self.paused_left if self.paused_left is not None else max(0.0, self.ends_at - now)


class Timers:
    def __init__(self, on_alert: Callable[[str, str], None] | None = None) -> None:
        self.on_alert = on_alert or (lambda name, text: None)
        self._timers: dict[str, Timer] = {}
        self._lock = threading.Lock()
        self._rung: tuple[Timer, float] | None = None   # the last timer that rang, and when (for "snooze")

    def start(self, seconds: float, name: str = "", message: str = "", *, longest: float = MAX_SECONDS,
              claim: Callable[[], bool] | None = None, on_cancel: Callable[[], None] | None = None,
              when: Callable[[], str] | None = None) -> SkillResult:
        """`longest`: an alarm may be further ahead than a timer may last; `claim`, `on_cancel`: see Timer."""
        if seconds <= 0:
            raise SkillError("A timer needs a length above zero.")
        if seconds > longest:
            raise SkillError("Timers can be at most 24 hours long.")
        with self._lock:
            name = name.strip().lower() or self._free_name()
            if name in self._timers:
                raise SkillError(f"There is already a {name} timer.")
            self._timers[name] = timer = Timer(name, seconds, message=message, claim=claim, on_cancel=on_cancel,
                                                 when=when)
            self._schedule(timer, seconds)
        return SkillResult(f"OK, {_label(name)} for {describe(seconds)}.", {"name": name, "seconds": seconds})

    def list(self, name: str = "", at: bool = False) -> SkillResult:
        """The timers, soonest first; `name`: that one only ("how long is left on the laundry timer"); `at`: the
        clock time each ends ("what time will it be done")."""
        now = time.monotonic()
        with self._lock:
            only = next(iter(self._timers.values())) if len(self._timers) == 1 else None
            if name and self._timers or only and (at or not only.when):   # one timer is said in a sentence (not "timer: 15
                                                                            # minutes left.")
                timer = self._timers[self._find(name)]
                paused = ", paused" if timer.paused_left is not None else ""
                said = f"The {_label(timer.name)} has {describe(timer.left(now))} left{paused}."
                if timer.when and timer.paused_left is None:   # "An alarm at 7:00 AM today, in 1 hour and 48 minutes."
                    when = timer.when()
                    said = f"{when[0].upper()}{when[1:]}, in {describe(60 * max(1, round(timer.left(now) / 60)))}."
                elif at and timer.paused_left is None:
                    said = f"The {_label(timer.name)} goes off at {_clock_in(timer.left(now))}, in {describe(timer.left(now))}."
                return SkillResult(said, [{"name": timer.name, "seconds_left": round(timer.left(now), 1),
                                           "paused": timer.paused_left is not None}])
            timers = sorted(self._timers.values(), key=lambda t: t.left(now))
        if not timers:
            return SkillResult("You have no timers or alarms.", [])
        left = [t.when() if t.when and t.paused_left is None else
                f"{_said(t.name)}: {describe(t.left(now))} left{', paused' if t.paused_left is not None else ''}"
                + (f" (at {_clock_in(t.left(now))})" if at and t.paused_left is None else "") for t in timers]
        said = "; ".join(left)
        if timers[0].when and timers[0].paused_left is None:
            said = said[0].upper() + said[1:]   # "An alarm at ..." (a timer's name is said as it is)
        return SkillResult(said + ".", [{"name": t.name, "seconds_left": round(t.left(now), 1),
                                                    "paused": t.paused_left is not None} for t in timers])

    def active(self) -> list[dict]:
        """The timers, soonest first (for a window's countdown; a paused one keeps its seconds left; an alarm's "when"
        is how the list says it)."""
        now = time.monotonic()
        with self._lock:
            timers = sorted(self._timers.values(), key=lambda t: t.left(now))
        return [{"name": t.name, "seconds": t.seconds, "seconds_left": t.left(now), "paused": t.paused_left is not None,
                 **({"when": t.when()} if t.when else {})} for t in timers]

    def cancel(self, name: str = "") -> SkillResult:
        with self._lock:
            if not self._timers:
                raise SkillError("There are no timers to cancel.")
            if name in ("all alarms", "all reminders"):   # those only, not the timers
                kind = name.split()[1][:-1]
                names = [n for n in self._timers if is_a(kind, n)]
                if not names:
                    other = "reminder" if kind == "alarm" else "alarm"
                    left = [n for n in self._timers if is_a(other, n)]
                    raise SkillError(f"There are no {kind}s to cancel." + (   # "cancel all my alarms" with a reminder set
                        f" There {'is 1 ' + other if len(left) == 1 else f'are {len(left)} {other}s'}: say \"cancel all my "
                        f"{other}s\" to cancel {'it' if len(left) == 1 else 'them'}." if left else ""))
            else:
                names = list(self._timers) if name == "all" else [self._find(name)]
            gone = [self._timers.pop(n) for n in names]
            for timer in gone:
                timer.handle.cancel()
        for timer in gone:
            if timer.on_cancel:
                timer.on_cancel()
        if len(names) > 2:   # "Cancelled the timer and the timer 2 and the timer 3 and ..." (eight of them)
            return SkillResult(f"Cancelled all {len(names)}: {', '.join(_label(n) for n in names[:-1])} and "
                               f"{_label(names[-1])}.", names)
        return SkillResult(f"Cancelled the {' and the '.join(_label(n) for n in names)}.", names)

    def add(self, seconds: float, name: str = "") -> SkillResult:
        """More time on a timer ("add 5 minutes to the pasta timer")."""
        if seconds <= 0:
            raise SkillError("Say how much time to add, for example five minutes.")
        with self._lock:
            if not self._timers:
                raise SkillError("There's no timer to add time to.")
            timer = self._timers[self._find(name)]
            now = time.monotonic()
            left = timer.left(now) + seconds
            if left > MAX_SECONDS:
                raise SkillError("Timers can be at most 24 hours long.")
            timer.seconds += seconds
            if timer.paused_left is not None:
                timer.paused_left = left
            else:
                timer.handle.cancel()
                self._schedule(timer, left)
        said = "It's paused with" if timer.paused_left is not None else "It has"
        return SkillResult(f"OK, {describe(seconds)} more on the {_label(timer.name)}. {said} {describe(left)} left.",
                           {"name": timer.name, "seconds_left": left})

    def change(self, seconds: float, name: str = "") -> SkillResult:
        """A new length for a timer, from now ("make it 5 minutes" right after a 3-minute timer)."""
        if seconds <= 0 or seconds > MAX_SECONDS:
            raise SkillError("A timer needs a length above zero and at most 24 hours.")
        with self._lock:
            if not self._timers:
                raise SkillError("There's no timer to change.")
            timer = self._timers[self._find(name)]
            timer.seconds = seconds
            if timer.paused_left is not None:
                timer.paused_left = seconds
            else:
                timer.handle.cancel()
                self._schedule(timer, seconds)
        return SkillResult(f"OK, the {_label(timer.name)} is now {describe(seconds)}.", {"name": timer.name, "seconds": seconds})

    def rename(self, new: str, name: str = "") -> SkillResult:
        """A new name for a timer ("rename the laundry timer to dryer", "call it pasta instead")."""
        new = re.sub(r"^(?:the|a|my) | timer$", "", new.strip().lower()).strip()
        if not new or new in ("timer", "alarm"):
            raise SkillError("What should the timer be called?")
        with self._lock:
            if not self._timers:
                raise SkillError("There's no timer to rename.")
            old = self._find(name)
            timer = self._timers[old]
            if timer.when is not None:
                raise SkillError("An alarm is called by its time. Cancel it and set a new one to change it.")
            if new in self._timers and new != old:
                raise SkillError(f"There is already a {_label(new)}.")
            timer.name = new
            self._timers[new] = self._timers.pop(old)
        return SkillResult(f"OK, the {_label(old)} is now the {_label(new)}.", {"name": new, "was": old})

    def pause(self, name: str = "") -> SkillResult:
        with self._lock:
            if not self._timers:
                raise SkillError("There's no timer to pause.")
            timer = self._timers[self._find(name)]
            if timer.paused_left is None:
                timer.handle.cancel()
                timer.paused_left = timer.left(time.monotonic())
                said = f"Paused the {_label(timer.name)} with {describe(timer.paused_left)} left."
            else:
                said = f"The {_label(timer.name)} is already paused, with {describe(timer.paused_left)} left."
        return SkillResult(said + " Say \"resume the timer\" to go on.", {"name": timer.name, "seconds_left": timer.paused_left})

    def resume(self, name: str = "") -> SkillResult:
        with self._lock:
            paused = [n for n, t in self._timers.items() if t.paused_left is not None]
            if not paused:
                raise SkillError("No timer is paused." if self._timers else "There's no timer to resume.")
            timer = self._timers[self._find(name, among=paused if not name else None)]
            if timer.paused_left is None:
                raise SkillError(f"The {_label(timer.name)} is running, not paused.")
            left, timer.paused_left = timer.paused_left, None
            self._schedule(timer, left)
        return SkillResult(f"The {_label(timer.name)} goes on: {describe(left)} left.", {"name": timer.name, "seconds_left": left})

    def snooze(self, seconds: float = 300) -> SkillResult:
        """The timer or alarm that rang last, again in `seconds` ("snooze"), when it rang in the last half hour."""
        with self._lock:
            rung, self._rung = self._rung, None
        if rung is None or time.monotonic() - rung[1] > SNOOZE_WITHIN_S:
            raise SkillError("Nothing has rung lately to snooze.")
        timer = rung[0]
        with self._lock:
            taken = timer.name in self._timers   # a repeating alarm is already set for its next time
        self.start(seconds, f"snoozed {timer.name}" if taken else timer.name, timer.message)
        return SkillResult(f"OK, the {_label(timer.name)} will ring again in {describe(seconds)}.",
                           {"name": timer.name, "seconds": seconds})

    def _find(self, name: str, among: list[str] | None = None) -> str:
        """The one timer `name` means (the lock held): "" for the only one, "alarm" for the one alarm ("7:30 am
        alarm"), "pasta" for the pasta timer; else a SkillError that asks which."""
        names = among if among is not None else list(self._timers)
        name = name.strip().lower()
        if name == "":
            if len(names) > 1:
                raise SkillError("Which timer? " + ", ".join(sorted(names)) + ".")
            return names[0]
        if name in self._timers:
            return name
        nth = _ORDINALS.get(name)   # "the second timer": the unnamed "timer 2" ("There is no second timer.")
        if nth is not None and (f"timer {nth}" if nth > 1 else "timer") in names:
            return f"timer {nth}" if nth > 1 else "timer"
        kind = [n for n in names if n.endswith(" " + name) or n.startswith(name + " ")] or \
            [n for n in names if n.rstrip("s") == name.rstrip("s")]   # "the egg timer" for the eggs one
        if len(kind) != 1:
            raise SkillError(f"There is no {_label(name)}." if not kind else "Which one? " + ", ".join(sorted(kind)) + ".")
        return kind[0]

    def drop(self, name: str) -> None:
        """Take a timer away without a word (an alarm cancelled or rung by another process)."""
        with self._lock:
            timer = self._timers.pop(name, None)
        if timer is not None:
            timer.handle.cancel()

    def _schedule(self, timer: Timer, seconds: float) -> None:
        """(Re)start `timer`'s countdown with `seconds` left (the lock held)."""
        timer.ends_at = time.monotonic() + seconds
        timer.handle = threading.Timer(seconds, self._ring, args=(timer,))
        timer.handle.daemon = True
        timer.handle.start()

    def _free_name(self) -> str:
        n = 2   # "timer", then "timer 2"
        while f"timer {n}" in self._timers:
            n += 1
        return "timer" if not self._timers else f"timer {n}"

    def _ring(self, timer: Timer) -> None:
        with self._lock:
            if self._timers.get(timer.name) is not timer or timer.paused_left is not None \
                    or timer.ends_at > time.monotonic() + 0.05:
                return   # cancelled, paused or given more time while this countdown ended
            del self._timers[timer.name]
        if timer.claim is not None and not timer.claim():
            return   # rung by another process, or cancelled there
        with self._lock:
            self._rung = (timer, time.monotonic())
        self.on_alert(timer.name, timer.message or f"Your {_label(timer.name)} is done.")


def _clock_in(seconds: float) -> str:
    """The clock time `seconds` from now, as alarms say it: "1:52 AM"."""
    import datetime as dt

    from assistant.skills.alarms import clock_said   # (alarms imports this module)

    return clock_said(dt.datetime.now() + dt.timedelta(seconds=seconds))


def _said(name: str) -> str:
    """A timer's name as said back: a reminder's in the person's words turned ("reminder to take your vitamins")."""
    return to_you(name) if name.startswith("reminder") else name


def _label(name: str) -> str:
    """'tea' -> 'tea timer'; the names given to unnamed timers ('timer', 'timer 2'), alarms ('7:30 AM alarm')
    and reminders ('reminder to call mom') are said as they are."""
    return _said(name) if re.fullmatch(r"timer( \d+)?|(.* )?alarm|reminder( .*)?", name) else f"{name} timer"


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
        Skill("timer_list", "List the running timers (or say how long one has left).",
              {"name": Param(str, required=False), "at": Param(bool, required=False)},
              lambda name="", at=False: timers.list(name, at)),
        Skill("timer_cancel", "Cancel a timer by name, or all.", {"name": Param(str, required=False)},
              lambda name="": timers.cancel(name), changes=True),
        Skill("timer_add", "Add time to a running timer.", {"seconds": Param(float), "name": Param(str, required=False)},
              lambda seconds, name="": timers.add(seconds, name), for_model=False, changes=True),
        Skill("timer_change", "Give a timer a new length, from now.", {"seconds": Param(float), "name": Param(str, required=False)},
              lambda seconds, name="": timers.change(seconds, name), for_model=False, changes=True),
        Skill("timer_rename", "Give a timer a new name.", {"new": Param(str), "name": Param(str, required=False)},
              lambda new, name="": timers.rename(new, name), for_model=False, changes=True),
        Skill("timer_pause", "Pause a timer.", {"name": Param(str, required=False)},
              lambda name="": timers.pause(name), for_model=False, changes=True),
        Skill("timer_resume", "Resume a paused timer.", {"name": Param(str, required=False)},
              lambda name="": timers.resume(name), for_model=False, changes=True),
        Skill("timer_snooze", "Ring the timer or alarm that just rang again later.", {"seconds": Param(float, required=False)},
              lambda seconds=300.0: timers.snooze(seconds), for_model=False, changes=True),
        Skill("timers_start", "Start several timers at once: names and lengths in seconds, comma-separated.",
              {"names": Param(str), "lengths": Param(str)}, _start_several(timers), for_model=False, changes=True),
    ]


def _start_several(timers: Timers) -> Callable[..., SkillResult]:
    def start(names: str, lengths: str) -> SkillResult:
        pairs = list(zip([n.strip() for n in names.split(",")], [float(x) for x in lengths.split(",")]))
        if len(pairs) < 2:
            raise SkillError("How long should the timers be?")
        started = [timers.start(seconds, name) for name, seconds in pairs]
        said = [f"{_label(r.data['name'])} for {describe(r.data['seconds'])}" for r in started]
        return SkillResult("OK, " + " and ".join(said) + ".", [r.data for r in started])
    return start


def is_a(kind: str, name: str) -> bool:
    """Whether the timer `name` is an alarm ("7:00 am alarm") or a reminder ("reminder to call mom")."""
    return name.endswith(" alarm") if kind == "alarm" else name.startswith("reminder")
