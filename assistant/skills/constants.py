"""A few physical facts people ask by name, said in the unit asked for: "What's the freezing point of water in
Fahrenheit?" (the student said "-32"; it was issue 13's own example), "At what temperature does water boil?",
"What is the speed of light?", "How far is the moon?" (the student said 2,192,000 miles). Values at sea level and in air
at 20 °C where that matters; the distances of the moon and the sun are averages (the orbits are ellipses). Also a few
counts everybody is taught ("How many continents are there?" was "four")."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult

# what -> (how it is said, {unit: value said}, the unit said when none was asked for, a second one)
_TABLE = {
    "boiling": ("Water boils at {} at sea level", {"celsius": "100 degrees Celsius", "fahrenheit": "212 degrees Fahrenheit",
                                                   "kelvin": "373.15 kelvin"}),
    "freezing": ("Water freezes at {}", {"celsius": "0 degrees Celsius", "fahrenheit": "32 degrees Fahrenheit",
                                         "kelvin": "273.15 kelvin"}),
    "body": ("A healthy body's temperature is about {}", {"celsius": "37 degrees Celsius",
                                                          "fahrenheit": "98.6 degrees Fahrenheit", "kelvin": "310 kelvin"}),
    "absolute zero": ("Absolute zero is {}", {"celsius": "minus 273.15 degrees Celsius",
                                              "fahrenheit": "minus 459.67 degrees Fahrenheit", "kelvin": "0 kelvin"}),
    "light": ("Light travels at {} in a vacuum", {"kilometers": "299,792 kilometers per second",
                                                  "miles": "186,282 miles per second",
                                                  "meters": "299,792,458 meters per second",
                                                  "mph": "about 671 million miles per hour",
                                                  "kph": "about 1.08 billion kilometers per hour"}),
    "sound": ("Sound travels at about {} in air at room temperature", {"meters": "343 meters per second",
                                                                       "miles": "767 miles per hour",
                                                                       "kilometers": "1,235 kilometers per hour",
                                                                       "feet": "1,125 feet per second",
                                                                       "mph": "767 miles per hour", "kph": "1,235 kilometers per hour"}),
    "moon": ("The moon is on average about {} from the Earth", {"kilometers": "384,400 kilometers",
                                                                "miles": "238,900 miles"}),
    "sun": ("The sun is on average about {} from the Earth", {"kilometers": "149.6 million kilometers",
                                                              "miles": "93 million miles"}),
    "light year": ("A light year is the distance light travels in a year: about {}", {"kilometers": "9.46 trillion kilometers",
                                                                                      "miles": "5.88 trillion miles"}),
    "marathon": ("A marathon is {} long", {"kilometers": "42.195 kilometers", "miles": "26.2 miles"}),
    "half marathon": ("A half marathon is {} long", {"kilometers": "21.1 kilometers", "miles": "13.1 miles"}),
    "5k": ("A 5K is {} long", {"kilometers": "5 kilometers", "miles": "3.1 miles"}),
    "10k": ("A 10K is {} long", {"kilometers": "10 kilometers", "miles": "6.2 miles"}),
    "largest country": ("{} is the largest country in the world", {"count": "Russia, about 17.1 million square kilometers,"}),
    "smallest country": ("{} is the smallest country in the world", {"count": "Vatican City, about 0.44 square kilometers,"}),
    "world population": ("{}", {"count": "About 8 billion people live on Earth (the United Nations' figure for 2023; I'm "
                                          "offline, so not today's count)"}),
    "pi": ("Pi is about {}: a circle's circumference divided by its diameter", {"count": "3.14159"}),
    "alphabet": ("There are {}", {"count": "26 letters in the English alphabet, from A to Z"}),
    "continents": ("There are {}", {"count": "7 continents: Africa, Antarctica, Asia, Australia, Europe, North America "
                                             "and South America"}),
    "baker's dozen": ("A baker's dozen is {}", {"count": "13: a dozen and one more"}),
    "score": ("A score is {}", {"count": "20 (four score is 80)"}),
    "gross": ("A gross is {}", {"count": "144: a dozen dozen"}),
    "oceans": ("There are {}", {"count": "5 oceans: the Pacific, the Atlantic, the Indian, the Southern and the Arctic"}),
    # "How tall is Mount Everest in feet?" (the student: "8,848 feet"); "How hot is the sun?" ("5,388,000 degrees")
    "earth size": ("The Earth is about {} across, and about 40,075 kilometers, or 24,901 miles, around the equator",
                   {"kilometers": "12,742 kilometers", "miles": "7,918 miles"}),
    "everest": ("Mount Everest is {} high", {"meters": "8,849 meters", "feet": "29,032 feet"}),
    "eiffel tower": ("The Eiffel Tower is about {} tall", {"meters": "330 meters", "feet": "1,083 feet"}),
    "statue of liberty": ("The Statue of Liberty is {} tall from the ground to the torch", {"meters": "93 meters",
                                                                                            "feet": "305 feet"}),
    "burj khalifa": ("The Burj Khalifa is {} tall", {"meters": "828 meters", "feet": "2,717 feet"}),
    "sun temperature": ("The sun's core is about 15 million degrees Celsius, and its surface about {}",
                        {"celsius": "5,500 degrees Celsius", "fahrenheit": "9,900 degrees Fahrenheit", "kelvin": "5,800 kelvin"}),
    # session 23 (the student: "88 minutes" for sunlight, a muddle for the moon's month)
    "steps in a mile": ("A mile is {}", {"count": "about 2,000 steps for an average adult walking, fewer when running; 10,000 "
                                                 "steps is about 5 miles, or 8 kilometers"}),
    "countries": ("There are {}", {"count": "195 countries: the 193 members of the United Nations, plus the Vatican and "
                                            "Palestine, which have observer status"}),
    "sunlight": ("Sunlight takes {} to reach the Earth", {"count": "about 8 minutes and 20 seconds"}),
    "moon orbit": ("The Moon goes around the Earth in {}", {"count": "about 27.3 days; from one full moon to the next takes "
                                                                 "about 29.5 days"}),
    "planets": ("There are {}", {"count": "8 planets in our solar system: Mercury, Venus, Earth, Mars, Jupiter, Saturn, "
                                          "Uranus and Neptune"}),
}
# session 24 (the student: "Mount Kilimanjaro is 1.97 kilometers tall.", "The ocean is about 12,700 miles deep.")
_MOUNTAINS = {"k2": ("K2", 8611, 28251), "kangchenjunga": ("Kangchenjunga", 8586, 28169),
              "kilimanjaro": ("Mount Kilimanjaro", 5895, 19341), "denali": ("Denali", 6190, 20310),
              "mckinley": ("Denali, once called Mount McKinley,", 6190, 20310), "aconcagua": ("Aconcagua", 6961, 22838),
              "mont blanc": ("Mont Blanc", 4806, 15768), "elbrus": ("Mount Elbrus", 5642, 18510),
              "matterhorn": ("The Matterhorn", 4478, 14692), "fuji": ("Mount Fuji", 3776, 12388),
              "kosciuszko": ("Mount Kosciuszko", 2228, 7310), "olympus": ("Mount Olympus, in Greece,", 2918, 9573),
              "ben nevis": ("Ben Nevis", 1345, 4413), "rainier": ("Mount Rainier", 4392, 14411),
              "whitney": ("Mount Whitney", 4421, 14505), "st helens": ("Mount St. Helens", 2549, 8363),
              "mauna kea": ("Mauna Kea", 4207, 13803), "vesuvius": ("Mount Vesuvius", 1281, 4203),
              "table mountain": ("Table Mountain", 1085, 3558), "mount kenya": ("Mount Kenya", 5199, 17057),
              "vinson": ("Mount Vinson", 4892, 16050), "aoraki": ("Aoraki, Mount Cook,", 3724, 12218),
              "mount cook": ("Aoraki, Mount Cook,", 3724, 12218), "mount washington": ("Mount Washington", 1917, 6288),
              "pikes peak": ("Pikes Peak", 4302, 14115)}
for _key, (_name, _m, _ft) in _MOUNTAINS.items():
    _TABLE[_key] = (f"{_name} is {{}} high", {"meters": f"{_m:,} meters", "feet": f"{_ft:,} feet"})
# session 25 (the student: the Amazon "6,000 miles", Mars "598 million miles" away and "24 months" to reach, a pool "120
# feet long", "250 people" speak Spanish)
_RIVERS = {"nile": ("The Nile", 6650, 4130), "amazon": ("The Amazon", 6400, 4000), "yangtze": ("The Yangtze", 6300, 3900),
           "mississippi": ("The Mississippi", 3770, 2340), "danube": ("The Danube", 2850, 1770), "thames": ("The Thames", 346, 215),
           "rhine": ("The Rhine", 1230, 760), "volga": ("The Volga", 3530, 2190), "ganges": ("The Ganges", 2525, 1570),
           "congo": ("The Congo", 4700, 2920), "yellow": ("The Yellow River", 5460, 3395)}
for _key, (_name, _km, _mi) in _RIVERS.items():
    _TABLE[f"{_key} river"] = (f"{_name} is about {{}} long", {"kilometers": f"{_km:,} kilometers", "miles": f"{_mi:,} miles"})
# Ethnologue's estimates for 2023: all speakers, and native ones
_SPEAKERS = {"english": ("1.5 billion", "380 million"), "mandarin": ("1.1 billion", "940 million"),
             "chinese": ("1.1 billion, counting Mandarin,", "940 million"), "hindi": ("610 million", "345 million"),
             "spanish": ("560 million", "485 million"), "french": ("310 million", "80 million"),
             "arabic": ("370 million", "most of them speaking a local form"), "portuguese": ("265 million", "235 million"),
             "russian": ("255 million", "150 million"), "german": ("135 million", "75 million"),
             "japanese": ("125 million", "nearly all of them"), "bengali": ("270 million", "235 million")}
for _key, (_all, _native) in _SPEAKERS.items():
    _TABLE[f"{_key} speakers"] = (f"{_key.capitalize()} is spoken by {{}}, {_native} as their first language",
                                  {"count": f"about {_all} people"})
_TABLE["mars distance"] = ("Mars is on average about {} from the Earth; at its closest, about 55 million kilometers",
                           {"kilometers": "225 million kilometers", "miles": "140 million miles"})
_TABLE["mars trip"] = ("A trip to Mars takes {}", {"count": "about 7 months with today's rockets, launched when the planets "
                                                            "line up, every 26 months"})
_TABLE["sun size"] = ("The Sun is {}", {"count": "about 109 times wider than the Earth; about 1.3 million Earths would fit inside "
                                                 "it"})
_TABLE["olympic pool"] = ("An Olympic swimming pool is {}", {"meters": "50 meters long and 25 meters wide",
                                                            "feet": "164 feet long and 82 feet wide"})
_TABLE["ocean depth"] = ("The ocean is on average about {} deep; its deepest point, the Challenger Deep in the Mariana "
                         "Trench, is about 10,900 meters, or 35,800 feet", {"meters": "3,700 meters", "feet": "12,100 feet"})
_TABLE["mariana"] = ("The Challenger Deep, in the Mariana Trench, is about {} deep: the deepest known point in the ocean",
                     {"meters": "10,900 meters", "feet": "35,800 feet"})
# (the student: "There are 118 stars in the sky." from the calculator; "How far can you see?" -> "I can see in the sky.")
_TABLE["stars"] = ("{}", {"count": "About 9,000 stars are bright enough to see without a telescope over the whole sky, but "
                                   "only about 2,500 at once from a dark place, and a few hundred from a city. Our galaxy, "
                                   "the Milky Way, has 100 to 400 billion"})
_TABLE["horizon"] = ("{}", {"count": "Standing at sea level, the horizon is about 5 kilometers, or 3 miles, away; the higher "
                                     "you are, the farther you see, and mountains can be seen from more than 100 "
                                     "kilometers on a clear day"})
# (the student: "1 gallon is 3.785 liter." for its weight; "There were 25 million people killed in World War 2."; "The
# speed limit on the highway is 60 miles per hour.")
_TABLE["gallon of water"] = ("A US gallon of water weighs about {}", {"count": "8.34 pounds, or 3.79 kilograms; an imperial "
                                                                               "gallon, about 10 pounds, or 4.55 kilograms"})
_TABLE["liter of water"] = ("A liter of water weighs {}", {"count": "about 1 kilogram, or 2.2 pounds"})
_TABLE["ww2 deaths"] = ("{}", {"count": "About 70 to 85 million people died in World War II, most of them civilians: about 3 "
                                        "percent of the world's people at the time"})
_TABLE["ww1 deaths"] = ("{}", {"count": "About 15 to 22 million people died in World War I, soldiers and civilians"})
_TABLE["highway speed limit"] = ("{}", {"count": "It depends on the country: in the US most interstate highways allow 65 to 75 "
                                                 "miles per hour, up to 85 in parts of Texas; in the UK, 70 miles per hour on "
                                                 "motorways; in most of Europe, 120 to 130 kilometers per hour, and some of "
                                                 "Germany's autobahn has no limit. The signs say what applies"})
# session 25 (the student: "A human can run up to 6 miles per hour.")
_TABLE["human speed"] = ("The fastest sprinter measured, Usain Bolt, reached about {} in 2009; most people sprint at 20 to 30 "
                         "kilometers an hour and jog at 8 to 10", {"kph": "44.7 kilometers per hour", "mph": "27.8 miles per hour"})
_TABLE["earth mass"] = ("The Earth's mass is about {}", {"count": "6 trillion trillion kilograms: 5.97 times 10 to the power "
                                                                "24"})
_TABLE["lava"] = ("Lava is about {} as it erupts", {"celsius": "700 to 1,200 degrees Celsius",
                                                   "fahrenheit": "1,300 to 2,200 degrees Fahrenheit"})
_DEFAULT = {**{f"{k} river": ("kilometers", "miles") for k in _RIVERS}, **{f"{k} speakers": ("count", "") for k in _SPEAKERS},
            "mars distance": ("kilometers", "miles"), "mars trip": ("count", ""), "sun size": ("count", ""),
            "olympic pool": ("meters", "feet"), "earth mass": ("count", ""), "lava": ("celsius", "fahrenheit"), "human speed": ("kph", "mph"), "gallon of water": ("count", ""), "liter of water": ("count", ""), "ww2 deaths": ("count", ""),
            "ww1 deaths": ("count", ""), "highway speed limit": ("count", ""), "stars": ("count", ""), "horizon": ("count", ""), "ocean depth": ("meters", "feet"), "mariana": ("meters", "feet"), **{k: ("meters", "feet") for k in _MOUNTAINS},
            "boiling": ("celsius", "fahrenheit"), "freezing": ("celsius", "fahrenheit"), "body": ("celsius", "fahrenheit"),
            "absolute zero": ("celsius", "kelvin"), "light": ("kilometers", "miles"), "sound": ("meters", "miles"),
            "moon": ("kilometers", "miles"), "sun": ("kilometers", "miles"), "continents": ("count", ""), "pi": ("count", ""), "alphabet": ("count", ""), "world population": ("count", ""), "largest country": ("count", ""), "smallest country": ("count", ""), "marathon": ("kilometers", "miles"), "light year": ("kilometers", "miles"),
            "half marathon": ("kilometers", "miles"), "5k": ("kilometers", "miles"), "10k": ("kilometers", "miles"),
            "oceans": ("count", ""), "planets": ("count", ""), "baker's dozen": ("count", ""), "score": ("count", ""),
            "gross": ("count", ""), "everest": ("meters", "feet"), "earth size": ("kilometers", "miles"), "eiffel tower": ("meters", "feet"),
            "statue of liberty": ("meters", "feet"), "burj khalifa": ("meters", "feet"), "sun temperature": ("celsius", "fahrenheit"),
            "sunlight": ("count", ""), "countries": ("count", ""), "steps in a mile": ("count", ""), "moon orbit": ("count", "")}
_WHAT = [
    (r"how (?:much|heavy) (?:does|is) (?:the )?(?:earth|planet earth)(?: weigh)?|(?:the )?(?:mass|weight) of (?:the )?(?:earth|planet "
     r"earth)|what does (?:the )?earth weigh", "earth mass"),
    (r"how hot (?:is|does) (?:lava|magma)(?: get)?|(?:the )?temperature of (?:lava|magma)", "lava"),
    (r"how fast (?:can|do|does|could) (?:a |the )?(?:average )?(?:humans?|persons?|people|man|men|woman|women) (?:run|sprint)|"
     r"how fast is the fastest (?:human|man|person|runner|sprinter)(?: in the world| ever)?|(?:the )?(?:top |fastest |average )?"
     r"(?:human )?running speed(?: of (?:a )?humans?)?", "human speed"),
    (r"(?:the )?boiling point of water|(?:at )?what temperature does water boil(?: at)?|when does water boil|"
     r"how hot is boiling water", "boiling"),
    (r"(?:the )?(?:freezing point of water|melting point of ice)|(?:at )?what temperature does water freeze(?: at)?|"
     r"(?:at )?what temperature does ice melt(?: at)?", "freezing"),
    (r"(?:the |a )?(?:normal |average |healthy )?(?:human )?body temperature(?: of a human| for (?:a human|an adult|adults))?|"
     r"(?:the )?normal temperature of (?:the|a) human body", "body"),
    (r"absolute zero|(?:the )?(?:lowest|coldest) possible temperature", "absolute zero"),
    (r"(?:the )?speed of light|how fast (?:is light|does light travel)", "light"),
    (r"(?:the )?speed of sound|how fast (?:is sound|does sound travel)", "sound"),
    (r"how far (?:away )?is the moon(?: from (?:the )?earth)?(?: away)?|how far is (?:the )?earth from the moon|"
     r"how far is it (?:to|from (?:the )?earth to) the moon|how (?:many (?:miles|kilometers|km)|far) (?:is it )?(?:away )?(?:to|from) (?:the )?earth to the moon|"
     r"(?:the )?distance (?:to|from the earth to|between the earth and) the moon", "moon"),
    (r"how far (?:away )?is the sun(?: from (?:the )?earth)?(?: away)?|how far is (?:the )?earth from the sun|"
     r"how far is it (?:to|from (?:the )?earth to) the sun|how (?:many (?:miles|kilometers|km)|far) (?:is it )?(?:away )?(?:to|from) (?:the )?earth to the sun|"
     r"(?:the )?distance (?:to|from the earth to|between the earth and) the sun", "sun"),
    (r"(?:a |one )?light[ -]?year|how (?:long|far) is (?:a |one )light[ -]?year|what does light[ -]?year mean", "light year"),
    (r"how (?:long|far) is a marathon(?: race| run)?|(?:the )?(?:length|distance) of a marathon", "marathon"),
    (r"how (?:long|far) is a half marathon(?: race| run)?|(?:the )?(?:length|distance) of a half marathon", "half marathon"),
    # "How many kilometers is a 10K?" (the student: "10K is 180 kilometers.")
    (r"how (?:long|far) is a (?:5 ?k|five ?k)(?: race| run)?|(?:the )?(?:length|distance) of a (?:5 ?k|five ?k)(?: race| run)?", "5k"),
    (r"how (?:long|far) is a (?:10 ?k|ten ?k)(?: race| run)?|(?:the )?(?:length|distance) of a (?:10 ?k|ten ?k)(?: race| run)?", "10k"),
    (r"(?:what is |which is )?(?:the )?(?:largest|biggest) country(?: in the world| on earth| by area)?|"
     r"which country is the (?:largest|biggest)(?: in the world| on earth)?", "largest country"),
    (r"(?:what is |which is )?(?:the )?smallest country(?: in the world| on earth| by area)?|"
     r"which country is the smallest(?: in the world| on earth)?", "smallest country"),
    (r"(?:the )?(?:population of the (?:world|earth|planet)|world(?:'s)? population|earth's population)|"
     r"how many people (?:live|are there) (?:on|in) (?:the )?(?:world|earth|planet)|how many people are there", "world population"),
    (r"how long does (?:it take )?(?:the )?(?:light|sunlight) (?:from the sun )?(?:take )?to (?:reach|get to|travel to) "
     r"(?:the )?earth(?: from the sun)?|how long does sunlight take to reach us", "sunlight"),
    (r"how many steps (?:are )?(?:in|is) (?:a|one) mile|how many steps (?:does it take )?to walk (?:a|one) mile|how many miles "
     r"is 10,?000 steps|how (?:long|far|many (?:kilometers|km|kilometres)) is 10,?000 steps", "steps in a mile"),
    (r"how many countries (?:are there|exist|does the world have)(?: in the world| on earth)?|how many countries (?:are )?in "
     r"the world", "countries"),
    (r"how (?:long|many days) does (?:it take )?the moon (?:take )?to (?:orbit|go around|circle) (?:the )?earth|"
     r"how long is the moon's orbit|how long is a lunar (?:month|cycle)", "moon orbit"),
    (r"pi|(?:the )?value of pi|what does pi equal", "pi"),   # (the student: 3.14*100)
    (r"how many letters (?:are )?(?:there )?in the (?:english )?alphabet|how many letters does the (?:english )?alphabet have",
     "alphabet"),
    (r"how many continents (?:are there|does the (?:earth|world) have)(?: in the world| on earth)?", "continents"),
    (r"(?:how much|how many) is a baker'?s dozen|a baker'?s dozen|how many (?:are|is) in a baker'?s dozen", "baker's dozen"),
    (r"(?:how much|how many) is a score|how many (?:are|is) in a score", "score"),   # (the student: "12 dozeners")
    (r"(?:how much|how many) is a gross|how many (?:are|is) in a gross", "gross"),
    (r"how many oceans (?:are there|does the (?:earth|world) have)(?: in the world| on earth)?", "oceans"),
    (r"how (?:big|large|wide) is (?:the )?earth|(?:the )?(?:size|diameter|circumference) of (?:the )?earth|"
     r"how (?:far|big) (?:is it )?around the earth", "earth size"),
    (r"how (?:tall|high|big) is (?:mount |mt\.? )?everest|(?:the )?height of (?:mount |mt\.? )?everest", "everest"),
    (r"how (?:much|many pounds|many kilograms|many kilos) (?:does|do) (?:a |one )?gallon of water weigh|(?:the )?weight of a gallon "
     r"of water", "gallon of water"),
    (r"how (?:much|many pounds|many kilograms|many kilos) (?:does|do) (?:a |one )?(?:liter|litre) of water weigh|(?:the )?weight of "
     r"a (?:liter|litre) of water", "liter of water"),
    (r"how many (?:people )?(?:died|were killed|deaths (?:were there)?|people were killed|casualties (?:were there)?) (?:in|during) "
     r"(?:world war (?:2|ii|two)|the second world war|ww ?2|wwii)", "ww2 deaths"),
    (r"how many (?:people )?(?:died|were killed|deaths (?:were there)?|people were killed|casualties (?:were there)?) (?:in|during) "
     r"(?:world war (?:1|i|one)|the first world war|ww ?1|wwi)", "ww1 deaths"),
    (r"(?:the )?speed limit (?:on|for) (?:the |a )?(?:highways?|motorways?|freeways?|interstates?|autobahn)|how fast can (?:you|i) "
     r"(?:drive|go) on (?:the |a )?(?:highway|motorway|freeway|interstate)", "highway speed limit"),
    (r"how many stars (?:are there )?(?:are )?(?:in the (?:night )?sky|can (?:you|we|i) see(?: at night| in the sky)?)|how many "
     r"stars are (?:there )?in (?:the|our) (?:milky way|galaxy)", "stars"),
    (r"how far (?:can|do) (?:you|we|i|people) see(?: on a clear day| to the horizon| at sea| from the beach)?|how far (?:away )?is "
     r"the horizon", "horizon"),
    (r"how deep is the (?:ocean|sea)|(?:the )?(?:average )?depth of the (?:ocean|sea)|how deep (?:are|do) the (?:oceans|seas)"
     r"(?: go)?", "ocean depth"),
    (r"how deep is the mariana(?:s)? trench|(?:the )?depth of the mariana(?:s)? trench|(?:the )?deepest (?:point|place|part|spot) "
     r"(?:in|of) the (?:ocean|sea|world|earth)|how deep is the challenger deep", "mariana"),
    *[(rf"how (?:tall|high|big) is (?:mount |mt\.? |the )?{k}(?: mountain)?|(?:the )?height of (?:mount |mt\.? |the )?{k}", k)
      for k in _MOUNTAINS],
    *[(rf"how long is the (?:river )?{k}(?: river)?|(?:the )?length of the (?:river )?{k}(?: river)?", f"{k} river") for k in _RIVERS],
    *[(rf"how many (?:people )?(?:speak|speakers of|people who speak) {k}(?: are there)?|how many {k} speakers (?:are there|in the "
       rf"world)|how many people in the world speak {k}", f"{k} speakers") for k in _SPEAKERS],
    (r"how far (?:away )?is mars(?: from (?:the )?earth)?|how far is (?:the )?earth from mars|(?:the )?distance (?:to|from (?:the )?"
     r"earth to|between (?:the )?earth and) mars|how far is it to mars", "mars distance"),
    (r"how long (?:does|would|will) it take to (?:get|go|travel|fly) to mars|how long is (?:a|the) (?:trip|journey|flight) to mars",
     "mars trip"),
    (r"how (?:big|large) is the sun(?: compared to (?:the )?earth)?|how many earths (?:would |could |can )?fit in(?:side)? the "
     r"sun|how much bigger is the sun than (?:the )?earth", "sun size"),
    (r"how (?:long|big|large|wide) is an olympic(?: swimming)?(?: size)? pool|(?:the )?(?:length|size) of an olympic(?: swimming)? "
     r"pool", "olympic pool"),
    (r"how (?:tall|high|big) is the eiffel tower|(?:the )?height of the eiffel tower", "eiffel tower"),
    (r"how (?:tall|high|big) is the statue of liberty|(?:the )?height of the statue of liberty", "statue of liberty"),
    (r"how (?:tall|high) is the burj khalifa|(?:the )?height of the burj khalifa", "burj khalifa"),
    (r"how hot is the sun(?:'s surface)?|(?:the )?(?:surface )?temperature of the sun|the sun's temperature|"
     r"how hot is the surface of the sun", "sun temperature"),
    (r"how many planets (?:are there|are in (?:the|our) solar system|does (?:the|our) solar system have)"
     r"(?: in (?:the|our) solar system)?", "planets"),
]
_UNITS = {"celsius": "celsius", "centigrade": "celsius", "c": "celsius", "fahrenheit": "fahrenheit", "f": "fahrenheit",
          "kelvin": "kelvin", "k": "kelvin", "kilometers": "kilometers", "km": "kilometers", "miles": "miles",
          "meters": "meters", "metres": "meters", "feet": "feet", "mph": "mph", "kilometres": "kilometers",
          "miles per hour": "mph", "miles an hour": "mph", "kilometers per hour": "kph", "kilometres per hour": "kph",
          "km/h": "kph", "kph": "kph", "kilometers an hour": "kph"}
UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))   # a unit as said, longest first (a regex alternation)


def asked(text: str) -> dict | None:
    """constant's arguments for a question about one of these by name (cleaned text), or None."""
    text = re.sub(r"^(?:what is |what's |tell me |do you know )|\?$", "", text.strip())
    # "how many kilometers is a marathon": the distance, in that unit
    text = re.sub(r"^how many (kilometers|kilometres|km|miles) (?:is|are in|in|long is) (a (?:half )?marathon|a (?:5|10) ?k(?: race| run)?)$",
                  r"how long is \2 in \1", text)
    for pattern, what in _WHAT:
        m = re.fullmatch(rf"(?:{pattern})(?:,? (?:in|on the) (?P<unit>{UNIT_WORDS})(?: scale)?(?: degrees)?)?", text)
        if m:
            return {"what": what, **({"unit": _UNITS[m["unit"]]} if m["unit"] else {})}
    return None


def constant(what: str, unit: str = "") -> SkillResult:
    if what not in _TABLE:
        raise SkillError(f"I don't know {what}.")
    said, values = _TABLE[what]
    if unit and unit not in values:
        raise SkillError(f"I know that in {', '.join(values)}, not in {unit}.")
    first, second = (unit, "") if unit else _DEFAULT[what]
    value = values[first] + (f", or {values[second]}" + ("," if not said.endswith("{}") else "") if second else "")
    return SkillResult(said.format(value) + ".", {"what": what, "unit": first, "value": values[first]})


SKILL = Skill("constant", "A physical fact by name (water's boiling and freezing points, body temperature, absolute "
              "zero, the speeds of light and sound, the distances of the moon and the sun) and a few counts (continents, "
              "oceans, planets), in a unit.",
              {"what": Param(str, choices=tuple(_TABLE)), "unit": Param(str, required=False)}, constant, for_model=False)
