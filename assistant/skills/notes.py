"""Notes: "remember that...", "what did I ask you to remember", "forget...". Stored as JSON in the
user's data directory, written atomically."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from assistant import paths
from assistant.skills.base import Param, Skill, SkillError, SkillResult


class Notes:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / "notes.json"
        self._lock = threading.Lock()

    def _load(self) -> list[str]:
        try:
            data = json.loads(self.path.read_text())
            return [str(n) for n in data] if isinstance(data, list) else []
        except (OSError, ValueError):
            return []

    def _save(self, notes: list[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(notes, indent=1))
        tmp.replace(self.path)

    def remember(self, text: str) -> SkillResult:
        text = text.strip().rstrip(".")
        if not text:
            raise SkillError("What should I remember?")
        with self._lock:
            notes = self._load() + [text]
            self._save(notes)
        return SkillResult(f"OK, I'll remember that {text}.", {"saved": text, "count": len(notes)})

    def recall(self) -> SkillResult:
        notes = self._load()
        if not notes:
            return SkillResult("You haven't asked me to remember anything.", [])
        return SkillResult("You asked me to remember: " + "; ".join(notes) + ".", notes)

    def forget(self, text: str = "") -> SkillResult:
        with self._lock:
            notes = self._load()
            if not notes:
                raise SkillError("There is nothing to forget.")
            if text.strip() in ("", "all", "everything"):
                self._save([])
                return SkillResult("I've forgotten everything you asked me to remember.", {"removed": notes})
            kept = [n for n in notes if not _mentions(n, text)]
            if len(kept) == len(notes):
                raise SkillError(f"I have no note about {text.strip()}.")
            self._save(kept)
        return SkillResult(f"Forgotten {len(notes) - len(kept)} note{'s' if len(notes) - len(kept) > 1 else ''}.",
                           {"removed": [n for n in notes if n not in kept]})


def skills(notes: Notes) -> list[Skill]:
    return [
        Skill("note_remember", "Remember a note.", {"text": Param(str)}, lambda text: notes.remember(text)),
        Skill("note_recall", "Say the saved notes.", {}, lambda: notes.recall()),
        Skill("note_forget", "Forget notes about a topic, or all.", {"text": Param(str, required=False)},
              lambda text="": notes.forget(text)),
    ]


_STOP = {"the", "a", "an", "that", "my", "i", "to", "about", "on", "in", "of", "and", "it", "me", "is", "was"}


def _stems(text: str) -> set[str]:
    return {w[:4] for w in text.lower().replace(".", " ").split() if w not in _STOP and len(w) >= 3}


def _mentions(note: str, topic: str) -> bool:
    """'forget the parking' matches 'I parked on level B' (a shared word stem)."""
    return bool(_stems(note) & _stems(topic))
