"""How many of something a thing has, the counts everyone learns: "How many legs does an insect have?" (the student:
four), "How many hearts does an octopus have?" (eight), "How many strings does a standard guitar have?" (12), "How many
keys are on a piano?". Anything else is the model's."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult

# (what is counted, the thing): what is said
_COUNTS = {
    ("legs", "insect"): "An insect has 6 legs.", ("legs", "spider"): "A spider has 8 legs.",
    ("legs", "ant"): "An ant has 6 legs.", ("legs", "bee"): "A bee has 6 legs.", ("legs", "crab"): "A crab has 10 legs.",
    ("legs", "lobster"): "A lobster has 10 legs.", ("legs", "dog"): "A dog has 4 legs.", ("legs", "cat"): "A cat has 4 legs.",
    ("legs", "bird"): "A bird has 2 legs.", ("legs", "octopus"): "An octopus has 8 arms.",
    ("arms", "octopus"): "An octopus has 8 arms.", ("arms", "starfish"): "Most starfish have 5 arms.",
    ("tentacles", "octopus"): "An octopus has 8 arms (squid have 8 arms and 2 tentacles).",
    ("hearts", "octopus"): "An octopus has 3 hearts.", ("hearts", "earthworm"): "An earthworm has 5 pairs of hearts, "
                                                                              "usually counted as 5 hearts.",
    ("wings", "bee"): "A bee has 4 wings.", ("wings", "butterfly"): "A butterfly has 4 wings.",
    ("wings", "fly"): "A fly has 2 wings.", ("eyes", "spider"): "Most spiders have 8 eyes.",
    ("eyes", "bee"): "A bee has 5 eyes: 2 large compound eyes and 3 small ones on top.",
    ("humps", "camel"): "A dromedary camel has 1 hump; a Bactrian camel has 2.",
    ("stomachs", "cow"): "A cow has 1 stomach with 4 compartments, often called 4 stomachs.",
    ("teeth", "adult"): "An adult has 32 teeth, wisdom teeth included.", ("teeth", "human"): "An adult has 32 teeth, "
                                                                                          "wisdom teeth included.",
    ("teeth", "child"): "A child has 20 baby teeth.", ("bones", "human body"): "An adult human body has 206 bones.",
    ("bones", "shark"): "A shark has no bones: its skeleton is made of cartilage.",
    ("hearts", "human"): "A human has 1 heart, with 4 chambers.", ("chambers", "human heart"): "The human heart has 4 chambers.",
    ("chromosomes", "human"): "A human has 46 chromosomes, in 23 pairs.",
    ("strings", "guitar"): "A standard guitar has 6 strings.", ("strings", "violin"): "A violin has 4 strings.",
    ("strings", "ukulele"): "A ukulele has 4 strings.", ("strings", "bass guitar"): "A bass guitar usually has 4 strings.",
    ("strings", "cello"): "A cello has 4 strings.", ("strings", "harp"): "A concert harp has 47 strings.",
    ("keys", "piano"): "A standard piano has 88 keys: 52 white and 36 black.",
    ("players", "soccer team"): "A soccer team has 11 players on the field.",
    ("players", "football team"): "A soccer team has 11 players on the field; an American football team has 11 too.",
    ("players", "basketball team"): "A basketball team has 5 players on the court.",
    ("players", "baseball team"): "A baseball team has 9 players on the field.",
    ("players", "volleyball team"): "A volleyball team has 6 players on the court.",
    ("players", "hockey team"): "An ice hockey team has 6 players on the ice, the goalie included.",
    ("cards", "deck"): "A standard deck has 52 cards, plus 2 jokers in many packs.",
    ("squares", "chessboard"): "A chessboard has 64 squares.", ("pieces", "chess set"): "A chess set has 32 pieces, 16 "
                                                                                       "for each player.",
    ("sides", "triangle"): "A triangle has 3 sides.", ("sides", "square"): "A square has 4 sides.",
    ("sides", "pentagon"): "A pentagon has 5 sides.", ("sides", "hexagon"): "A hexagon has 6 sides.",
    ("sides", "heptagon"): "A heptagon has 7 sides.", ("sides", "octagon"): "An octagon has 8 sides.",
    ("sides", "nonagon"): "A nonagon has 9 sides.", ("sides", "decagon"): "A decagon has 10 sides.",
    ("sides", "dodecagon"): "A dodecagon has 12 sides.", ("faces", "cube"): "A cube has 6 faces.",
    ("stripes", "american flag"): "The American flag has 13 stripes, for the 13 original colonies.",
    ("stars", "american flag"): "The American flag has 50 stars, one for each state.",
    ("colors", "rainbow"): "A rainbow has 7 colors: red, orange, yellow, green, blue, indigo and violet.",
    ("states", "united states"): "The United States has 50 states.",
    ("timezones", "russia"): "Russia has 11 time zones; France, with its overseas territories, has 12, the most of any "
                             "country.",
    ("timezones", "united states"): "The 50 states use 6 standard time zones: Eastern, Central, Mountain, Pacific, Alaska and "
                          "Hawaii-Aleutian; with the territories, 9.",
    ("bones", "baby"): "A newborn baby has about 270 to 300 bones; many fuse together as it grows, to the 206 of an adult.",
    ("words", "english language"): "The Oxford English Dictionary has about 170,000 words in current use, and about 47,000 "
                                    "obsolete ones; an adult knows about 20,000 to 35,000 of them.",
    # session 25 (the student: Europe "28", a baby "20 bones", English "199 words"): the United Nations' member and observer states on each continent
    ("countries", "europe"): "Europe has about 44 countries; the count depends on how Russia, Turkey and others that span "
                             "two continents are counted.",
    ("countries", "africa"): "Africa has 54 countries.", ("countries", "asia"): "Asia has 48 countries, counting Russia "
                                                                                 "and Turkey with Europe.",
    ("countries", "south america"): "South America has 12 countries.",
    ("countries", "north america"): "North America has 23 countries, Central America and the Caribbean included.",
    ("countries", "oceania"): "Oceania has 14 countries, Australia and New Zealand among them.",
    ("rings", "olympic"): "The Olympic symbol has 5 rings.",
    ("moons", "mars"): "Mars has 2 moons, Phobos and Deimos.", ("moons", "earth"): "The Earth has 1 moon.",
    ("moons", "venus"): "Venus has no moons.", ("moons", "mercury"): "Mercury has no moons.",
    ("moons", "jupiter"): "Jupiter has 95 known moons, as counted in 2023; more are still being found.",
    ("moons", "saturn"): "Saturn has 146 known moons, as counted in 2023; more are still being found.",
    ("moons", "uranus"): "Uranus has 28 known moons.", ("moons", "neptune"): "Neptune has 16 known moons.",
    # session 24 (the student: a cat "five bones", a centipede "eight legs", a worm "36 hearts", Saturn "12 rings", a keyboard
    # "8 keys", the periodic table "88 elements", "five main muscles", "48 US presidents", "10 amendments", "13 stars")
    ("bones", "cat"): "A cat has about 230 to 250 bones, depending on the length of its tail.",
    ("bones", "dog"): "A dog has about 320 bones, depending on the length of its tail.",
    ("legs", "centipede"): "It depends on the kind: from 30 to 354 legs, always an odd number of pairs, so never exactly 100.",
    ("legs", "millipede"): "Most millipedes have 80 to 400 legs; one species has over 1,300.",
    ("chambers", "cow's stomach"): "A cow's stomach has 4 compartments: the rumen, reticulum, omasum and abomasum.",
    ("rings", "saturn"): "Saturn has 7 main rings, named A to G, each made of thousands of thin ringlets.",
    ("keys", "keyboard"): "A full-size keyboard has 104 keys, 105 in Europe; laptops and compact keyboards have fewer, often "
                          "78 to 87.",
    ("elements", "periodic table"): "The periodic table has 118 elements, from hydrogen to oganesson.",
    ("muscles", "human body"): "The human body has about 600 muscles.",
    ("languages", "world"): "About 7,000 languages are spoken in the world today.",
    ("presidents", "united states"): "Donald Trump is the 47th president, and 45 people have held the office: Grover Cleveland "
                                     "and Donald Trump each served two separate terms.",
    ("amendments", "constitution"): "The US Constitution has 27 amendments; the first 10 are the Bill of Rights.",
    ("zeros", "million"): "A million has 6 zeros: 1,000,000. A billion has 9, and a trillion 12.",
    ("zeros", "billion"): "A billion has 9 zeros: 1,000,000,000. A million has 6, and a trillion 12.",
    ("zeros", "trillion"): "A trillion has 12 zeros. A billion has 9, and a million 6.",
    ("holes", "golf course"): "A full golf course has 18 holes.", ("innings", "baseball game"): "A baseball game has 9 innings.",
}
_ALIASES = {"newborn": "baby", "newborn baby": "baby", "infant": "baby", "english": "english language",
            "the english language": "english language", "english dictionary": "english language",
            "the english dictionary": "english language", "australia and oceania": "oceania", "australia": "oceania", "insects": "insect", "spiders": "spider", "octopuses": "octopus", "octopi": "octopus", "guitars": "guitar",
            "standard guitar": "guitar", "regular guitar": "guitar", "acoustic guitar": "guitar", "electric guitar": "guitar",
            "human": "human", "person": "human", "adult human": "adult", "grown up": "adult", "grown-up": "adult",
            "heart": "human heart", "the heart": "human heart", "the human heart": "human heart", "sharks": "shark", "people": "human", "the human body": "human body", "your body": "human body",
            "the body": "human body", "body": "human body", "a deck of cards": "deck", "deck of cards": "deck",
            "us flag": "american flag", "the us flag": "american flag", "the american flag": "american flag",
            "us": "united states", "the us": "united states", "america": "united states", "the united states": "united states",
            "usa": "united states", "the usa": "united states", "chess board": "chessboard", "a chess set": "chess set",
            "olympic symbol": "olympic", "the olympic rings": "olympic", "olympic flag": "olympic", "grand piano": "piano",
            "worm": "earthworm", "worms": "earthworm", "cow's stomach": "cow's stomach", "cows stomach": "cow's stomach",
            "the periodic table": "periodic table", "the world": "world", "the human body": "human body",
            "us constitution": "constitution", "the us constitution": "constitution", "the constitution": "constitution",
            "american constitution": "constitution", "the american constitution": "constitution",
            "golf": "golf course", "a golf course": "golf course", "baseball game": "baseball game", "a baseball game": "baseball game",
            "computer keyboard": "keyboard", "saturn's": "saturn",
            "soccer": "soccer team", "basketball": "basketball team", "baseball": "baseball team", "volleyball": "volleyball team"}
_ASKED = re.compile(r"how many (?P<what>[a-z]+) (?:does|do|did) (?:an? |the |your |my )?(?P<thing>[a-z' ]+?) (?:have|has|got)|"
                    r"how many (?P<what2>[a-z]+) (?:are |is )?(?:there )?(?:on|in) (?:an? |the |your |my |one )?(?P<thing2>[a-z' ]+?)"
                    r"(?: have)?|how many (?P<what4>us presidents|presidents of the united states|american presidents) "
                    r"(?:have there been|are there)|how many (?P<what3>[a-z]+) (?:has|have) (?:an? |the )?(?P<thing3>[a-z ]+?) got")


def _key(what: str, thing: str) -> tuple[str, str]:
    thing = " ".join(thing.split())
    thing = _ALIASES.get(thing, thing)
    thing = _ALIASES.get(thing, thing[:-1] if thing.endswith("s") and (what, thing[:-1]) in _COUNTS else thing)
    return what, thing


def asked(text: str) -> dict | None:
    """count_of's arguments for "how many legs does an insect have" (cleaned text), or None."""
    m = _ASKED.fullmatch(text.replace("time zones", "timezones"))
    if not m:
        return None
    if m["what4"]:
        return {"what": "presidents", "thing": "united states"}
    key = _key(m["what"] or m["what2"] or m["what3"], m["thing"] or m["thing2"] or m["thing3"])
    return {"what": key[0], "thing": key[1]} if key in _COUNTS else None


def count_of(what: str, thing: str) -> SkillResult:
    said = _COUNTS.get(_key(what, thing))
    if said is None:
        raise SkillError(f"I don't know how many {what} {thing} has.")
    return SkillResult(said, {"what": what, "thing": thing})


SKILL = Skill("count_of", "How many of something a well-known thing has (legs, strings, keys, sides...).",
              {"what": Param(str), "thing": Param(str)}, count_of, for_model=False)
