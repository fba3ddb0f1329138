"""Spelling a word aloud: "How do you spell necessary?" -> "Necessary: N, E, C, E, S, S, A, R, Y." The
word is spelled as it was written (by the person, or by Whisper from what it heard); a model of 135M
parameters spells from tokens it cannot see into ("Spell necessary" -> a sentence about key words)."""

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
