"""Stop strings on a token stream: text that might be the start of a stop string is held back
until it is known not to be one, so a stop string is never half-shown."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class StopStringFilter:
    stops: tuple[str, ...]
    stopped: bool = False
    _held: str = field(default="", repr=False)

    def feed(self, text: str) -> str:
        """Return the text that can be shown now; set `stopped` when a stop string appeared."""
        if self.stopped:
            return ""
        self._held += text
        cut = min((i for i in (self._held.find(s) for s in self.stops if s) if i >= 0), default=-1)
        if cut >= 0:
            self.stopped = True
            out, self._held = self._held[:cut], ""
            return out
        keep = 0
        for stop in self.stops:
            for n in range(min(len(stop) - 1, len(self._held)), 0, -1):
                if self._held.endswith(stop[:n]):
                    keep = max(keep, n)
                    break
        out = self._held[: len(self._held) - keep]
        self._held = self._held[len(self._held) - keep:]
        return out

    def flush(self) -> str:
        out, self._held = ("" if self.stopped else self._held), ""
        return out


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


@dataclass
class RepeatFilter:
    """Ends an answer that starts saying again a sentence (or a clause ended by ";") it already said: small models
    loop ("I'm all about a chat! I'm all about a chat! ...", "Happy; happy; happy; ..."), and a voice assistant
    must not. A sentence is held back only while it
    could still be a repeat (it is the start of an earlier sentence), so a normal answer streams as before."""
    stopped: bool = False
    _said: set = field(default_factory=set, repr=False)
    _sentence: str = field(default="", repr=False)   # the sentence in progress
    _shown: int = field(default=0, repr=False)       # how much of it was let through

    def feed(self, text: str) -> str:
        if self.stopped:
            return ""
        self._sentence += text
        out = ""
        while (end := _SENTENCE_END.search(self._sentence)) is not None:
            sentence = _norm(self._sentence[:end.end()])
            if self._shown == 0 and sentence in self._said:
                self.stopped, self._sentence = True, ""
                return out
            self._said.add(sentence)
            out += self._sentence[self._shown:end.end()]
            self._sentence, self._shown = self._sentence[end.end():], max(0, self._shown - end.end())
        if self._shown or not any(s.startswith(_norm(self._sentence)) for s in self._said):
            out += self._sentence[self._shown:]
            self._shown = len(self._sentence)
        return out

    def flush(self) -> str:
        rest, shown, self._sentence, self._shown = self._sentence, self._shown, "", 0
        if self.stopped or (shown == 0 and _norm(rest) in self._said):
            return ""
        return rest[shown:]


_SENTENCE_END = re.compile(r"[.!?;]+(?=\s)")   # (";": "Happy; happy; happy; ..." for a synonym of happy)
