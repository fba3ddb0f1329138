"""Facts a table knows better than a 135M model: countries (capital, currency, continent, population,
area, calling code, languages), US state capitals and the chemical elements (symbol, atomic number, mass).

The data comes from registry packages, read locally: `countryinfo` (MIT; 250 countries and territories,
from the REST Countries data), `us` (US state metadata) and `periodictable` (public domain). Nothing
else is known here: a subject the tables lack is a clear "I don't know", and the model answers what
the fast path does not recognise. Country populations and areas are the package's figures, said as
"about"; they are not live."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.numbers import speak_number
from assistant.skills.text import folded

COUNTRY_FACTS = ("capital", "currency", "continent", "population", "area", "calling_code", "language")
ELEMENT_FACTS = ("symbol", "atomic_number", "element", "atomic_mass")
FACTS = COUNTRY_FACTS + ELEMENT_FACTS


@dataclass(frozen=True)
class Place:
    name: str
    capital: str
    kind: str                     # "country" | "state"
    info: dict


# Capitals renamed since the package's data was written, or given as the seat of another branch
# (Eswatini's government sits in Mbabane; Lobamba holds its parliament). Checked 2026-11.
_RENAMED = {"Nur-Sultan": "Astana", "Lobamba": "Mbabane"}
# Countries the package's data lacks (REST Countries had no Kosovo), in its own shape. Checked 2026-12.
_MISSING = [{"name": "Kosovo", "altSpellings": ["Kosova", "Republic of Kosovo"], "capital": "Pristina",
             "currencies": ["EUR"], "region": "Europe", "subregion": "Southern Europe", "population": 1_800_000,
             "area": 10_887, "callingCodes": ["383"], "languages": ["sq", "sr"]}]


# The package's populations are of about 2015-2019; the most populous countries' from the UN's World Population
# Prospects 2022 for mid-2023 (the figure the records say: "India ... the most populous country since 2023", where
# the package's 1.3 billion for India contradicted it). Checked 2026-12.
_POPULATION_2023 = {"india": 1_428_600_000, "china": 1_425_700_000, "united states": 340_000_000,
                    "indonesia": 277_500_000, "pakistan": 240_500_000, "nigeria": 223_800_000, "brazil": 216_400_000,
                    "bangladesh": 173_000_000, "russia": 144_400_000, "mexico": 128_500_000, "ethiopia": 126_500_000,
                    "japan": 123_300_000, "philippines": 117_300_000, "egypt": 112_700_000, "vietnam": 98_900_000,
                    "iran": 89_200_000, "turkey": 85_800_000, "germany": 83_300_000, "thailand": 71_800_000,
                    "united kingdom": 67_700_000, "france": 64_800_000}


# ISO 4217's fund and accounting codes, and retired ones, that the package lists beside a country's money (Switzerland
# "uses the WIR Euro and the Swiss Franc and the WIR Franc")
_FUNDS = {"CHE", "CHW", "BOV", "CLF", "USN", "USS", "UYI", "COU", "MXV", "CUC", "SVC", "CSD", "MRO"}


def _key(text: str) -> str:
    text = re.sub(r"[^a-z0-9 .'-]", " ", folded(text))
    text = re.sub(r"^(the )?(us |u\.s\. |american )?(state|country|nation|republic|kingdom) of ", "", text.strip())
    text = re.sub(r"^the ", "", text.strip())
    return re.sub(r"\s+", " ", re.sub(r" (state|the state|the country|country)$", "", text)).strip(" .")


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, Place]:
    import countryinfo

    index: dict[str, Place] = {}
    for info in [c.info() for c in countryinfo.all_countries()] + _MISSING:
        capital = info.get("capital")
        capital = capital[0] if isinstance(capital, list) and capital else capital
        if not isinstance(capital, str) or not capital:
            continue
        if _key(info["name"]) in _POPULATION_2023:
            info = {**info, "population": _POPULATION_2023[_key(info["name"])]}
        place = Place(info["name"], _RENAMED.get(capital, capital), "country", info)
        for name in [info["name"], *info.get("altSpellings", [])]:
            if len(name) > 3 or name == info["name"]:   # not the ISO codes ("IN", "NO", "IT" are words)
                index.setdefault(_key(name), place)
    return index


@functools.lru_cache(maxsize=1)
def _states() -> dict[str, Place]:
    import us

    return {_key(s.name): Place(s.name, s.capital, "state", {}) for s in us.states.STATES if s.capital}


def place(subject: str) -> Place | None:
    """A country or US state by its name ("the state of Oregon", "North Korea", "Holland")."""
    key = _key(subject)
    state_first = bool(re.search(r"\b(state|u\.?s\.?)\b", subject.lower()))   # "the state of Georgia"
    tables = (_states(), _countries()) if state_first else (_countries(), _states())
    return next((t[key] for t in tables if key in t), None)


@functools.lru_cache(maxsize=1)
def _elements() -> dict[str, object]:
    import periodictable

    index = {}
    for el in periodictable.elements:
        if el.number < 1:
            continue
        index[el.name] = el
        index[el.symbol.lower()] = el
        index[str(el.number)] = el
    for alias, name in (("sulphur", "sulfur"), ("aluminum", "aluminium"), ("caesium", "cesium")):
        index.setdefault(alias, index.get(name))
    return {k: v for k, v in index.items() if v is not None}


def element(subject: str):
    """A chemical element by name, symbol or atomic number ("Ag", "silver", "47")."""
    return _elements().get(re.sub(r"[^a-z0-9]", "", subject.lower()))


def warm_up() -> None:
    """Read the tables now (about a tenth of a second), so the first fact question is answered at once."""
    _countries(), _states(), _elements()


def _about(value: float) -> str:
    """A rounded figure as it is said: "36 million", "1.3 billion", "640,000"."""
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if value >= size:   # three figures from a hundred on ("123 million", not "120 million" for Japan)
            return f"{float(f'{value / size:.{3 if value >= 100 * size else 2}g}'):g} {word}"
    return speak_number(float(f"{value:.2g}") if value >= 1000 else value)


_WITH_THE = re.compile(r"\b(Republic|Kingdom|States|Islands|Emirates|Netherlands|Philippines|Maldives|Bahamas|Gambia|"
                       r"Comoros|Seychelles|Union|Territory|Isle of Man)\b")


def said(name: str) -> str:
    """A country's name as said in a sentence: "the Netherlands", "the Czech Republic", "France"."""
    if name.startswith("The "):
        return "the " + name[4:]
    return f"the {name}" if _WITH_THE.search(name) else name


def _country_fact(p: Place, fact: str) -> SkillResult:
    info, name = p.info, said(p.name)
    Name = name[0].upper() + name[1:]   # at the start of a sentence   # noqa: N806
    data = {"subject": p.name}
    if fact == "capital":
        where = f"the state of {name}" if p.kind == "state" else name
        return SkillResult(f"The capital of {where} is {p.capital.rstrip('.')}.", {**data, "capital": p.capital})
    if p.kind == "state":
        raise SkillError(f"I only know the capital of {name}, not its {fact.replace('_', ' ')}.")
    if fact == "currency" and info.get("currencies"):
        from babel import Locale

        codes = [c for c in info["currencies"] if c not in _FUNDS] or info["currencies"]
        money = " and the ".join(Locale("en").currencies.get(code, code) for code in codes)
        return SkillResult(f"{Name} uses the {money}.", {**data, "currency": info["currencies"]})
    if fact == "continent" and info.get("region"):
        where = info.get("intermediateregion") or info.get("subregion") or info["region"]
        return SkillResult(f"{Name} is in {where}.", {**data, "region": info["region"], "subregion": info.get("subregion")})
    if fact == "population" and info.get("population"):
        return SkillResult(f"{Name} has about {_about(info['population'])} people, by my offline figures.",
                           {**data, "population": info["population"]})
    if fact == "area" and info.get("area"):
        return SkillResult(f"{Name} covers about {_about(info['area'])} square kilometers.", {**data, "area_km2": info["area"]})
    if fact == "language" and info.get("languages"):
        from babel import Locale

        names = [Locale("en").languages.get(code, code) for code in info["languages"]]
        spoken = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        verb = "is" if len(names) == 1 else "are"
        return SkillResult(f"The official {'language' if len(names) == 1 else 'languages'} of {name} {verb} {spoken}.",
                           {**data, "languages": info["languages"]})
    if fact == "calling_code" and info.get("callingCodes"):
        code = info["callingCodes"][0]
        return SkillResult(f"The calling code of {name} is plus {' '.join(code)}.", {**data, "calling_code": code})
    raise SkillError(f"I don't know the {fact.replace('_', ' ')} of {name}.")


def _element_fact(el, fact: str, asked: str) -> SkillResult:
    name = el.name.capitalize()
    data = {"element": el.name, "symbol": el.symbol, "atomic_number": el.number}
    if fact == "symbol":
        return SkillResult(f"The chemical symbol of {el.name} is {el.symbol}.", data)
    if fact == "atomic_number":
        return SkillResult(f"{name} has atomic number {el.number}.", data)
    if fact == "element":
        sentence = (f"Element number {el.number} is {el.name}, symbol {el.symbol}." if str(el.number) == asked.strip()
                    else f"{el.symbol} is the symbol of {el.name}, atomic number {el.number}.")
        return SkillResult(sentence, data)
    return SkillResult(f"{name} has an atomic mass of about {speak_number(round(el.mass, 2))}.",
                       {**data, "atomic_mass": el.mass})


def lookup_fact(subject: str, fact: str) -> SkillResult:
    if fact in ELEMENT_FACTS:
        el = element(subject)
        if el is None:
            raise SkillError(f"I don't know a chemical element called {subject.strip()}.")
        return _element_fact(el, fact, subject)
    p = place(subject)
    if p is None:
        raise SkillError(f"I don't know a country or US state called {subject.strip()}.")
    return _country_fact(p, fact)


SKILL = Skill("lookup_fact",
              "Look up a country's or US state's capital, a country's currency, continent, population, area, "
              "calling code or official languages, or a chemical element's symbol, atomic number, name or mass.",
              {"subject": Param(str), "fact": Param(str, choices=FACTS)}, lookup_fact, lookup=True)


# The fast path's reading of a fact question (cleaned, lower-case text) -> (subject, fact), only when
# the subject is in the tables; anything else is left to the model.
_SUBJECT = r"(?:the )?([a-z][a-z .'-]*?)"
_QUESTIONS = [
    (rf"\b(?:state )?capital(?: city)? (?:of|for) (?:the (?:u\.?s\.? )?state of )?{_SUBJECT}(?: is what| called)?$", "capital"),
    (rf"^(?:what is |what's |name |tell me )?{_SUBJECT}'s (?:state )?capital(?: city)?(?: is what| called)?$", "capital"),
    (rf"^(?:what|which) (?:city )?is the capital(?: city)? of {_SUBJECT}$", "capital"),
    (rf"\b(?:currency|money) (?:of|in|used in|does) {_SUBJECT}(?: use| have)?$|^what (?:currency|money) does {_SUBJECT} use$", "currency"),
    (rf"^(?:what|which) continent is {_SUBJECT} (?:in|on|part of)$|\bcontinent (?:of|is) {_SUBJECT}(?: in| on)?$", "continent"),
    (rf"\bpopulation of {_SUBJECT}$|^how many people live in {_SUBJECT}$", "population"),
    (rf"^how (?:big|large) is {_SUBJECT}$|\barea of {_SUBJECT}$", "area"),
    (rf"\b(?:calling|dialing|dialling|country|phone) code (?:of|for) {_SUBJECT}$", "calling_code"),
    (rf"^(?:what|which) languages? (?:is|are|do (?:they|people|you)) (?:spoken |speak |used )?(?:in|by people in) {_SUBJECT}$|"
     rf"\b(?:official |main |national )?languages? (?:of|spoken in|in) {_SUBJECT}$|^what do (?:they|people) speak in {_SUBJECT}$", "language"),
    (r"\b(?:element|which element|what element) (?:has|with|whose|is|has got|that has|having) (?:the )?(?:chemical )?(?:symbol|sign) (?:is )?([a-z]{1,3})(?: called| is called| is called what| is what)?$|"
     r"^(?:what|which) (?:chemical )?element is ([a-z]{1,3})$|^(?:what|which) element does (?:the )?(?:chemical )?symbol ([a-z]{1,3}) (?:stand for|represent|mean)$|\bsymbol ([a-z]{1,3}) (?:stands for|is for|means)|"
     r"\belement (?:with|has|whose) (?:the )?atomic number (?:is )?(\d+)(?: called)?$|\bwhat element is (?:number|atomic number) (\d+)$", "element"),
    (rf"\b(?:chemical )?symbol (?:for|of) (?:the element )?{_SUBJECT}$|^(?:what is )?{_SUBJECT}'s (?:chemical )?symbol$", "symbol"),
    (rf"\batomic number of (?:the element )?{_SUBJECT}$|^(?:what is )?{_SUBJECT}'s atomic number$|"
     rf"\bhow many protons (?:does|do|are in|in) (?:an? |one )?(?:atom of |single )?{_SUBJECT}(?: atom)?(?: have| has)?$", "atomic_number"),
    (rf"\batomic (?:mass|weight) of (?:the element )?{_SUBJECT}$|^(?:what is )?{_SUBJECT}'s atomic (?:mass|weight)$", "atomic_mass"),
]


def asked_fact(text: str, *, known_only: bool = True) -> tuple[str, str] | None:
    """("Bhutan", "capital") for "what is the capital of bhutan" when the tables know Bhutan; else None
    (with known_only=False, the subject as said even when the tables lack it). Accents are folded first, as
    the tables fold them ("São Tomé", "Curaçao")."""
    text = folded(text)
    text = re.sub(r"^(?:(?:can|could) you tell me|do you know|tell me|please tell me|i wonder) ", "", text)
    text = re.sub(r"^(?:what|which) is (?=the (?:chemical )?symbol|the atomic|the population|the currency|the area|the calling)", "", text)
    for pattern, fact in _QUESTIONS:
        m = re.search(pattern, text)
        if not m:
            continue
        subject = next(g for g in m.groups() if g).strip()
        named = _named(subject, fact)
        if named is None and not known_only:
            return subject, fact
        if named is not None and not (fact == "capital" and re.search(r"\bstate\b", text)
                                      and not named.startswith("the state of ")):   # a state asked, a country found
            return named, fact
    return None


def _named(subject: str, fact: str) -> str | None:
    """The subject as lookup_fact is to be asked about it ("the state of Oregon", "Bhutan", "ag"), or None
    when the tables lack it."""
    if fact in ELEMENT_FACTS:
        return subject if element(subject) is not None else None
    known = place(subject)
    if known is None:
        return None
    return f"the state of {known.name}" if known.kind == "state" else known.name


_FOLLOW_UP = re.compile(r"^(?:and|what about|how about|and what about|and how about|same question for|same for|the same for|"
                        r"now|what is it for|and what is it for)(?: (?:of|for|in))? (.+)$")


# Another fact of the same subject: "and its population?" after "what's the capital of Peru?" (was the capital
# again), "what language do they speak there?", "how big is it?"
_ITS_WORDS = {"capital": "capital", "capital city": "capital", "currency": "currency", "money": "currency",
              "population": "population", "area": "area", "size": "area", "continent": "continent",
              "calling code": "calling_code", "phone code": "calling_code", "dialing code": "calling_code",
              "language": "language", "languages": "language", "official language": "language",
              "official languages": "language", "symbol": "symbol", "chemical symbol": "symbol",
              "atomic number": "atomic_number", "atomic mass": "atomic_mass", "atomic weight": "atomic_mass"}
_ITS = re.compile(r"^(?:and |what about |how about |and what about |so |ok |okay )?(?:what is |what's |what are |and what is )?"
                  rf"(?:its|their|the) ({'|'.join(sorted(_ITS_WORDS, key=len, reverse=True))})(?: there| of it| of that)?$")
_THERE = [(r"^(?:and )?(?:what|which) languages? (?:do|does) (?:they|people|you) speak(?: there| in it)?$|"
           r"^(?:and )?what do (?:they|people) speak(?: there)?$", "language"),   # ("Japanese and English", made up)
          (r"^(?:and )?how many people live there$", "population"), (r"^(?:and )?how (?:big|large) is it$", "area"),
          (r"^(?:and )?what (?:currency|money) do (?:they|people) use(?: there)?$", "currency")]


def _same_subject(previous: str, text: str) -> tuple[str, str] | None:
    m = _ITS.match(text)
    fact = _ITS_WORDS[m.group(1)] if m else next((f for pattern, f in _THERE if re.match(pattern, text)), None)
    before = asked_fact(previous) if fact else None
    if before is None or (fact in ELEMENT_FACTS) != (before[1] in ELEMENT_FACTS) or fact == before[1]:
        return None
    if before[0].startswith("the state of ") and fact != "capital":
        return None   # the tables keep a US state's capital only
    return before[0], fact


def follow_up_fact(previous: str, text: str) -> tuple[str, str] | None:
    """"and of malta" after "what is the capital of france": ("Malta", "capital"), when both are read and
    the tables know the new subject; "and its population?" after it: ("France", "population") (both texts
    cleaned and lower-cased)."""
    same = _same_subject(folded(previous), folded(text))
    if same:
        return same
    m = _FOLLOW_UP.match(folded(text))
    before = asked_fact(previous, known_only=False) if m else None
    if before is None:
        return None
    named = _named(re.sub(r"^the ", "", m.group(1).strip()), before[1])
    return (named, before[1]) if named is not None else None


def call_arguments(found: tuple[str, str], question: str) -> dict:
    """lookup_fact's arguments for (subject, fact), the subject as the person wrote it ("Ag", not "ag")."""
    as_said = re.search(re.escape(found[0]), question, re.I)
    return {"subject": as_said.group(0) if as_said else found[0], "fact": found[1]}
