"""What a famous place or building is, from WordNet's instance nouns: "Tell me about the Eiffel Tower." (the student: "the
tallest man-made structure in the world"), "What is the Great Wall of China?", "Tell me about Paris.". Only a named
thing WordNet knows (an instance noun that is no person: people are people.py's) is answered, with its gloss's
first clause; anything else is the model's. WordNet 3.0 is from 2006: figures in a gloss are as they were then."""

from __future__ import annotations

import re

from assistant.skills import dictionary
from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.people import _article

_ASKED = re.compile(r"(?:tell me (?:something )?about|what (?:is|was)|what do you know about|describe) (?P<name>(?:the )?[a-z][a-z .'-]"
                    r"{1,50}?)")
_LIFE = re.compile(r"\((?:born |died |c\. )?\d{1,4}(?: ?bc)?(?:-\d{1,4}(?: ?bc)?)?\)\s*$", re.I)


def _place(name: str) -> tuple[str, str] | None:
    """(its name as WordNet writes it, its gloss's first clause) for a named place or thing, or None."""
    key = "_".join(re.sub(r"^the ", "", name.lower()).split())
    if not dictionary.available() or len(key) < 3:
        return None
    entry = dictionary.index_entry("noun", key)
    if entry is None:
        return None
    synset = dictionary._read("noun", entry[2][0])   # the sense most often meant
    gloss = synset.gloss.split('"')[0].strip().rstrip(";").strip()
    if not any(p[0] == "@i" for p in synset.pointers) or _LIFE.search(gloss):
        return None   # not a named thing ("the ocean"), or a person
    forms = [w.replace("_", " ") for w in synset.words]
    if not any(f[:1].isupper() for f in forms):
        return None
    written = next((f for f in forms if f.lower() == key.replace("_", " ")), forms[0])
    return written, gloss.split(";")[0].strip()


def asked(text: str) -> dict | None:
    """about_place's arguments for "tell me about the eiffel tower" / "what is the great wall of china" (cleaned)."""
    m = _ASKED.fullmatch(text)
    if not m:
        return None
    name = m["name"].strip()
    return {"name": name} if _place(name) else None


def about_place(name: str) -> SkillResult:
    found = _place(name)
    if found is None:
        raise SkillError(f"I don't know {name}.")
    written, about = found
    the = "the " if name.lower().startswith("the ") and not written.lower().startswith("the ") else ""
    subject = (the + written)[0].upper() + (the + written)[1:]
    about = about if re.match(r"(?:a|an|the)\b", about) else _article(about) + about   # "beautiful mausoleum at Agra"
    verb = "is" if not re.match(r"(?:an? |the )?(?:former|ancient)\b", about) else "was"
    return SkillResult(f"{subject} {verb} {about}.", {"name": written, "about": about})


SKILL = Skill("about_place", "What a famous place or building is (WordNet).", {"name": Param(str)}, about_place,
              for_model=False)
