"""Exact and near duplicates between requests, by code: normalised text (case, punctuation, spaces,
fillers), word-set (Jaccard) and word-pair (bigram Jaccard) similarity. Used to keep the training
requests distinct from one another and from both evaluation splits.

Two requests are near duplicates when they are that similar and every word in which they differ is a
function word ("What time is it now?" / "What time is it right now?"). A differing number or content
word makes another question ("capital of Peru" / "capital of Chile", "12 apples" / "15 apples"); that
templated requests never cross between training and evaluation is ensured by disjoint entities and
templates (assets/distill/eval/make_splits.py), and checked by tests/distill/test_splits.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD_SET_LIMIT = 0.8    # this share of shared words (or more) is a near duplicate...
WORD_PAIR_LIMIT = 0.6   # ...and so is this share of shared adjacent word pairs
_FILLER = {"please", "hey", "ok", "okay", "so", "um", "uh", "can", "you", "could", "would", "tell", "me"}
FUNCTION_WORDS = set("""a an the is are was were be been am do does did of in on at to for from by with about
into as and or but if then than that this these those it its what which who whom whose when where why how
i my we our your he she they them his her their there here some any all just really actually now right
please very much many more most also too up down out over again once only own same so such not no
city exactly currently today""".split())


# Words any request of a kind may share without being about the same thing ("best way", "steps")
_GENERIC = {"best", "way", "ways", "steps", "tips", "easiest", "quickest", "properly", "make", "get", "good",
            "should", "need", "help", "keep", "use", "using", "something", "things", "thing", "without", "before",
            "after", "better", "new", "clean"}


def content_words(text: str) -> set[str]:
    """The words that say what a request is about (not function words, fillers or how-to boilerplate)."""
    return _words(normalise(text)) - FUNCTION_WORDS - _GENERIC


def same_subject(a: str, b: str, shared: int = 2) -> bool:
    """Stricter than `Index.find`: two requests about the same thing ("How do I cook a bowl of rice?" /
    "How do I cook rice?": 0.6 word-set similarity misses it) share `shared` content words or more."""
    return len(content_words(a) & content_words(b)) >= shared


def normalise(text: str) -> str:
    text = text.lower().replace("’", "'").replace("what's", "what is")
    text = re.sub(r"[^\w\s']", " ", text)
    return " ".join(w for w in text.split() if w not in _FILLER)


def _words(norm: str) -> set[str]:
    return set(norm.split())


def _pairs(norm: str) -> set[tuple[str, str]]:
    w = norm.split()
    return set(zip(w, w[1:]))


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


@dataclass(frozen=True)
class Match:
    kind: str          # exact | word-set | word-pair
    other: str         # the request it duplicates
    similarity: float


class Index:
    """Requests seen so far; `find` says whether a new one duplicates any of them."""

    def __init__(self, texts=()) -> None:
        self._exact: dict[str, str] = {}
        self._items: list[tuple[str, set, set]] = []
        self._by_word: dict[str, list[int]] = {}
        for t in texts:
            self.add(t)

    def add(self, text: str) -> None:
        norm = normalise(text)
        self._exact.setdefault(norm, text)
        k = len(self._items)
        self._items.append((text, _words(norm), _pairs(norm)))
        for w in _words(norm):
            self._by_word.setdefault(w, []).append(k)

    def find(self, text: str) -> Match | None:
        norm = normalise(text)
        if norm in self._exact:
            return Match("exact", self._exact[norm], 1.0)
        words, pairs = _words(norm), _pairs(norm)
        rare = sorted(words, key=lambda w: len(self._by_word.get(w, ())))[:3]
        candidates = {k for w in rare for k in self._by_word.get(w, ())}
        best = None
        for k in candidates:
            other, ow, op = self._items[k]
            if (words ^ ow) - FUNCTION_WORDS:
                continue  # they differ in a number or a content word: another question
            ws, ps = _jaccard(words, ow), _jaccard(pairs, op)
            if ws >= WORD_SET_LIMIT and (best is None or ws > best.similarity):
                best = Match("word-set", other, round(ws, 3))
            elif ps >= WORD_PAIR_LIMIT and len(pairs) >= 3 and (best is None or ps > best.similarity):
                best = Match("word-pair", other, round(ps, 3))
        return best
