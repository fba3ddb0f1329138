"""The world's record holders people ask about: "What's the tallest building in the world?" (the student: "the Burj
Khalifa in Saudi Arabia"), "What's the largest animal?" (issue 13's own example: "elephant"), "What's the fastest
animal?" ("the cheetaser"). Facts that do not change from year to year, with the figure usually given; where
sources differ (the Nile or the Amazon), that is said too. Anything else is the model's."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult

_IN = (r"(?: in the world| on earth| on the planet| ever| of all| of all time| in our solar system| in the solar system|"
       r" (?:of|in) the (?:human )?body| in the human body)?")
_TABLE = {
    "tallest building": (r"(?:tallest|highest|biggest) (?:building|skyscraper)",
                         "The Burj Khalifa in Dubai, 828 meters tall, is the tallest building in the world"),
    "tallest mountain": (r"(?:tallest|highest|biggest) mountain|highest (?:point|peak)",
                         "Mount Everest, 8,849 meters above sea level, is the highest mountain in the world"),
    "longest river": (r"longest river",
                      "The Nile, about 6,650 kilometers long, is usually named the longest river in the world; some "
                      "measurements put the Amazon first"),
    "largest ocean": (r"(?:largest|biggest|deepest) ocean", "The Pacific is the largest and deepest ocean"),
    "deepest point": (r"deepest (?:point|place|part) (?:in|of) the (?:ocean|sea|world)|deepest trench",
                      "The Challenger Deep in the Mariana Trench, in the Pacific, nearly 11,000 meters down, is the deepest "
                      "point of the oceans"),
    "largest desert": (r"(?:largest|biggest) desert",
                       "Antarctica is the largest desert; the largest hot desert is the Sahara"),
    "largest animal": (r"(?:largest|biggest|heaviest) (?:animal|creature|mammal)",
                       "The blue whale, up to about 30 meters long, is the largest animal that has ever lived"),
    "largest land animal": (r"(?:largest|biggest|heaviest) land (?:animal|mammal)", "The African elephant is the largest land animal"),
    "tallest animal": (r"tallest (?:animal|mammal)", "The giraffe, up to about 5.5 meters, is the tallest animal"),
    "fastest animal": (r"fastest (?:animal|bird|creature)",
                       "The peregrine falcon, diving at over 300 kilometers an hour, is the fastest animal; on land it's "
                       "the cheetah, at up to about 110 kilometers an hour"),
    "fastest land animal": (r"fastest land (?:animal|mammal)",
                            "The cheetah, at up to about 110 kilometers an hour, is the fastest land animal"),
    "largest bird": (r"(?:largest|biggest) bird", "The ostrich is the largest bird"),
    "smallest bird": (r"smallest bird", "The bee hummingbird of Cuba, about 5 centimeters long, is the smallest bird"),
    "largest planet": (r"(?:largest|biggest) planet", "Jupiter is the largest planet in our solar system"),
    "smallest planet": (r"smallest planet", "Mercury is the smallest planet in our solar system"),
    "hottest planet": (r"hottest planet", "Venus is the hottest planet in our solar system, at about 465 degrees Celsius"),
    "largest continent": (r"(?:largest|biggest) continent", "Asia is the largest continent"),
    "smallest continent": (r"smallest continent", "Australia is the smallest continent"),
    "largest lake": (r"(?:largest|biggest) lake",
                     "The Caspian Sea is the largest lake by area; the largest freshwater lake by area is Lake Superior"),
    "highest waterfall": (r"(?:highest|tallest) waterfall",
                          "Angel Falls in Venezuela, 979 meters high, is the highest waterfall in the world"),
    "largest organ": (r"(?:largest|biggest) organ(?: in the (?:human )?body)?", "The skin is the body's largest organ"),
    # session 22 (the student: Lake Victoria, "the Great Pyramid of Giza", "the thumb bone", "Mars has rings")
    "deepest lake": (r"deepest lake", "Lake Baikal in Siberia, about 1,640 meters deep, is the deepest lake in the world"),
    "tallest tree": (r"tallest (?:tree|living tree)", "Hyperion, a coast redwood in California, about 116 meters tall, is the "
                                                    "tallest known tree"),
    "smallest bone": (r"smallest bone(?: in the (?:human )?body)?", "The stapes, in the middle ear, about 3 millimeters long, is "
                                                                  "the smallest bone in the body"),
    "largest bone": (r"(?:largest|biggest|longest) bone(?: in the (?:human )?body)?", "The femur, the thigh bone, is the "
                                                                                   "largest bone in the body"),
    "closest star": (r"(?:closest|nearest) star(?: to (?:the )?earth| to us)?", "The Sun is the closest star; after it, Proxima "
                                                                               "Centauri, about 4.2 light years away"),
    "closest planet": (r"(?:closest|nearest) planet to the sun|planet (?:closest|nearest) to the sun|(?:which|what) planet is "
                       r"(?:closest|nearest) to the sun", "Mercury is the planet "
                                                                                                    "closest to the sun"),
    "ringed planets": (r"(?:which|what) planets? (?:has|have) rings", "Saturn has the famous rings; Jupiter, Uranus and Neptune "
                                                                     "have fainter ones"),
    "earth age": (r"how old is (?:the )?(?:earth|planet earth)|(?:the )?age of the earth", "The Earth is about 4.5 billion years "
                                                                                        "old"),
    "universe age": (r"how old is the universe|(?:the )?age of the universe", "The universe is about 13.8 billion years old"),
    # session 23 (the student: "The United States has the most people", "the Mariana Islands", "the elephant")
    "most populous country": (r"(?:which|what) country has the (?:most|largest|biggest) (?:people|population)|(?:most populous|"
                              r"(?:largest|biggest) country by population|country with the (?:most|largest|biggest) "
                              r"(?:people|population))",
                              "India, with about 1.4 billion people, has been the most populous country since 2023, just "
                              "ahead of China"),
    "most spoken language": (r"(?:most spoken|most common|most widely spoken) language|(?:which|what) language (?:has the most "
                             r"speakers|is spoken the most|do the most people speak)",
                             "English has the most speakers in all, about 1.5 billion; Mandarin Chinese has the most native "
                             "speakers, about 940 million"),
    # session 25 (the student: "New York City", "New Zealand", "the ABO blood type", the smallest state "Antarctica")
    "biggest city": (r"(?:biggest|largest|most populous) city|(?:which|what) city has the (?:most|largest|biggest) (?:people|"
                     r"population)", "Tokyo, with about 37 million people in its metropolitan area, is the biggest city in the "
                     "world; Delhi and Shanghai come next, and counted within city limits, Chongqing or Shanghai lead"),
    "largest island": (r"(?:largest|biggest) island", "Greenland, about 2.2 million square kilometers, is the largest island "
                                                      "in the world; Australia counts as a continent"),
    "rarest blood type": (r"rarest blood (?:type|group)|(?:least|less) common blood (?:type|group)",
                          "AB negative is the rarest of the main blood types, under 1 percent of people"),
    "most common blood type": (r"most common blood (?:type|group)", "O positive is the most common blood type, about 38 "
                                                                    "percent of people in the United States"),
    "largest state": (r"(?:largest|biggest) (?:us |u s |american )?state(?: in (?:the )?(?:us|usa|u s|united states|america|"
                      r"country))?(?: by (?:area|size))?", "Alaska is the largest US state by area, then Texas and California"),
    "smallest state": (r"smallest (?:us |u s |american )?state(?: in (?:the )?(?:us|usa|u s|united states|america|country))?"
                       r"(?: by (?:area|size))?", "Rhode Island is the smallest US state by area"),
    "most islands": (r"(?:which|what) country has (?:the )?most islands|country with (?:the )?most islands",
                     "Sweden has the most islands, about 267,000, most of them small and uninhabited; Norway and Finland "
                     "follow"),
    "longest living animal": (r"(?:longest[- ]living|longest[- ]lived|oldest living) animal|(?:which|what) animal lives (?:the )?longest|"
                              r"(?:which|what) animal (?:has|has the) (?:the )?longest (?:life ?span|life)",
                              "Among animals with a backbone, the Greenland shark, thought to live about 400 years; a clam "
                              "called Ming lived 507 years, and the bowhead whale, over 200, is the longest-lived mammal"),
    "tallest building in new york": (r"(?:tallest|highest|biggest) building in new york(?: city)?|(?:tallest|highest) building in "
                                     r"(?:nyc|manhattan)", "One World Trade Center, 541 meters or 1,776 feet to the tip of its "
                                                           "spire, is the tallest building in New York"),
    "longest word": (r"longest (?:english )?word(?: in (?:the )?english(?: language)?| in the dictionary)?",
                     "Pneumonoultramicroscopicsilicovolcanoconiosis, a lung disease from breathing in fine dust, 45 letters, "
                     "is the longest word in major English dictionaries; antidisestablishmentarianism, 28 letters, is the "
                     "longest usually heard"),
    "largest flying mammal": (r"(?:largest|biggest) (?:flying mammal|mammal that (?:can )?flies|mammal that can fly|bat)",
                              "The largest bats, flying foxes such as the giant golden-crowned flying fox, with wings up to "
                              "about 1.7 meters across, are the largest mammals that fly"),
    "most moons": (r"(?:which|what) planet has the most moons|planet with the most moons", "Saturn has the most moons: 146 known, "
                                                                                             "as counted in 2023; Jupiter has 95"),
    "biggest star": (r"(?:biggest|largest) (?:known )?star", "The largest known stars, red supergiants such as UY Scuti and "
                     "Stephenson 2-18, are roughly 1,700 to 2,000 times as wide as the Sun"),
    "atmosphere gas": (r"(?:most abundant|most common|main) gas in (?:the |our |earth's )?(?:atmosphere|air)",
                       "Nitrogen is the most abundant gas in the air, about 78 percent; oxygen is about 21 percent"),
    "loudest animal": (r"loudest (?:animal|creature|mammal)", "The sperm whale is the loudest animal, with clicks of up to about "
                                                             "230 decibels underwater; on land, the howler monkey is among the "
                                                             "loudest"),
    "coldest place": (r"coldest (?:place|continent)", "Antarctica is the coldest place on Earth: the lowest temperature "
                                                      "measured, minus 89.2 degrees Celsius, was at Vostok Station in 1983"),
    "hardest substance": (r"hardest (?:natural )?(?:substance|material|mineral)", "Diamond is the hardest natural material"),
}
# the longest river and the highest mountain of a continent or a country ("the longest river in Europe": the student
# said the Danube, "from the Black Sea to the North Sea")
_RIVERS = {"europe": "The Volga, about 3,530 kilometers long", "africa": "The Nile, about 6,650 kilometers long",
           "south america": "The Amazon, about 6,400 kilometers long", "asia": "The Yangtze, about 6,300 kilometers long",
           "north america": "The Missouri, about 3,770 kilometers long", "the us": "The Missouri, about 3,770 kilometers long",
           "america": "The Missouri, about 3,770 kilometers long", "the united states": "The Missouri, about 3,770 kilometers long",
           "australia": "The Murray, about 2,510 kilometers long", "the uk": "The Severn, about 354 kilometers long",
           "britain": "The Severn, about 354 kilometers long", "england": "The Thames, about 346 kilometers long",
           "canada": "The Mackenzie, about 1,740 kilometers long", "india": "The Ganges, about 2,525 kilometers long",
           "china": "The Yangtze, about 6,300 kilometers long", "france": "The Loire, about 1,010 kilometers long",
           "germany": "The Rhine, about 1,230 kilometers long, is the longest river flowing through Germany"}
_PEAKS = {"europe": "Mount Elbrus, 5,642 meters, in the Caucasus; Mont Blanc, 4,806 meters, is the highest in the Alps",
          "africa": "Mount Kilimanjaro, 5,895 meters", "north america": "Denali, in Alaska, 6,190 meters",
          "the us": "Denali, in Alaska, 6,190 meters", "the united states": "Denali, in Alaska, 6,190 meters",
          "america": "Denali, in Alaska, 6,190 meters", "south america": "Aconcagua, 6,961 meters",
          "the uk": "Ben Nevis, 1,345 meters", "britain": "Ben Nevis, 1,345 meters", "scotland": "Ben Nevis, 1,345 meters",
          "japan": "Mount Fuji, 3,776 meters", "australia": "Mount Kosciuszko, 2,228 meters",
          "the alps": "Mont Blanc, 4,806 meters", "asia": "Mount Everest, 8,849 meters"}
# the largest country of a continent (the student: "The largest country in Africa is Africa.")
_COUNTRIES = {"africa": "Algeria, about 2.4 million square kilometers",
              "asia": "China, if Russia, most of whose land is in Asia, is not counted; Russia otherwise",
              "europe": "Russia, with its European part alone; the largest wholly in Europe is Ukraine",
              "south america": "Brazil, about 8.5 million square kilometers", "north america": "Canada, about 10 million square "
              "kilometers", "oceania": "Australia", "the middle east": "Saudi Arabia", "central america": "Nicaragua",
              "the caribbean": "Cuba"}
_NAMED = {"the us": "the US", "the uk": "the UK", "the united states": "the United States", "the alps": "the Alps",
          "the middle east": "the Middle East", "the caribbean": "the Caribbean"}


def _region(where: str) -> str:
    return _NAMED.get(where) or where.title()


# a day and a year on each planet (session 25: "How long is a day on Venus?" was the time here, "7:28 PM"); a day is
# from noon to noon (the solar day), where that differs from one turn on the axis it is said
_DAYS = {"mercury": "about 176 Earth days from noon to noon, though it turns once on its axis every 59",
         "venus": "about 117 Earth days from sunrise to sunrise; it turns once every 243 Earth days, backwards, longer "
                  "than its year",
         "earth": "24 hours", "the moon": "about 29.5 Earth days, from one sunrise to the next",
         "mars": "about 24 hours and 37 minutes", "jupiter": "about 10 hours", "saturn": "about 10 hours and 40 minutes",
         "uranus": "about 17 hours", "neptune": "about 16 hours"}
_YEARS = {"mercury": "88 Earth days", "venus": "225 Earth days", "earth": "365.25 days", "mars": "687 Earth days",
          "jupiter": "about 12 Earth years", "saturn": "about 29 Earth years", "uranus": "about 84 Earth years",
          "neptune": "about 165 Earth years"}
for _where, _said in _DAYS.items():
    _TABLE[f"day on {_where}"] = (rf"how long is (?:a|one) day on {_where}|how (?:long|many hours) (?:does|is) (?:a|one) day (?:last )?on "
                                  rf"{_where}(?: last)?|(?:the )?length of (?:a|one) day on {_where}",
                                  f"A day on {_region(_where) if _where != 'the moon' else 'the Moon'} is {_said}")
for _where, _said in _YEARS.items():
    _TABLE[f"year on {_where}"] = (rf"how long is (?:a|one) year on {_where}|how (?:long|many days) (?:does|is) (?:a|one) year (?:last )?"
                                   rf"on {_where}(?: last)?|how long does it take {_where} to (?:go around|orbit|circle) the sun",
                                   f"A year on {_region(_where)}, once around the Sun, is {_said}")
for _where, _said in _RIVERS.items():
    _TABLE[f"longest river in {_where}"] = (rf"longest river in {_where}",
                                            _said if "longest river" in _said else f"{_said}, is the longest river in "
                                            f"{_region(_where)}")
for _where, _said in _COUNTRIES.items():
    _TABLE[f"largest country in {_where}"] = (rf"(?:largest|biggest) country in {_where}",
                                              f"The largest country in {_region(_where)} is {_said}")
for _where, _said in _PEAKS.items():
    _TABLE[f"highest mountain in {_where}"] = (rf"(?:highest|tallest) (?:mountain|peak|point) in {_where}",
                                               f"The highest mountain in {_region(_where)} is {_said}")

_ASKED = [(key, re.compile(rf"(?:what is |what's |which is |what are |name )?(?:the )?(?:{pattern}){_IN}"))
          for key, (pattern, _said) in _TABLE.items()]


def asked(text: str) -> dict | None:
    """record's arguments for a question about a record holder (cleaned text), or None."""
    turned = _TURNED.fullmatch(text)   # "which ocean is the deepest": the deepest ocean
    if turned:
        text = f"the {turned['most']} {turned['thing']}{turned['rest']}"
    return next(({"what": key} for key, pattern in _ASKED if pattern.fullmatch(text)), None)


_TURNED = re.compile(r"(?:which|what) (?P<thing>[a-z]+(?: [a-z]+)?) (?:is|was) (?:the )?(?P<most>[a-z]+est|biggest|hottest|"
                     r"most (?:populous|spoken))(?P<rest>.*)")


def record(what: str) -> SkillResult:
    if what not in _TABLE:
        raise SkillError(f"I don't know the {what}.")
    said = _TABLE[what][1]
    return SkillResult(said + ".", {"what": what, "answer": said})


SKILL = Skill("record", "The world's record holders: the tallest building, the largest animal, the longest river.",
              {"what": Param(str, choices=tuple(_TABLE))}, record, for_model=False)
