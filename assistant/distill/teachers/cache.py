"""A persistent cache of teacher completions keyed by the request: a rerun (after an interruption, a
timeout, or with more prompts) asks the teacher only for what it has not answered yet."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from pathlib import Path

from assistant.distill.teachers.base import Request, as_dicts


def request_key(endpoint: str, model: str, request: Request) -> str:
    payload = json.dumps({"endpoint": endpoint, "model": model, "messages": as_dicts(request.messages),
                          "temperature": request.temperature, "max_tokens": request.max_tokens,
                          "sample": request.sample, "stop": list(request.stop)}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


class CompletionCache:
    def __init__(self, path: Path | None) -> None:
        self._lock = threading.Lock()
        self._db = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path), check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS completions (key TEXT PRIMARY KEY, text TEXT, created REAL)")
            self._db.commit()
        self._memory: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        with self._lock:
            if key in self._memory:
                return self._memory[key]
            if self._db is None:
                return None
            row = self._db.execute("SELECT text FROM completions WHERE key = ?", (key,)).fetchone()
            return row[0] if row else None

    def put(self, key: str, text: str) -> None:
        with self._lock:
            self._memory[key] = text
            if self._db is not None:
                self._db.execute("INSERT OR REPLACE INTO completions VALUES (?, ?, ?)", (key, text, time.time()))
                self._db.commit()

    def __len__(self) -> int:
        with self._lock:
            if self._db is None:
                return len(self._memory)
            return self._db.execute("SELECT COUNT(*) FROM completions").fetchone()[0]
