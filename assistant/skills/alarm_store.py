"""Alarms and reminders kept on disk (`alarms.json` in the app's data folder), so that they outlive the app
and ring where the app is running: one set by `assistant ask --text "remind me at 5 pm to call mom"` (a
process that ends at once) rings in the open window, and one due while the app was closed is said when it
starts again. Several processes share the file under a lock; the one that takes an alarm off the file when
it is due is the one that rings it, so it rings once.

A record: {"id", "name" (as the timers list says it: "7:00 am alarm", "reminder to call mom"), "at" (ISO
time with its offset), "repeat" ("" once, "daily", "weekdays", "weekends", or a weekday's name), "message"
(said when it rings), "about" (a reminder's what)}."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

from assistant.paths import file_lock, move_aside, write_private

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
REPEATS = ("daily", "weekdays", "weekends", *WEEKDAYS)


def repeat_said(repeat: str) -> str:
    """"every day", "every weekday", "every Monday"."""
    return {"daily": "every day", "weekdays": "every weekday", "weekends": "every weekend day"}.get(
        repeat, f"every {repeat.capitalize()}")


def rings_on(repeat: str, day: dt.date) -> bool:
    weekday = day.weekday()
    if repeat in ("daily", "weekdays", "weekends"):
        return repeat == "daily" or (weekday < 5) == (repeat == "weekdays")
    return repeat == WEEKDAYS[weekday]


def next_ring(first: dt.datetime, repeat: str, after: dt.datetime) -> dt.datetime:
    """The first time at `first`'s clock time, later than `after`, on a day `repeat` rings on (`first` itself
    when it is later and rings on its day)."""
    t = first
    if t <= after:
        t = after.replace(hour=first.hour, minute=first.minute, second=first.second, microsecond=0)
        if t <= after:
            t += dt.timedelta(days=1)
    for _ in range(8):
        if rings_on(repeat, t.date()):
            return t
        t += dt.timedelta(days=1)
    raise ValueError(f"no day for {repeat!r}")


def new_record(name: str, at: dt.datetime, repeat: str = "", message: str = "", about: str = "") -> dict:
    return {"id": uuid.uuid4().hex[:12], "name": name, "at": at.isoformat(timespec="seconds"), "repeat": repeat,
            "message": message, "about": about}


class AlarmStore:
    """The file, read and changed whole under an exclusive lock (paths.file_lock)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem = ""   # said once: the file could not be read and was moved aside

    def _read(self) -> list[dict]:
        if not self.path.exists():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            records = data["alarms"]
            for r in records:
                dt.datetime.fromisoformat(r["at"])
                if r.get("repeat", "") not in ("", *REPEATS) or not isinstance(r["name"], str):
                    raise ValueError(r)
            return records
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            aside = move_aside(self.path)
            self.problem = (f"Your alarms file could not be read, so I put it aside as {aside.name if aside else 'a copy'} "
                            f"in {self.path.parent} and started a new one. ")
            return []

    def _write(self, records: list[dict]) -> None:
        write_private(self.path, json.dumps({"version": 1, "alarms": records}, indent=1, ensure_ascii=False))

    def records(self) -> list[dict]:
        if not self.path.exists():
            return []   # (no lock file made where no alarm was ever set)
        with file_lock(self.path):
            return self._read()

    def add(self, record: dict) -> None:
        with file_lock(self.path):
            self._write(self._read() + [record])

    def remove(self, record_id: str) -> None:
        with file_lock(self.path):
            records = self._read()
            kept = [r for r in records if r["id"] != record_id]
            if len(kept) != len(records):
                self._write(kept)

    def take(self, record_id: str, at: str, now: dt.datetime) -> dict | None:
        """The record, when it is still on file for that time: a once-only one comes off the file, a repeating one
        moves on to its next time (and is returned so). None when another process took it (or it was cancelled
        or moved)."""
        with file_lock(self.path):
            records = self._read()
            record = next((r for r in records if r["id"] == record_id and r["at"] == at), None)
            if record is None:
                return None
            if record.get("repeat"):
                due = dt.datetime.fromisoformat(record["at"])
                following = next_ring(due, record["repeat"], max(now, due) + dt.timedelta(seconds=1))
                moved = dict(record, at=following.isoformat(timespec="seconds"))
                self._write([moved if r is record else r for r in records])
                return moved
            self._write([r for r in records if r is not record])
            return record
