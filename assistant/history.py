"""Conversations stored in SQLite in the user's data directory. Every turn is committed as it ends,
so a crash or kill in the middle of a turn loses no earlier turn. Export as Markdown or JSON."""

from __future__ import annotations

import json
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


class HistoryStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / "history.sqlite3"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")  # readers never block the writer; crash-safe
        self._db.executescript(_SCHEMA)

    def add(self, question: str, answer: str, tool_calls: list | None = None, interrupted: bool = False) -> None:
        with self._lock:
            self._db.execute("INSERT INTO turns (at, question, answer, tool_calls, interrupted) VALUES (?, ?, ?, ?, ?)",
                             (time.time(), question, answer, json.dumps(tool_calls or [], default=str), int(interrupted)))

    def turns(self, limit: int | None = None) -> list[StoredTurn]:
        query = "SELECT at, question, answer, tool_calls, interrupted FROM turns ORDER BY id"
        with self._lock:
            rows = self._db.execute(query).fetchall()
        rows = rows[-limit:] if limit else rows
        return [StoredTurn(at, q, a, json.loads(t), bool(i)) for at, q, a, t, i in rows]

    def clear(self) -> None:
        with self._lock:
            self._db.execute("DELETE FROM turns")

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
