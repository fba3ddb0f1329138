"""A stopwatch: start, read, stop, go on and reset ("Start a stopwatch" got "OK, stopwatch for 45 seconds."
with nothing started). One per assistant, kept in memory like the timers."""

from __future__ import annotations

import threading
import time

from assistant.skills.base import Param, Skill, SkillError, SkillResult

ACTIONS = ("start", "read", "stop", "resume", "reset")


def elapsed_words(seconds: float) -> str:
    """'8.4 seconds' under a minute (a tenth is worth saying there); '1 minute and 5 seconds' above."""
    if seconds < 60:
        tenths = round(seconds, 1)
        return f"{tenths:g} second{'' if tenths == 1 else 's'}"
    whole = int(seconds)
    parts = []
    for name, size in (("hour", 3600), ("minute", 60), ("second", 1)):
        n, whole = divmod(whole, size)
        if n:
            parts.append(f"{n} {name}{'s' if n != 1 else ''}")
    return " and ".join(parts)


class Stopwatch:
    def __init__(self, clock=time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._started: float | None = None   # when it last started running; None while stopped
        self._banked = 0.0                   # seconds counted before that
        self._used = False                   # started at least once since the last reset

    def elapsed(self) -> float:
        with self._lock:
            return self._banked + (self._clock() - self._started if self._started is not None else 0.0)

    @property
    def running(self) -> bool:
        return self._started is not None

    def act(self, action: str) -> SkillResult:
        if action not in ACTIONS:
            raise SkillError("A stopwatch can start, stop, go on, be read or be reset.")
        return getattr(self, "_" + action)()

    def _start(self) -> SkillResult:
        if self.running:
            return self._said("already", f"The stopwatch is already running: {elapsed_words(self.elapsed())}.")
        with self._lock:
            self._banked, self._started, self._used = 0.0, self._clock(), True
        return self._said("started", "Stopwatch started.")

    def _read(self) -> SkillResult:
        if not self._used:
            raise SkillError("The stopwatch isn't running. Say \"start a stopwatch\" to start it.")
        words = elapsed_words(self.elapsed())
        return self._said("read", words[0].upper() + words[1:] + ("." if self.running else ", stopped."))

    def _stop(self) -> SkillResult:
        if not self.running:
            if not self._used:
                raise SkillError("The stopwatch isn't running.")
            return self._said("stopped", f"The stopwatch is already stopped at {elapsed_words(self.elapsed())}.")
        with self._lock:
            self._banked += self._clock() - self._started
            self._started = None
        return self._said("stopped", f"Stopped at {elapsed_words(self._banked)}.")

    def _resume(self) -> SkillResult:
        if self.running:
            return self._said("already", f"The stopwatch is running: {elapsed_words(self.elapsed())}.")
        if not self._used:
            return self._start()
        with self._lock:
            self._started = self._clock()
        return self._said("resumed", f"Going on from {elapsed_words(self._banked)}.")

    def _reset(self) -> SkillResult:
        with self._lock:
            self._banked, self._started, self._used = 0.0, None, False
        return self._said("reset", "The stopwatch is reset.")

    def _said(self, state: str, speech: str) -> SkillResult:
        return SkillResult(speech, {"state": state, "seconds": round(self.elapsed(), 1), "running": self.running})


def skill(stopwatch: Stopwatch) -> Skill:
    return Skill("stopwatch", "Start, read, stop, resume or reset the stopwatch.",
                 {"action": Param(str, choices=ACTIONS)}, stopwatch.act, for_model=False, changes=True)
