"""A noun's plural and a verb's past tense: "What's the plural of mouse?" (the student: "A mouse is a small
mammal."), "What's the past tense of run?" ("run"). Irregular forms come from WordNet's own exception lists
(noun.exc, verb.exc: "mice mouse", "ran run"); the rest follow the spelling rules."""

from __future__ import annotations

import functools
import re

from assistant.skills import dictionary
from assistant.skills.base import Param, Skill, SkillError, SkillResult

_ASKED = re.compile(r"^(?:what is |what's |tell me |do you know )?(?:the )?(?P<kind>plural|past tense|past participle) "
                    r"(?:form )?(?:of|for) (?:the (?:word|noun|verb) )?(?:to )?['\"]?(?P<w>[a-z][a-z'-]{0,30})['\"]?$")


def asked(text: str) -> dict | None:
    m = _ASKED.match(text)
    return {"word": m["w"], "form": m["kind"]} if m else None


@functools.lru_cache(maxsize=2)
def _irregular(pos: str) -> dict[str, list[str]]:
    """base -> its irregular forms, in the exception file's order."""
    forms: dict[str, list[str]] = {}
    try:
        lines = (dictionary.wordnet_dir() / f"{pos}.exc").read_text().splitlines()
    except OSError:
        return forms
    for line in lines:
        parts = line.split()
        if len(parts) >= 2 and "_" not in parts[0]:
            for base in parts[1:]:
                forms.setdefault(base, []).append(parts[0])
    return forms


# What the exception lists leave out or list first when a plainer form is usual
_SAME_PLURAL = {"sheep", "fish", "deer", "moose", "series", "species", "aircraft", "salmon", "trout", "bison", "shrimp"}
_PLURALS = {"person": "people", "bus": "buses", "octopus": "octopuses"}
_SAME_PAST = {"read", "put", "cut", "hit", "set", "let", "shut", "cost", "hurt", "quit", "bet", "spread", "burst", "cast",
              "split", "upset", "beat"}


def plural(word: str) -> str:
    if word in _SAME_PLURAL or word in _PLURALS:
        return word if word in _SAME_PLURAL else _PLURALS[word]
    irregular = [f for f in _irregular("noun").get(word, []) if f != word]
    if irregular:
        return irregular[0]
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def past(word: str) -> tuple[str, str]:
    """(past tense, past participle)."""
    irregular = _irregular("verb").get(word, [])
    if word == "be":
        return "was", "been"
    if word in _SAME_PAST:
        return word, ("beaten" if word == "beat" else word)
    if irregular:
        participle = next((f for f in irregular if re.search(r"(?:en|wn|ne|un|um|ain|ung|unk)$", f)), None)
        simple = next((f for f in irregular if f != participle and not f.endswith(("s", "ing"))), None)
        return simple or participle or irregular[0], participle or simple or irregular[0]
    if word.endswith("e"):
        regular = word + "d"
    elif re.search(r"[^aeiou]y$", word):
        regular = word[:-1] + "ied"
    elif re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", word):   # stop -> stopped (one short syllable)
        regular = word + word[-1] + "ed"
    else:
        regular = word + "ed"
    return regular, regular


def word_form(word: str, form: str) -> SkillResult:
    word = word.strip().lower().strip("'\"")
    if not re.fullmatch(r"[a-z][a-z'-]{0,30}", word):
        raise SkillError("I can do that for one word at a time.")
    if form == "plural":
        said = plural(word)
        return SkillResult(f"The plural of {word} is {said}.", {"word": word, "plural": said})
    simple, participle = past(word)
    if form == "past participle":
        return SkillResult(f"The past participle of {word} is {participle}.", {"word": word, "participle": participle})
    also = f"; the past participle is {participle}" if participle != simple else ""
    return SkillResult(f"The past tense of {word} is {simple}{also}.", {"word": word, "past": simple, "participle": participle})


SKILL = Skill("word_form", "A noun's plural, or a verb's past tense or past participle.",
              {"word": Param(str), "form": Param(str, choices=("plural", "past tense", "past participle"))},
              word_form, for_model=False)
