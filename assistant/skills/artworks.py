"""Who made the famous works of art, and when: "Who painted the Mona Lisa?" (the student: Leonardo, "painted in 1671"),
"When was the Starry Night painted?". The dates are the ones museums give (a span, or "about", where the work took
years or is not dated). Anything else is the model's."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.text import folded

# title as said (its key: lower case, no "the"): (the title as written, who, when, how it was made)
_WORKS = {
    "mona lisa": ("The Mona Lisa", "Leonardo da Vinci", "beginning in about 1503", "painted"),
    "last supper": ("The Last Supper", "Leonardo da Vinci", "between 1495 and 1498", "painted"),
    "starry night": ("The Starry Night", "Vincent van Gogh", "in 1889", "painted"),
    "sunflowers": ("Sunflowers", "Vincent van Gogh", "in 1888", "painted"),
    "scream": ("The Scream", "Edvard Munch", "in 1893", "painted"),
    "girl with a pearl earring": ("Girl with a Pearl Earring", "Johannes Vermeer", "in about 1665", "painted"),
    "night watch": ("The Night Watch", "Rembrandt", "in 1642", "painted"),
    "guernica": ("Guernica", "Pablo Picasso", "in 1937", "painted"),
    "les demoiselles d'avignon": ("Les Demoiselles d'Avignon", "Pablo Picasso", "in 1907", "painted"),
    "persistence of memory": ("The Persistence of Memory", "Salvador Dalí", "in 1931", "painted"),
    "birth of venus": ("The Birth of Venus", "Sandro Botticelli", "in about 1485", "painted"),
    "creation of adam": ("The Creation of Adam", "Michelangelo", "in about 1512", "painted"),
    "sistine chapel ceiling": ("The Sistine Chapel ceiling", "Michelangelo", "between 1508 and 1512", "painted"),
    "sistine chapel": ("The Sistine Chapel ceiling", "Michelangelo", "between 1508 and 1512", "painted"),
    "david": ("Michelangelo's David", "Michelangelo", "between 1501 and 1504", "sculpted"),
    "statue of david": ("Michelangelo's David", "Michelangelo", "between 1501 and 1504", "sculpted"),
    "thinker": ("The Thinker", "Auguste Rodin", "beginning in 1880", "sculpted"),
    "kiss": ("The Kiss, the painting,", "Gustav Klimt", "in 1907 and 1908", "painted"),
    "water lilies": ("The Water Lilies", "Claude Monet", "from 1896 to 1926, about 250 of them", "painted"),
    "impression sunrise": ("Impression, Sunrise", "Claude Monet", "in 1872", "painted"),
    "american gothic": ("American Gothic", "Grant Wood", "in 1930", "painted"),
    "great wave": ("The Great Wave off Kanagawa", "Katsushika Hokusai", "in about 1831", "made, as a woodblock print,"),
    "great wave off kanagawa": ("The Great Wave off Kanagawa", "Katsushika Hokusai", "in about 1831",
                                "made, as a woodblock print,"),
    "las meninas": ("Las Meninas", "Diego Velázquez", "in 1656", "painted"),
    "garden of earthly delights": ("The Garden of Earthly Delights", "Hieronymus Bosch", "between about 1490 and 1510",
                                   "painted"),
    "sunday afternoon on the island of la grande jatte": ("A Sunday Afternoon on the Island of La Grande Jatte",
                                                          "Georges Seurat", "between 1884 and 1886", "painted"),
    "nighthawks": ("Nighthawks", "Edward Hopper", "in 1942", "painted"),
    "school of athens": ("The School of Athens", "Raphael", "between 1509 and 1511", "painted"),
    "liberty leading the people": ("Liberty Leading the People", "Eugène Delacroix", "in 1830", "painted"),
    "arnolfini portrait": ("The Arnolfini Portrait", "Jan van Eyck", "in 1434", "painted"),
    "campbell's soup cans": ("Campbell's Soup Cans", "Andy Warhol", "in 1962", "painted"),
    "son of man": ("The Son of Man", "René Magritte", "in 1964", "painted"),
    "whistler's mother": ("Whistler's Mother", "James McNeill Whistler", "in 1871", "painted"),
    "hay wain": ("The Hay Wain", "John Constable", "in 1821", "painted"),
    "fighting temeraire": ("The Fighting Temeraire", "J. M. W. Turner", "in 1839", "painted"),
    "christina's world": ("Christina's World", "Andrew Wyeth", "in 1948", "painted"),
    "gleaners": ("The Gleaners", "Jean-François Millet", "in 1857", "painted"),
    "olympia": ("Olympia", "Édouard Manet", "in 1863", "painted"),
    "luncheon on the grass": ("The Luncheon on the Grass", "Édouard Manet", "in 1863", "painted"),
}
# where each is now (session 25: "Where is it now?" after the Mona Lisa went to the model, and the next follow-up lost the
# painting); the museums' own collections
_LOUVRE, _MOMA, _ORSAY = "the Louvre in Paris", "the Museum of Modern Art in New York", "the Musée d'Orsay in Paris"
_CHICAGO, _LONDON, _PRADO = "the Art Institute of Chicago", "the National Gallery in London", "the Prado in Madrid"
_WHERE = {"mona lisa": _LOUVRE, "last supper": "on a wall of the convent of Santa Maria delle Grazie in Milan",
          "starry night": _MOMA, "scream": "Oslo: the National Museum and the Munch Museum hold its versions",
          "girl with a pearl earring": "the Mauritshuis in The Hague", "night watch": "the Rijksmuseum in Amsterdam",
          "guernica": "the Museo Reina Sofía in Madrid", "les demoiselles d'avignon": _MOMA, "persistence of memory": _MOMA,
          "birth of venus": "the Uffizi Gallery in Florence", "creation of adam": "the Sistine Chapel, in the Vatican",
          "sistine chapel ceiling": "the Vatican, in Rome", "sistine chapel": "the Vatican, in Rome",
          "david": "the Galleria dell'Accademia in Florence", "statue of david": "the Galleria dell'Accademia in Florence",
          "thinker": "the Musée Rodin in Paris, the best-known of its many casts", "kiss": "the Belvedere in Vienna",
          "american gothic": _CHICAGO, "las meninas": _PRADO, "garden of earthly delights": _PRADO,
          "sunday afternoon on the island of la grande jatte": _CHICAGO, "nighthawks": _CHICAGO,
          "school of athens": "the Vatican Museums, in the Raphael Rooms", "liberty leading the people": _LOUVRE,
          "arnolfini portrait": _LONDON, "hay wain": _LONDON, "fighting temeraire": _LONDON, "christina's world": _MOMA,
          "gleaners": _ORSAY, "olympia": _ORSAY, "luncheon on the grass": _ORSAY, "whistler's mother": _ORSAY,
          "campbell's soup cans": _MOMA, "impression sunrise": "the Musée Marmottan Monet in Paris",
          "sunflowers": "several museums: van Gogh painted several; the best known are in the National Gallery in London "
                        "and the Van Gogh Museum in Amsterdam",
          "water lilies": "many museums: the largest are in the Musée de l'Orangerie in Paris",
          "great wave": "many collections, as a print: the Metropolitan Museum in New York and the British Museum in London "
                        "have well-known copies",
          "great wave off kanagawa": "many collections, as a print: the Metropolitan Museum in New York and the British "
                                     "Museum in London have well-known copies"}
_PLACE_NAMES = {"david", "olympia", "guernica", "kiss", "thinker", "sunflowers", "water lilies", "gleaners", "nighthawks"}
_WHERE_ASKED = re.compile(r"where (?:is|are) (?P<a>.+?) (?:now|today|kept|displayed|hung|hanging|located|housed|exhibited|on display)"
                          r"(?: now| today)?|where can (?:i|you|we) see (?P<b>.+)|(?:what|which) museum (?:is|has) (?P<c>.+?)"
                          r"(?: in)?")
_ASKED = re.compile(r"who (?:painted|drew|made|created|sculpted|carved|did|is the (?:artist|painter|sculptor) (?:of|behind)|was "
                    r"the (?:artist|painter|sculptor) (?:of|behind)) (?P<a>.+)|(?:when|what year) (?:was|were|did) (?P<b>.+?) "
                    r"(?:painted|made|created|sculpted|finished|get painted)|(?P<c>.+?),? who (?:painted|made|sculpted) it")


def _key(title: str) -> str:
    title = re.sub(r"[^a-z' ]+", " ", folded(title).lower())
    return re.sub(r"^(?:the|a) |(?: painting| sculpture| statue| by \w+(?: \w+)*)$", "", " ".join(title.split())).strip()


def asked(text: str) -> dict | None:
    """artwork's arguments for "who painted the mona lisa" / "when was the starry night painted" / "where is the mona lisa
    now" (cleaned text)."""
    where = _WHERE_ASKED.fullmatch(text)
    if where and _key(where["a"] or where["b"] or where["c"]) in _WHERE:
        return {"title": _key(where["a"] or where["b"] or where["c"]), "where": True}
    bare = re.fullmatch(r"where (?:is|are) (?P<a>.+)", text)   # "where is the mona lisa" (not "where is olympia": a city too)
    if bare and _key(bare["a"]) in _WHERE and _key(bare["a"]) not in _PLACE_NAMES:
        return {"title": _key(bare["a"]), "where": True}
    m = _ASKED.fullmatch(text)
    if not m:
        return None
    key = _key(m["a"] or m["b"] or m["c"])
    return {"title": key, "when": bool(m["b"])} if key in _WORKS else None


def artwork(title: str, when: bool = False, age: bool = False, where: bool = False) -> SkillResult:
    found = _WORKS.get(_key(title))
    if found is None:
        raise SkillError(f"I don't know who made {title}.")
    name, who, date, how = found
    if where:
        if _key(title) not in _WHERE:
            raise SkillError(f"I don't know where {name} is now.")
        return SkillResult(f"{name} is in {_WHERE[_key(title)]}.", {"title": name, "artist": who, "where": _WHERE[_key(title)]})
    if age:   # "How old was he when he painted it?" (the student: "Leonardo da Vinci was born in 1467.")
        return _age_then(name, who, date, how)
    said = f"{name} was {how} by {who} {date}." if not when else f"{name} was {how} {date}, by {who}."
    return SkillResult(said, {"title": name, "artist": who, "when": date})


def _age_then(name: str, who: str, date: str, how: str) -> SkillResult:
    """The artist's age in the work's first year, from the year of birth WordNet records."""
    from assistant.skills import people

    life = people._people(who) or people._people(who.split()[-1])
    born = re.match(r"(?:born )?(\d{4})(?:-|$)", life[0].years) if life else None
    year = re.search(r"\d{4}", date)
    if not (born and year):
        raise SkillError(f"I don't know when {who} was born.")
    years = int(year.group()) - int(born.group(1))
    name = name[0].lower() + name[1:] if name.startswith("The ") else name
    return SkillResult(f"{who} was born in {born.group(1)}, so about {years - 1} or {years} when {name} was {how}, {date}.",
                       {"title": name, "artist": who, "when": date, "age": years})


SKILL = Skill("artwork", "Who made a famous work of art, and when.",
              {"title": Param(str), "when": Param(bool, required=False), "age": Param(bool, required=False),
               "where": Param(bool, required=False)}, artwork,
              for_model=False)
