"""A word used in a sentence ("Use ubiquitous in a sentence."; the student: "Serefidence is a quality of being free from
anxiety or uncertainty."): an example WordNet's glosses give with the word in it, the word's own senses' first; when
WordNet has none, its meaning, and that the dictionary has no example (an invented sentence would be the model's
guess again)."""

from __future__ import annotations

import functools
import re

from assistant.skills import dictionary
from assistant.skills.base import Param, Skill, SkillError, SkillResult

_ASKED = re.compile(r"(?:please )?(?:can you |could you )?(?:use|put) (?:the word )?(?P<a>[a-z' -]+?) in a sentence|"
                    r"(?:give me |what is |what's |tell me |make )?(?:an |a )?(?:example )?sentence (?:with|using|for|containing|"
                    r"that uses) (?:the word )?(?P<b>[a-z' -]+?)|"
                    r"how (?:do|would|can|should) (?:i|you|we) use (?:the word )?(?P<c>[a-z' -]+?)(?: in a sentence)?|"
                    r"(?:give me |what is |what's )?an example of (?:the word )?(?P<d>[a-z' -]+?) (?:in|used in) a sentence")


def asked(text: str) -> str | None:
    """The word in "use X in a sentence", "a sentence with X" (cleaned text) when the dictionary has it, or None."""
    m = _ASKED.fullmatch(text.rstrip("?.! "))
    if not m:
        return None
    word = (m["a"] or m["b"] or m["c"] or m["d"]).strip()
    if word in ("it", "that", "this", "them", "that word", "this word", "the word", "one"):
        return None   # "use it in a sentence" after a word: a follow-up (reply_follow_ups), not the word "it"
    if len(word.split()) > 2 or not dictionary.available() or dictionary.lookup(word) is None:
        return None
    return word


@functools.lru_cache(maxsize=1)
def _all_examples() -> tuple[str, ...]:
    """Every quoted example in WordNet's glosses, read once (~0.3 s, a few MB)."""
    found: list[str] = []
    for pos in dictionary.POS:
        path = dictionary.wordnet_dir() / f"data.{pos}"
        if path.exists():
            found += [m.decode("utf-8", "replace") for m in re.findall(rb'"([^"\n]+)"', path.read_bytes())]
    return tuple(found)


@functools.lru_cache(maxsize=64)
def _examples(word: str) -> tuple[str, ...]:
    """Quoted examples in WordNet's glosses holding the word (or its -s, -es, -ed, -d, -ing forms) as a whole word: the
    word's own senses' first, likeliest sense first, then any other gloss's; whole sentences (five words or more) before
    phrases ("a meticulous craftsman")."""
    holds = re.compile(r"\b" + re.escape(word) + r"(?:s|es|ed|d|ing)?\b", re.I)
    own = []
    for pos, offsets, _base, _senses in dictionary._ranked(word):
        for offset in offsets:
            own += [e for e in re.findall(r'"([^"]+)"', dictionary._read(pos, offset).gloss) if holds.search(e)]
    other = []
    if not any(len(e.split()) >= 5 for e in own):   # the rest of the dictionary's examples
        other = [e for e in _all_examples() if holds.search(e)]
    found = [e.strip() for e in dict.fromkeys(own + other) if len(e.split()) >= 3]
    return tuple(sorted(found, key=lambda e: len(e.split()) < 5))   # (a stable sort: the order above within each)


def use_in_sentence(word: str) -> SkillResult:
    said = word.strip().lower()
    found = dictionary.lookup(said)
    if found is None:
        raise SkillError(f"I couldn't find {said} in my dictionary.")
    examples = _examples(said)
    if not examples:
        return SkillResult(f"My dictionary has no example sentence with {said}. It means: {found.gloss}.",
                           {"word": said, "example": None, "definition": found.gloss})
    example = examples[0].replace("--", ", ")
    sentence = example[0].upper() + example[1:]
    sentence += "" if sentence[-1] in ".!?" else "."
    return SkillResult(f"Here's one: {sentence} ({said}: {found.gloss}.)", {"word": said, "example": sentence,
                                                                          "definition": found.gloss})


SKILL = Skill("use_in_sentence", "A sentence using an English word, from the offline dictionary's examples (WordNet).",
              {"word": Param(str)}, use_in_sentence, for_model=False)
