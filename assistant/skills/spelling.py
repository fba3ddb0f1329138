"""Spelling a word aloud: "How do you spell necessary?" -> "Necessary: N, E, C, E, S, S, A, R, Y." The
word is spelled as it was written (by the person, or by Whisper from what it heard); a model of 135M
parameters spells from tokens it cannot see into ("Spell necessary" -> a sentence about key words).
Counting aloud too ("Count to five" -> "1, 2, 3, 4, 5."; the model answered "That's 25.")."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult

_ASKED = re.compile(r"^(?:please |can you |could you )?(?:spell|how (?:do|would) (?:you|i|we) spell|how is|what is the spelling of)"
                    r"(?: out)?(?: the word)? ['\"]?(?P<w>[a-z][a-z'-]{0,40})['\"]?(?: spelled| spelt)?(?: for me| please)?$")


def spell(word: str) -> SkillResult:
    word = word.strip().strip("'\"")
    if not re.fullmatch(r"[A-Za-z][A-Za-z'-]{0,40}", word):
        raise SkillError("I can spell one word at a time.")
    letters = [c.upper() if c.isalpha() else {"-": "hyphen", "'": "apostrophe"}[c] for c in word]
    return SkillResult(f"{word[0].upper() + word[1:]}: {', '.join(letters)}.", {"word": word, "letters": letters})


def asked(text: str) -> str | None:
    """The word in "spell necessary" / "how do you spell rhythm" (cleaned text), or None."""
    m = _ASKED.match(text)
    if not m or (text.startswith("how is") and not re.search(r"spel(?:led|t)\b", text)):
        return None
    return m.group("w")


SKILL = Skill("spell", "Spell a word letter by letter.", {"word": Param(str)}, spell, for_model=False)


# "How many letters are in the word banana?" (the student: 11), "How many r's are in strawberry?"
_WORD = r"(?:the word |the name )?['\"]?(?P<w>[a-z][a-z'-]{0,40})['\"]?"
_LETTERS = re.compile(rf"how many letters (?:are )?(?:there )?(?:in|does) {_WORD}(?: have| contain| got)?(?: in it)?")
_LETTER = re.compile(rf"how many (?:times (?:does |is )?(?:the letter )?(?P<l1>[a-z])(?: appear| occur| come up| show up)? in|"
                     rf"(?:letter )?(?P<l2>[a-z])(?:'s|s)? (?:are )?(?:there )?in|(?:letter )?(?P<l3>[a-z])(?:'s|s)? does) {_WORD}"
                     rf"(?: have| contain)?(?: in it)?")


def letters_asked(text: str) -> dict | None:
    """letter_count's arguments for "how many letters in banana" / "how many r's in strawberry" (cleaned), or None."""
    m = _LETTERS.fullmatch(text)
    if m:
        return {"word": m["w"]}
    m = _LETTER.fullmatch(text)
    if m:
        return {"word": m["w"], "letter": m["l1"] or m["l2"] or m["l3"]}
    return None


def letter_count(word: str, letter: str = "") -> SkillResult:
    word = word.strip().strip("'\"")
    if not re.fullmatch(r"[A-Za-z][A-Za-z'-]{0,40}", word):
        raise SkillError("I can count the letters of one word at a time.")
    if letter:
        n = word.lower().count(letter.lower())
        said = f"{n} {letter.upper()}" + ("" if n == 1 else "'s")
        return SkillResult(f"There {'is' if n == 1 else 'are'} {said} in {word}.", {"word": word, "letter": letter, "count": n})
    n = sum(c.isalpha() for c in word)
    return SkillResult(f"{word[0].upper() + word[1:]} has {n} letter{'' if n == 1 else 's'}.", {"word": word, "count": n})


LETTERS = Skill("letter_count", "Count the letters of a word, or how often one letter is in it.",
                {"word": Param(str), "letter": Param(str, required=False)}, letter_count, for_model=False)


COUNT_MAX = 100
_COUNT = re.compile(r"^(?:please |can you |could you )?count (?:(?:from )?(?P<a>-?\d+) )?(?:to|up to|until) (?P<b>-?\d+)"
                    r"(?: for me| please)?$|^(?:please |can you |could you )?count ?down from (?P<c>-?\d+)(?: for me| please)?$")


def count(start: float, end: float) -> SkillResult:
    a, b = int(start), int(end)
    if a != start or b != end:
        raise SkillError("I count in whole numbers.")
    if abs(b - a) >= COUNT_MAX:
        raise SkillError(f"That's a lot of counting: I count {COUNT_MAX} numbers at most.")
    step = 1 if b >= a else -1
    numbers = [str(n) for n in range(a, b + step, step)]
    return SkillResult(", ".join(numbers) + (". Lift off!" if step < 0 and b == 0 else "."), {"numbers": numbers})


def count_asked(text: str) -> dict | None:
    """"count to ten", "count from 5 to 15", "count down from 10" (cleaned, numbers as digits)."""
    m = _COUNT.match(text)
    if not m:
        return None
    if m.group("c") is not None:
        return {"start": float(m.group("c")), "end": 0.0}
    return {"start": float(m.group("a") or 1), "end": float(m.group("b"))}


COUNT = Skill("count", "Count aloud from one number to another.", {"start": Param(float), "end": Param(float)}, count,
              for_model=False)
