"""Who someone famous was, from WordNet's instance nouns ("Who is Albert Einstein?" -> "Albert Einstein (1879 to
1955) was a physicist born in Germany who formulated the special theory of relativity ..."). The student made up
the details ("born in Bern, Switzerland, on March 18, 1879"). Only a person WordNet knows by that name is
answered: an instance noun whose gloss gives the years of a life; a name several people share is asked about
("Which one: Indira Gandhi or Mahatma Gandhi?"); anyone else is the model's. WordNet 3.0 is from 2006, so its
living people are described as they were then."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.skills import dictionary
from assistant.skills.base import Param, Skill, SkillError, SkillResult

_ASKED = re.compile(r"^(?:who (?:is|was) |who's |tell me (?:who (?:is |was )?|about )|do you know who (?:is|was) )"
                    r"(?P<name>[a-z][a-z .'-]{1,40}?)(?: was| is)?$")
_LIFE = re.compile(r"\((?P<years>(?:born |died |c\. )?\d{1,4}(?: ?bc)?(?:-\d{1,4}(?: ?bc)?)?)\)\s*$", re.I)
_NOT_NAMES = {"you", "i", "me", "he", "she", "they", "we", "it", "that", "this", "there", "your", "my"}


@dataclass(frozen=True)
class Person:
    name: str
    about: str      # the gloss's first clause, without the years
    years: str      # "1879-1955", "born 1946"


def _people(name: str) -> list[Person]:
    """The people WordNet knows as `name` (most often meant first)."""
    key = "_".join(name.lower().split())
    if not dictionary.available() or key in _NOT_NAMES:
        return []
    entry = dictionary.index_entry("noun", key)
    if entry is None and re.search(r"_(?:jr|sr)$", key):   # "martin luther king jr" (the question's dot was cleaned away)
        entry = dictionary.index_entry("noun", key + ".")
    if entry is None:
        return []
    found = []
    for k, offset in enumerate(entry[2]):
        synset = dictionary._read("noun", offset)
        gloss = synset.gloss.strip()
        life = _LIFE.search(gloss)
        if not any(p[0] == "@i" for p in synset.pointers) or life is None:
            if k == 0 and "_" not in key:
                return []   # one word whose first sense is no person ("john", "washington"): someone the person knows?
            continue   # not one person (a city, a class of things, a character of myth)
        forms = [w.replace("_", " ") for w in synset.words]
        said = next((f for f in forms if f.lower().replace(".", "") == name.lower()), None)
        # the shortest full name that has the words asked, without a title: "Isaac Newton", not "Sir Isaac Newton"
        naming = [f for f in forms if set(name.lower().split()) <= set(f.lower().replace(".", "").split()) and " " in f
                  and not re.match(r"(?:president|sir|king|queen|saint|st\.|mr\.|mrs\.|lord|lady|general|emperor) ", f, re.I)]
        naming = [f for f in naming if f[0].isupper()] or naming   # "Ludwig van Beethoven", not "van Beethoven"
        full = said if said and " " in said else min(naming, key=lambda f: len(f.split())) if naming else forms[0]
        about = re.split(r";", gloss[:life.start()].strip())[0].strip()
        found.append(Person(full, about, life["years"]))
    return found


# "When was Einstein born?", "How old was Einstein when he died?" (the student: 96), "Where was Mozart born?" ("Italy")
_LIFE_ASKED = re.compile(r"(?:(?P<born>when|what year) (?:was|is) (?P<n1>[a-z][a-z .'-]{1,40}?) born|(?P<died>when|what year) "
                         r"did (?P<n2>[a-z][a-z .'-]{1,40}?) (?:die|pass away)|how old (?:was|did) (?P<n3>[a-z][a-z .'-]{1,40}?) "
                         r"(?:when (?:he|she) died|live to be|get|at (?:his|her) death)|how long did (?P<n4>[a-z][a-z .'-]{1,40}?) "
                         r"live|(?P<where>where) (?:was|is) (?P<n5>[a-z][a-z .'-]{1,40}?) (?:born|from))")


def asked(text: str) -> dict | None:
    """who_is's arguments for "who was napoleon", "when was einstein born" (cleaned text) when WordNet knows a person by
    that name."""
    life = _LIFE_ASKED.fullmatch(text)
    if life:
        name = next(n for n in (life["n1"], life["n2"], life["n3"], life["n4"], life["n5"]) if n)
        aspect = "born" if life["born"] else "birthplace" if life["where"] else "died"
    else:
        m = _ASKED.match(text)
        if not m:
            return None
        name, aspect = m["name"], ""
    name = re.sub(r"^(?:the|a|an) ", "", name.strip())
    return ({"name": name, "aspect": aspect} if aspect else {"name": name}) if _people(name) else None


def _article(about: str) -> str:
    if re.match(r"(?:the|\d+(?:st|nd|rd|th)|\w+est|first|last|only)\b", about, re.I):
        return "" if about.lower().startswith("the ") else "the "
    return "an " if re.match(r"[aeiou]", about, re.I) and not re.match(r"(?:united|european|one|uni)", about, re.I) else "a "


def _years(years: str) -> tuple[str, list[str], str]:
    """WordNet's years read once: ("born" | "died" | "", the years, " BC" or ""): "1879-1955" -> ("", ["1879",
    "1955"], ""); "born 1946" -> ("born", ["1946"], ""); "c. 69-30 BC" -> ("", ["about 69", "30"], " BC")."""
    years = years.lower().replace("c. ", "about ")
    kind = "born" if years.startswith("born ") else "died" if years.startswith("died ") else ""
    bc = " BC" if "bc" in years else ""
    ends = [y.strip() for y in years.replace("bc", "").removeprefix(kind + " " if kind else "").split("-")]
    return kind, ends, bc


def _life(years: str) -> str:
    """"1879-1955" -> "born in 1879, died in 1955" (said so, years are read as years); "69-30 BC", "born 1946"."""
    kind, ends, bc = _years(years)
    if kind:
        return f"{kind} in {ends[0]}{bc}"
    if len(ends) == 1:
        return f"in {ends[0]}{bc}"
    return f"born in {ends[0]}{bc}, died in {ends[1]}{bc}"


ASPECTS = ("", "born", "died", "birthplace")
# "When was he born?" right after "Who is Albert Einstein?" (the student: "born on March 18, 1879", made up)
_ASPECT = re.compile(r"(?:and )?(?:(?P<born>when|what year) (?:was|is) (?:he|she|they|that) born|how long ago was (?:he|she) born|"
                     r"(?P<died>when|what year) did (?:he|she|they) (?:die|pass away)|is (?:he|she) (?P<alive>still alive|alive|"
                     r"dead)|(?P<where>where) (?:was|is) (?:he|she) (?:born|from)|how old was (?:he|she) when (?:he|she) died)")


def aspect_asked(text: str) -> str | None:
    """"born", "died" or "birthplace" for a follow-up about the person just talked about (cleaned text), or None."""
    m = _ASPECT.fullmatch(text)
    return None if m is None else "born" if m["born"] else "birthplace" if m["where"] else "died"


def who_is(name: str, aspect: str = "") -> SkillResult:
    people = _people(name)
    if not people:
        raise SkillError(f"I don't know who {name.strip()} is.")
    if len(people) > 1 and len({p.name for p in people}) > 1 and " " not in name.strip():
        names = [p.name for p in people[:3]]
        return SkillResult(f"Which one: {', '.join(names[:-1])} or {names[-1]}?", {"people": names})
    person = people[0]
    if aspect:
        return _when(person, aspect)
    life, living = _life(person.years), person.years.startswith("born")
    said = f"{person.name} ({life}) {'is' if living else 'was'} {_article(person.about)}{person.about}."
    return SkillResult(said, {"name": person.name, "about": person.about, "years": person.years})


def _when(person: Person, aspect: str) -> SkillResult:
    """The year the person was born or died, as WordNet records it (a year, never a day it does not know); where they
    were born when the gloss says it, else what it does say."""
    kind, ends, bc = _years(person.years)
    data = {"name": person.name, "years": person.years}
    if aspect == "birthplace":
        where = re.search(r"\bborn in (?P<w>(?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*)", person.about)
        if where:
            return SkillResult(f"{person.name} was born in {where['w']}.", {**data, "birthplace": where["w"]})
        return SkillResult(f"My dictionary doesn't say where {person.name} was born. It has: {_article(person.about)}"
                           f"{person.about}.", data)
    if kind == "born":
        if aspect == "born":
            return SkillResult(f"{person.name} was born in {ends[0]}{bc}.", data)
        return SkillResult(f"My dictionary records no death for {person.name}: only the birth, in {ends[0]}{bc}.", data)
    if kind == "died":
        if aspect == "died":
            return SkillResult(f"{person.name} died in {ends[0]}{bc}.", data)
        return SkillResult(f"My dictionary records only when {person.name} died: in {ends[0]}{bc}.", data)
    if len(ends) == 1:
        return SkillResult(f"My dictionary gives one year for {person.name}: {ends[0]}{bc}.", data)
    if aspect == "born":
        return SkillResult(f"{person.name} was born in {ends[0]}{bc} (my dictionary gives the year only).", data)
    return SkillResult(f"{person.name} died in {ends[1]}{bc}, aged about {_age(ends)}.", data)


def _age(ends: list[str]) -> str:
    try:
        a, b = (int(re.sub(r"\D", "", e)) for e in ends[:2])
    except ValueError:
        return "an unknown age"
    return str(abs(b - a) - 1) + " or " + str(abs(b - a)) if a != b else "under one"


SKILL = Skill("who_is", "Who a famous person is or was, from the offline dictionary (WordNet).",
              {"name": Param(str), "aspect": Param(str, required=False, choices=ASPECTS)}, who_is, for_model=False)
