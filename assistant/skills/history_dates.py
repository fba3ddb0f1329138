"""When the events everyone learns about happened: "What year did the Titanic sink?" (the student: 1996), "When did
World War II end?", "When was the Berlin Wall torn down?". The dates are the ones history books give; where an
event has two dates (the war in Europe and in the Pacific), both are said. Anything else is the model's."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult

_WW1 = r"(?:world war (?:1|one|i)|the first world war|the great war|ww1|wwi)"
_WW2 = r"(?:world war (?:2|two|ii)|the second world war|ww2|wwii)"
_START = r"(?:start|begin|break out|happen)"
# key: (the event as asked, after "when did" / "what year was" ...; what is said)
_EVENTS = {
    "titanic": (r"(?:the )?titanic (?:sink|sank|go down|hit the iceberg)|(?:the )?titanic sunk|the sinking of the titanic",
                "The Titanic sank on April 15, 1912, after hitting an iceberg the night before."),
    "ww1 start": (rf"{_WW1} {_START}|{_WW1} started", "World War I began in July 1914."),
    "ww1 end": (rf"{_WW1} end|{_WW1} ended|{_WW1} finish", "World War I ended with the armistice of November 11, 1918."),
    "ww2 start": (rf"{_WW2} {_START}|{_WW2} started", "World War II began on September 1, 1939, when Germany invaded Poland."),
    "ww2 end": (rf"{_WW2} end|{_WW2} ended|{_WW2} finish",
                "World War II ended in 1945: in Europe on May 8, and in the Pacific on September 2."),
    "moon landing": (r"(?:the first |the )?moon landing(?: happen)?|(?:man|humans|people|we|anyone|neil armstrong|the first man) "
                     r"(?:first )?(?:land|walk|step) on the moon|apollo 11 land",
                     "Apollo 11 landed on the Moon on July 20, 1969; Neil Armstrong was the first to walk on it."),
    "berlin wall fall": (r"the berlin wall (?:fall|come down|get torn down|torn down|fell)|the fall of the berlin wall",
                         "The Berlin Wall fell on November 9, 1989."),
    "berlin wall built": (r"the berlin wall (?:built|go up|get built)", "The Berlin Wall was built in August 1961."),
    "independence": (r"the declaration of independence (?:signed|get signed|written|adopted)|america (?:become|declare) "
                     r"independen(?:t|ce)|the united states (?:become|declare) independen(?:t|ce)|the us (?:become|declare) "
                     r"independen(?:t|ce)",
                     "The Declaration of Independence was adopted on July 4, 1776."),
    "french revolution": (r"the french revolution(?: start| begin| happen)?", "The French Revolution began in 1789, with "
                                                                                   "the storming of the Bastille on July 14."),
    "columbus": (r"columbus (?:discover|reach|arrive in|sail to|land in) (?:america|the americas|the new world)",
                 "Christopher Columbus reached the Americas on October 12, 1492."),
    "civil war": (r"the (?:american |us )?civil war(?: start| begin| end| happen)?",
                  "The American Civil War lasted from 1861 to 1865."),
    "magna carta": (r"(?:the )?magna carta (?:signed|sealed|written)", "The Magna Carta was sealed in 1215."),
    "wright brothers": (r"the (?:first (?:airplane|aeroplane|plane|powered) flight|wright brothers(?: first)? fly)(?: happen)?",
                        "The Wright brothers made the first powered airplane flight on December 17, 1903."),
    "9/11": (r"(?:the )?(?:9/11|9 11|september 11(?:th)?)(?: attacks?)?(?: happen)?",
             "The September 11 attacks were in 2001, on Tuesday, September 11."),
    "jfk": (r"(?:jfk|john f\.? kennedy|president kennedy|kennedy) (?:assassinated|shot|killed|die)",
            "President John F. Kennedy was assassinated on November 22, 1963, in Dallas."),
    "lincoln": (r"(?:abraham )?lincoln (?:assassinated|shot|killed|die)",
                "Abraham Lincoln was shot on April 14, 1865, and died the next morning."),
    "pearl harbor": (r"(?:the )?(?:attack on )?pearl harbor(?: attack)?(?: happen)?",
                     "Japan attacked Pearl Harbor on December 7, 1941."),
    "d-day": (r"d[ -]?day(?: happen)?|the normandy landings?(?: happen)?", "D-Day, the Normandy landings, was June 6, 1944."),
    "soviet union": (r"the (?:soviet union|ussr) (?:collapse|fall|end|break up|dissolve)",
                     "The Soviet Union was dissolved on December 26, 1991."),
    "chernobyl": (r"(?:the )?chernobyl(?: disaster| accident)?(?: happen)?", "The Chernobyl disaster was on April 26, 1986."),
    "hiroshima": (r"(?:the )?(?:atomic )?bomb(?:ing)? (?:of |drop on |dropped on )?hiroshima|hiroshima (?:bombed|happen)",
                  "The atomic bomb was dropped on Hiroshima on August 6, 1945, and on Nagasaki on August 9."),
    "great fire": (r"the great fire of london(?: happen)?", "The Great Fire of London was in September 1666."),
    "hastings": (r"the battle of hastings(?: happen)?", "The Battle of Hastings was fought on October 14, 1066."),
    "india independence": (r"india (?:become|gain|get) independen(?:t|ce)", "India became independent on August 15, 1947."),
    "mandela": (r"(?:nelson )?mandela (?:released|freed|get out of prison)", "Nelson Mandela was released from prison on "
                                                                              "February 11, 1990."),
    "iphone": (r"the (?:first )?iphone (?:come out|released|launched|launch)",
               "The first iPhone went on sale on June 29, 2007."),
    "web": (r"the (?:world wide )?web invented|tim berners-lee invent the (?:world wide )?web",
            "Tim Berners-Lee proposed the World Wide Web in 1989, at CERN."),
    "penicillin": (r"penicillin discovered|(?:alexander )?fleming discover penicillin",
                   "Alexander Fleming discovered penicillin in 1928."),
    "russian revolution": (r"the russian revolution(?: start| begin| happen)?", "The Russian Revolution was in 1917."),
    "sputnik": (r"sputnik (?:launched|go up)|the first satellite launched",
                "Sputnik 1, the first satellite, was launched on October 4, 1957."),
    "brexit": (r"(?:brexit(?: happen)?|the uk leave the eu|britain leave the eu)",
               "The United Kingdom left the European Union on January 31, 2020."),
    "eiffel tower": (r"the eiffel tower (?:built|finished|completed|opened)", "The Eiffel Tower was completed in 1889."),
    "pompeii": (r"(?:vesuvius (?:erupt|destroy pompeii)|pompeii (?:destroyed|buried))",
                "Mount Vesuvius buried Pompeii in the year 79."),
    "american revolution": (r"the american revolution(?:ary war)?(?: start| begin| happen)?",
                            "The American Revolutionary War lasted from 1775 to 1783."),
    "great depression": (r"the great depression(?: start| begin| happen)?",
                         "The Great Depression began with the stock market crash of October 1929."),
}
_ASKED = re.compile(r"(?:in )?(?:what|which) year (?:did|was|were) (?P<a>.+)|when (?:did|was|were) (?P<b>.+)|"
                    r"(?:on )?what (?:date|day) (?:did|was) (?P<c>.+)|when (?:is|was) (?P<d>the .+?) (?:anniversary|date)")
_PATTERNS = [(key, re.compile(pattern)) for key, (pattern, _) in _EVENTS.items()]


def asked(text: str) -> dict | None:
    """history_date's arguments for "what year did the titanic sink" (cleaned text), or None."""
    m = _ASKED.fullmatch(text)
    if not m:
        return None
    event = re.sub(r"^(?:it that )?", "", m["a"] or m["b"] or m["c"] or m["d"]).strip()
    return next(({"event": key} for key, pattern in _PATTERNS if pattern.fullmatch(event)), None)


def history_date(event: str) -> SkillResult:
    if event not in _EVENTS:
        raise SkillError("I don't have that event's date.")
    return SkillResult(_EVENTS[event][1], {"event": event})


SKILL = Skill("history_date", "When a well-known event in history happened.",
              {"event": Param(str, choices=tuple(_EVENTS))}, history_date, for_model=False)
