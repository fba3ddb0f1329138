"""Notes: "remember that...", "what did I ask you to remember", "forget the note about...", "put it back".

Stored as a JSON list in the user's data directory. Nothing here may lose a note:
- every change is a read-modify-write under an exclusive lock on a side file (other processes too), and
  is written to a unique temporary file that replaces the notes atomically (0600, in a 0700 folder);
- a notes file that cannot be read is moved aside (notes.json.bad-<time>), never overwritten, and the
  next answer says where it went;
- what "forget" removes is kept (notes.forgotten.json) until the next forget, so "put it back" restores it;
- forgetting everything is asked first; only the spoken confirmation (a fast-path form the model is not
  offered) does it."""

from __future__ import annotations

import json
import re
import threading
from contextlib import contextmanager
from pathlib import Path

from assistant import paths
from assistant.output import valid_text
from assistant.paths import file_lock, move_aside, write_private
from assistant.skills.base import Param, Skill, SkillError, SkillResult

MAX_NOTE_CHARS = 500
CONFIRM_ALL = "yes, forget all my notes"


class Notes:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / "notes.json"
        self.trash = self.path.with_name(self.path.stem + ".forgotten.json")
        self._lock = threading.Lock()
        self._notice = ""  # said once with the next answer: a notes file was unreadable and moved aside

    # -- storage ---------------------------------------------------------------------------------------
    @contextmanager
    def _locked(self):
        """This thread and every other process that touches the notes wait for one another."""
        with self._lock, file_lock(self.path):
            yield

    def _read(self, path: Path) -> list[str]:
        if not path.exists():
            return []
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, list) or not all(isinstance(n, str) for n in data):
                raise ValueError("not a list of notes")
            return data
        except (OSError, ValueError) as exc:
            aside = move_aside(path)
            where = f"it was kept as {aside.name}" if aside else "it was left where it is"
            self._notice = (f"Your notes file could not be read ({type(exc).__name__}), so {where} in "
                            f"{path.parent} and I started a new one. ")
            return []

    def _write(self, path: Path, notes: list[str]) -> None:
        write_private(path, json.dumps(notes, indent=1, ensure_ascii=False))

    def _said(self, result: SkillResult) -> SkillResult:
        if self._notice:
            result.speech, self._notice = self._notice + result.speech, ""
        return result

    # -- what the skills do ----------------------------------------------------------------------------
    def remember(self, text: str) -> SkillResult:
        text = clean_note(text)
        if not text:
            raise SkillError("What should I remember?")
        if len(text) > MAX_NOTE_CHARS:
            raise SkillError(f"That note is too long for me; keep it under {MAX_NOTE_CHARS} characters.")
        with self._locked():
            notes = self._read(self.path) + [text]
            self._write(self.path, notes)
        # "my bike code is 4512": a statement ("that ..."); "buy milk": a thing to do, said as it is (was "OK, I'll
        # remember that buy milk.")
        # ... and a thing named alone ("the milk", from "don't forget the milk": was "remember that the milk")
        statement = re.match(r"(?:my|our|i|i'm|i've|we|it|its|it's|there|his|her|their|your)\b", text.lower()) \
            or re.search(r"\b(?:is|are|was|were|has|have|had|will|lives?|works?|comes?|goes|starts?|opens?|closes?|needs?|"
                         r"owes?)\b", text.lower())
        said = f"OK, I'll remember that {text}." if statement else f"OK, I'll remember: {text}."
        return self._said(SkillResult(said, {"saved": text, "count": len(notes)}))

    def recall(self, about: str = "") -> SkillResult:
        """The notes, or only those about a topic ("What's my locker code?": "locker code")."""
        with self._locked():
            notes = self._read(self.path)
        topic = clean_note(about)
        if topic:
            notes = _about(notes, topic)
            if not notes:
                yours = re.sub(r"^my\b", "your", topic, flags=re.I) if re.match(r"my\b", topic, re.I) else "that"
                return self._said(SkillResult(f"I have no note about {yours}.", []))
        if not notes:
            return self._said(SkillResult("You haven't asked me to remember anything.", []))
        return self._said(SkillResult("You asked me to remember: " + "; ".join(notes) + ".", notes))

    def lost(self, thing: str) -> SkillResult:
        """"I lost my keys.": the notes about them when there are any ("my keys are in the blue bowl"), else where to look."""
        with self._locked():
            notes = _about(self._read(self.path), clean_note(thing))
        if notes:
            return self._said(SkillResult("You asked me to remember: " + "; ".join(notes) + ".", notes))
        they, them = ("they are", "them") if thing.endswith("s") else ("it is", "it")
        return self._said(SkillResult(
            f"I have no note about where {they}. Retrace your steps to when you last had {them}, and check the usual "
            "spots: pockets, bags, coats, the car, under cushions and beside the bed. For a phone, ring it from another "
            "phone, or find it from a computer with Google's Find My Device or Apple's Find My.", []))

    def forget(self, text: str = "") -> SkillResult:
        """Forget the notes about a topic. "all" only asks: see forget_all."""
        topic = clean_note(text)
        with self._locked():
            notes = self._read(self.path)
            if not notes:
                raise SkillError("There is nothing to forget.")
            if topic.lower() in ("", "all", "everything"):
                n = len(notes)
                return self._said(SkillResult(
                    f"That would forget all {n} note{'s' if n > 1 else ''}. If you're sure, say: {CONFIRM_ALL}.",
                    {"removed": [], "asked": "confirm forgetting all notes"}))
            removed = _about(notes, topic)
            if not removed:
                raise SkillError(f"I have no note about {topic}.")
            self._write(self.trash, removed)
            self._write(self.path, [n for n in notes if n not in removed])
        return self._said(SkillResult(f"I forgot: {'; '.join(removed)}. Say \"put it back\" to undo.",
                                      {"removed": removed}))

    def forget_all(self) -> SkillResult:
        with self._locked():
            notes = self._read(self.path)
            if not notes:
                raise SkillError("There is nothing to forget.")
            self._write(self.trash, notes)
            self._write(self.path, [])
        n = len(notes)
        return self._said(SkillResult(f"I forgot all {n} note{'s' if n > 1 else ''}. Say \"put it back\" to undo.",
                                      {"removed": notes}))

    def unsave(self, text: str) -> SkillResult:
        """Undo a save from the window: the last note that is exactly `text` goes (to the trash, so
        "put it back" returns it); nothing else is touched."""
        with self._locked():
            notes = self._read(self.path)
            if text not in notes:
                raise SkillError("That note is no longer there.")
            k = len(notes) - 1 - notes[::-1].index(text)
            self._write(self.trash, [text])
            self._write(self.path, notes[:k] + notes[k + 1:])
        return self._said(SkillResult(f"I won't remember that {text}.", {"removed": [text]}))

    def change(self, old: str, value: str) -> SkillResult:
        """"Change it to 5512" right after "remember that the gate code is 4412" (the student said "The gate code is
        5512." and changed nothing): the note `old` (as said, in any case) now ends with `value` in place of what it said
        after "is", "at", "on"... (else it is `value`); the old one goes to the trash: "put it back" returns it."""
        value = clean_note(value)
        if not value:
            raise SkillError("What should it say now?")
        with self._locked():
            notes = self._read(self.path)
            found = [n for n in notes if n.lower() == clean_note(old).lower()]
            if not found:   # a topic ("Actually it's 24." after "What's my locker number?"): the one note about it
                found = _about(notes, clean_note(old))
                if len(found) > 1:
                    raise SkillError(f"I have {len(found)} notes about that: {'; '.join(found)}. Say which one to change.")
            if not found:
                raise SkillError("That note is no longer there.")
            head = re.match(r"(?P<h>.+?\b(?:is|are|was|were|at|on|in))\s+\S.*$", found[-1])
            new = f"{head['h']} {value}" if head else value
            k = len(notes) - 1 - notes[::-1].index(found[-1])
            self._write(self.trash, [found[-1]])
            self._write(self.path, notes[:k] + [new] + notes[k + 1:])
        return self._said(SkillResult(f"OK, I changed it: {new}.", {"removed": [found[-1]], "saved": new}))

    def notes(self) -> list[str]:
        with self._locked():
            return self._read(self.path)

    def remove(self, texts: list[str]) -> None:
        """Forget exactly these notes (to the trash: "put it back" returns them)."""
        with self._locked():
            notes = self._read(self.path)
            gone = [n for n in notes if n in texts]
            self._write(self.trash, gone)
            self._write(self.path, [n for n in notes if n not in gone])

    def restore(self) -> SkillResult:
        with self._locked():
            forgotten = self._read(self.trash)
            if not forgotten:
                raise SkillError("There is nothing I forgot that I could put back.")
            notes = self._read(self.path)
            self._write(self.path, notes + [n for n in forgotten if n not in notes])
            self.trash.unlink(missing_ok=True)
        return self._said(SkillResult(f"I put it back: {'; '.join(forgotten)}.", {"restored": forgotten}))


def skills(notes: Notes) -> list[Skill]:
    return [
        Skill("note_remember", "Remember a note.", {"text": Param(str)}, lambda text: notes.remember(text),
              changes=True),
        Skill("note_recall", "Say the saved notes (or those about a topic).", {"about": Param(str, required=False)},
              lambda about="": notes.recall(about)),
        Skill("lost_thing", "Something the person lost: the notes about it, else where to look.", {"thing": Param(str)},
              lambda thing: notes.lost(thing), for_model=False),
        Skill("note_forget", "Forget the notes about a topic (asks before forgetting all).",
              {"text": Param(str, required=False)}, lambda text="": notes.forget(text), changes=True),
        Skill("note_change", "Change the note just saved.", {"old": Param(str), "value": Param(str)},
              lambda old, value: notes.change(old, value), for_model=False, changes=True),
        # The user's own confirmation and undo: fast-path forms only, never offered to (or run for) the model.
        Skill("note_forget_all", "Forget every note (the user confirmed).", {}, lambda: notes.forget_all(),
              for_model=False, changes=True),
        Skill("note_restore", "Put back the notes forgotten last.", {}, lambda: notes.restore(), for_model=False,
              changes=True),
    ]


_SAVE = re.compile(r"\b(remember|note|notes|don't forget|do not forget|don't let me forget|remind|save|write down|jot|log|"
                   r"keep in mind|make a note|take a note)\b", re.I)


def asks_to_save(request: str) -> bool:
    """Whether the person's words ask for something to be kept: a question ("What's my locker code?") never
    saves a note, whatever the model makes of it."""
    return bool(_SAVE.search(request))


def clean_note(text: str) -> str:
    """One line of valid text: newlines and runs of spaces become one space (a note is said and
    confirmed whole), characters that cannot be stored as UTF-8 (lone surrogates) become U+FFFD."""
    return re.sub(r"\s+", " ", valid_text(text)).strip().rstrip(".").strip()


_STOP = {"the", "a", "an", "that", "my", "i", "to", "about", "on", "in", "of", "and", "it", "me", "is", "was",
         "note", "notes"}


def _stems(text: str) -> set[str]:
    return {w[:4] for w in re.findall(r"[\w']+", text.lower()) if w not in _STOP and len(w) >= 3}


def _about(notes: list[str], topic: str) -> list[str]:
    """The notes that mention the topic, in their order."""
    return [n for n in notes if _mentions(n, topic)]


def _mentions(note: str, topic: str) -> bool:
    """'forget the parking' matches 'I parked on level B' (a shared word stem)."""
    return bool(_stems(note) & _stems(topic))
