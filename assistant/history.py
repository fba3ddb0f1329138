"""Conversations stored in SQLite in the user's data directory. Every turn is committed as it ends,
so a crash or kill in the middle of a turn loses no earlier turn. Export as Markdown or JSON."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from assistant import paths

_SCHEMA = """
CREATE TABLE IF NOT EXISTS turns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    tool_calls TEXT NOT NULL DEFAULT '[]',
    interrupted INTEGER NOT NULL DEFAULT 0
);
"""


@dataclass(frozen=True)
class StoredTurn:
    at: float
    question: str
    answer: str
    tool_calls: list
    interrupted: bool


LOCK_WAIT_S = 0.5  # another process holding the database: wait this long, then go on without it


class HistoryStore:
    """`notice` says (once, for the window to show) when the file was unreadable and moved aside, or
    when a turn could not be saved because another process held the database."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / "history.sqlite3"
        paths.make_private_dir(self.path.parent)
        self._lock = threading.Lock()
        self.notice = ""
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as exc:  # not a database, or damaged: keep it, start a new one
            aside = paths.move_aside(self.path, ("", "-wal", "-shm"))
            if aside is None:
                raise
            self.notice = (f"The conversation history could not be read ({exc}); it was kept as {aside.name} "
                           "and a new history was started.")
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        if not self.path.exists():
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))  # private before SQLite writes to it
        db = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None, timeout=LOCK_WAIT_S)
        try:
            db.execute("PRAGMA journal_mode=WAL")  # readers never block the writer; crash-safe
            db.executescript(_SCHEMA)
            db.execute("SELECT count(*) FROM turns").fetchone()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                db.close()
                raise sqlite3.DatabaseError(str(exc)) from exc
            self.notice = "Another program is using the conversation history; this session's turns may not be saved."
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def add(self, question: str, answer: str, tool_calls: list | None = None, interrupted: bool = False) -> None:
        with self._lock:
            try:
                self._db.execute("INSERT INTO turns (at, question, answer, tool_calls, interrupted) VALUES (?, ?, ?, ?, ?)",
                                 (time.time(), question, answer, json.dumps(tool_calls or [], default=str),
                                  int(interrupted)))
            except sqlite3.OperationalError as exc:  # locked by another process, disk full, read-only
                self.notice = f"This turn could not be added to the history ({exc})."

    def turns(self, limit: int | None = None) -> list[StoredTurn]:
        query = "SELECT at, question, answer, tool_calls, interrupted FROM turns ORDER BY id"
        with self._lock:
            try:
                rows = self._db.execute(query).fetchall()
            except sqlite3.DatabaseError as exc:
                self.notice = f"The conversation history could not be read ({exc})."
                return []
        rows = rows[-limit:] if limit else rows
        return [StoredTurn(at, q, a, json.loads(t), bool(i)) for at, q, a, t, i in rows]

    def clear(self) -> None:
        with self._lock:
            try:
                self._db.execute("DELETE FROM turns")
            except sqlite3.OperationalError as exc:
                self.notice = f"The history could not be cleared ({exc})."

    def export_markdown(self) -> str:
        lines = ["# Conversation", ""]
        for t in self.turns():
            stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(t.at))
            lines += [f"**You** ({stamp}): {t.question}", "", f"**Assistant**: {t.answer}"
                      + (" *(interrupted)*" if t.interrupted else ""), ""]
        return "\n".join(lines)

    def export_json(self) -> str:
        return json.dumps([t.__dict__ for t in self.turns()], indent=2, ensure_ascii=False)

    def close(self) -> None:
        self._db.close()
