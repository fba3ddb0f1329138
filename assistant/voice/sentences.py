"""Split a streaming answer into sentences, so the first one can be spoken while the rest is generated."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "e.g", "i.e", "approx", "no",
    "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m",
}
_END = re.compile(r"[.!?…]+[\"')\]]*(?=\s)|\n+")
# Where a first sentence may be cut before it ends, so the voice starts sooner: after a comma (or ; -)
# once a dozen characters are said, or before a word that opens a clause once four words are said.
# Not after a colon: what follows one belongs to it ("You have two timers: pasta, ..." rendered in two
# pieces was heard by Whisper as "You have two timers." in 2 of 2 passes, bench.voice --streamed).
_CLAUSE_MARK = re.compile(r"[,;](?=\s)|\s-(?=\s)")
_CLAUSE_WORD = re.compile(r"\s(?=(?:because|but|which|while|although|though|since|when|where|unless|until|whereas)\s)",
                          re.I)


@dataclass
class SentenceSplitter:
    """Feed text pieces with `feed`; it returns the sentences completed so far. `flush` returns the rest.

    A sentence ends at . ! ? or a newline followed by white space, except after a known abbreviation,
    a single capital (an initial) or inside a number ("3.5"). Sentences shorter than `min_chars` are
    joined with the next so the voice does not stutter over fragments like "Sure."."""

    min_chars: int = 12
    first_words: int = 4   # the first clause, cut before "because"/"which"..., has at least this many words
    _buffer: str = field(default="", repr=False)
    _emitted: bool = field(default=False, repr=False)

    def feed(self, text: str) -> list[str]:
        self._buffer += text
        out: list[str] = []
        start = 0
        for match in _END.finditer(self._buffer):
            end = match.end()
            candidate = self._buffer[start:end].strip()
            if not candidate or self._is_abbreviation(self._buffer[start:match.start() + 1]):
                continue
            if len(candidate) < self.min_chars and not match.group().startswith("\n"):
                continue
            out.append(candidate)
            start = end
        self._buffer = self._buffer[start:]
        if not out and not self._emitted:
            # The voice should start soon: say the first clause instead of waiting for the full stop.
            cut = self._first_clause_end()
            if cut:
                out.append(self._buffer[:cut].strip())
                self._buffer = self._buffer[cut:]
        self._emitted = self._emitted or bool(out)
        return out

    def _first_clause_end(self) -> int:
        """Where the buffer's first clause ends (0: not yet): after a clause mark once `min_chars` are said,
        or before a clause-opening word once `first_words` words are; never inside quotes."""
        text = self._buffer
        for match in sorted([*_CLAUSE_MARK.finditer(text), *_CLAUSE_WORD.finditer(text)], key=lambda m: m.start()):
            head = text[:match.end() if match.re is _CLAUSE_MARK else match.start()]
            long_enough = (len(head.strip()) >= self.min_chars if match.re is _CLAUSE_MARK
                           else len(head.split()) >= self.first_words)
            if long_enough and head.count('"') % 2 == 0:
                return len(head)
        return 0

    def flush(self) -> list[str]:
        rest = self._buffer.strip()
        self._buffer = ""
        return [rest] if rest else []

    @staticmethod
    def _is_abbreviation(text: str) -> bool:
        if not text.endswith("."):
            return False
        words = text[:-1].split()
        if not words:
            return False
        last = words[-1].lower().lstrip("(\"'")
        return last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha() and words[-1].isupper())


def split_sentences(text: str, min_chars: int = 12) -> list[str]:
    splitter = SentenceSplitter(min_chars=min_chars)
    return splitter.feed(text + " ") + splitter.flush()


def first_sentence(text: str, ended: bool = False) -> str | None:
    """A streaming answer's first sentence (or first clause) once it is complete in `text`; `ended`: the
    answer is whole, so its last words count as complete too."""
    splitter = SentenceSplitter()
    done = splitter.feed(text) + (splitter.flush() if ended else [])
    return done[0] if done else None


def has_first_sentence(text: str) -> bool:
    """Whether a streaming answer's first sentence (or first clause) is complete in `text`."""
    return first_sentence(text) is not None
