"""Sports history that does not change: who won each men's football World Cup and against whom, how many a country has
won, and where the Olympics were and will be held ("When are the next Olympics?" -> the student: "in 2024", two years
after; "Who won the World Cup in 2018?" got the offline notice). Results after what this table knows (the 2026 World
Cup's final, in July 2026) are said to be unknown offline, never guessed."""

from __future__ import annotations

import datetime as dt
import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult

# year: (winner, how the final went)
WORLD_CUP = {
    1930: ("Uruguay", "beating Argentina 4 to 2 in the final"), 1934: ("Italy", "beating Czechoslovakia 2 to 1 in the final"),
    1938: ("Italy", "beating Hungary 4 to 2 in the final"), 1950: ("Uruguay", "beating Brazil 2 to 1 in the deciding match"),
    1954: ("West Germany", "beating Hungary 3 to 2 in the final"), 1958: ("Brazil", "beating Sweden 5 to 2 in the final"),
    1962: ("Brazil", "beating Czechoslovakia 3 to 1 in the final"), 1966: ("England", "beating West Germany 4 to 2 in the final"),
    1970: ("Brazil", "beating Italy 4 to 1 in the final"), 1974: ("West Germany", "beating the Netherlands 2 to 1 in the final"),
    1978: ("Argentina", "beating the Netherlands 3 to 1 in the final"), 1982: ("Italy", "beating West Germany 3 to 1 in the final"),
    1986: ("Argentina", "beating West Germany 3 to 2 in the final"), 1990: ("West Germany", "beating Argentina 1 to 0 in the final"),
    1994: ("Brazil", "beating Italy on penalties in the final"), 1998: ("France", "beating Brazil 3 to 0 in the final"),
    2002: ("Brazil", "beating Germany 2 to 0 in the final"), 2006: ("Italy", "beating France on penalties in the final"),
    2010: ("Spain", "beating the Netherlands 1 to 0 in the final"), 2014: ("Germany", "beating Argentina 1 to 0 in the final"),
    2018: ("France", "beating Croatia 4 to 2 in the final"), 2022: ("Argentina", "beating France on penalties after a 3-all draw"),
}
_UNKNOWN_AFTER = dt.date(2026, 7, 19)
_MONTH_ONLY = {("winter", 2030), ("winter", 2034)}   # not yet fixed to the day   # the 2026 final: after this table
# (season, year): (host, when it opens or opened)
OLYMPICS = {
    ("summer", 2000): ("Sydney", dt.date(2000, 9, 15)), ("summer", 2004): ("Athens", dt.date(2004, 8, 13)),
    ("summer", 2008): ("Beijing", dt.date(2008, 8, 8)), ("summer", 2012): ("London", dt.date(2012, 7, 27)),
    ("summer", 2016): ("Rio de Janeiro", dt.date(2016, 8, 5)),
    ("summer", 2020): ("Tokyo, held in 2021 because of the pandemic,", dt.date(2021, 7, 23)),
    ("summer", 2024): ("Paris", dt.date(2024, 7, 26)), ("summer", 2028): ("Los Angeles", dt.date(2028, 7, 14)),
    ("summer", 2032): ("Brisbane", dt.date(2032, 7, 23)),
    ("winter", 2002): ("Salt Lake City", dt.date(2002, 2, 8)), ("winter", 2006): ("Turin", dt.date(2006, 2, 10)),
    ("winter", 2010): ("Vancouver", dt.date(2010, 2, 12)), ("winter", 2014): ("Sochi", dt.date(2014, 2, 7)),
    ("winter", 2018): ("Pyeongchang", dt.date(2018, 2, 9)), ("winter", 2022): ("Beijing", dt.date(2022, 2, 4)),
    ("winter", 2026): ("Milan and Cortina d'Ampezzo", dt.date(2026, 2, 6)), ("winter", 2030): ("the French Alps", dt.date(2030, 2, 1)),
    ("winter", 2034): ("Salt Lake City", dt.date(2034, 2, 10)),
}
_NAMES = {"brazil": "Brazil", "germany": "Germany", "west germany": "Germany", "italy": "Italy", "argentina": "Argentina",
          "france": "France", "uruguay": "Uruguay", "england": "England", "spain": "Spain"}
_KIND = r"(?:fifa |men's |football |soccer )*world cup"
_CUP = rf"(?:the )?{_KIND}"
_ASKED = [
    ("cup", re.compile(rf"who won {_CUP} (?:in |of )?(?P<year>19[3-9]\d|20[0-2]\d)|who won the (?P<year2>19[3-9]\d|20[0-2]\d) "
                       rf"(?:fifa |men's |football |soccer )*world cup|(?:which|what) (?:country|team) won {_CUP} in (?P<year3>\d{{4}})")),
    ("last cup", re.compile(rf"who won {_CUP} (?:last time|most recently)|who won the (?:last|latest|most recent) {_KIND}|"
                            rf"who (?:are|is) the (?:current )?world cup (?:champions?|winners?)")),
    ("cups of", re.compile(rf"how many (?:world cups|times) (?:has|have|did) (?P<who>[a-z ]+?) (?:won|win)(?: {_CUP})?")),
    ("most cups", re.compile(rf"(?:which|what) (?:country|team) has won (?:the )?most world cups|who has (?:won )?the most world cups")),
    ("next olympics", re.compile(r"(?:when|where) (?:are|is|will be) the next (?:(?P<season>summer|winter) )?olympics?(?: games)?"
                                 r"(?: (?:held|be held|taking place))?|when do the next (?:(?P<season2>summer|winter) )?olympics "
                                 r"(?:start|begin)")),
    ("olympics in", re.compile(r"where (?:were|was|are|will) the (?P<year>\d{4}) (?:(?P<season>summer|winter) )?olympics?(?: games)?"
                               r"(?: (?:held|be held|hosted))?|(?:who|which city) host(?:ed|s|ing)? the (?P<year2>\d{4}) "
                               r"(?:(?P<season2>summer|winter) )?olympics?(?: games)?")),
]


def asked(text: str) -> dict | None:
    """sports_fact's arguments (cleaned text), or None."""
    for kind, pattern in _ASKED:
        m = pattern.fullmatch(text)
        if not m:
            continue
        groups = {k.rstrip("23"): v for k, v in m.groupdict().items() if v}
        if kind in ("cup", "olympics in"):
            return {"what": kind, "year": int(groups["year"]), **({"season": groups["season"]} if "season" in groups else {})}
        if kind == "cups of":
            return {"what": kind, "who": groups["who"]} if groups["who"].strip() in _NAMES else None
        return {"what": kind, **({"season": groups["season"]} if "season" in groups else {})}
    return None


def sports_fact(what: str, year: int = 0, who: str = "", season: str = "", today: dt.date | None = None) -> SkillResult:
    today = today or dt.date.today()
    if what == "cup":
        if year not in WORLD_CUP:
            raise SkillError(f"There was no men's World Cup in {year}: it's held every four years, from 1930 (none in 1942 "
                             "or 1946)." if year < 2026 else f"I don't know the {year} World Cup's result offline.")
        winner, final = WORLD_CUP[year]
        return SkillResult(f"{winner} won the {year} World Cup, {final}.", {"year": year, "winner": winner})
    if what == "last cup":
        year = max(WORLD_CUP)
        winner, final = WORLD_CUP[year]
        later = " The 2026 final, in July 2026, is after what I know, and I'm offline." if today > _UNKNOWN_AFTER else ""
        return SkillResult(f"The latest World Cup I know is {year}'s: {winner} won, {final}.{later}", {"year": year, "winner": winner})
    if what == "cups of":
        name = _NAMES[who.strip()]
        years = [y for y, (w, _) in WORLD_CUP.items() if _NAMES.get(w.lower()) == name]
        said = ", ".join(str(y) for y in years[:-1]) + f" and {years[-1]}" if len(years) > 1 else str(years[0])
        as_west = " (as West Germany in 1954, 1974 and 1990)" if name == "Germany" else ""
        return SkillResult(f"{name} has won the men's World Cup {len(years)} times{as_west}: {said}, up to 2022.",
                           {"team": name, "wins": len(years)})
    if what == "most cups":
        return SkillResult("Brazil has won the most men's World Cups: 5, in 1958, 1962, 1970, 1994 and 2002; Germany and "
                           "Italy have 4 each.", {"team": "Brazil", "wins": 5})
    if what == "next olympics":
        seasons = [season] if season else ["summer", "winter"]
        parts = []
        for s in seasons:
            year, (host, opens) = min(((y, v) for (k, y), v in OLYMPICS.items() if k == s and v[1] >= today), default=(0, ("", None)))
            if year:
                when = (f"in {opens.strftime('%B')} {year}" if (s, year) in _MONTH_ONLY
                        else f"opening on {opens.strftime('%B')} {opens.day}, {year}")
                parts.append(f"the next {s.capitalize()} Olympics are in {host}, {when}")
        if not parts:
            raise SkillError("I don't know where the next Olympics will be.")
        said = "; ".join(parts)
        return SkillResult(said[0].upper() + said[1:] + ".", {"next": parts})
    if what == "olympics in":
        found = [(s, OLYMPICS[(s, year)][0]) for s in ([season] if season else ["summer", "winter"]) if (s, year) in OLYMPICS]
        if not found:
            raise SkillError(f"I don't know of Olympics in {year}.")
        said = " and ".join(f"the {year} {s.capitalize()} Olympics {'were' if year < today.year else 'are'} in {host}"
                            for s, host in found)
        return SkillResult(said[0].upper() + said[1:] + ".", {"year": year, "hosts": [h for _, h in found]})
    raise SkillError("I don't know that sports fact.")


SKILL = Skill("sports_fact", "Football World Cup winners and where the Olympics were and will be held.",
              {"what": Param(str, choices=("cup", "last cup", "cups of", "most cups", "next olympics", "olympics in")),
               "year": Param(int, required=False), "who": Param(str, required=False), "season": Param(str, required=False)},
              sports_fact, for_model=False)
