"""Explanations, part two (skills/explanations.py answers them with its own): the differences people ask about and more
everyday "why" (session 25; the student: baking soda "is a strong acid", a fruit "grows on trees", leap years "when the
year is 29 or 30 days long", grass is green because it "needs sunlight and water")."""

from __future__ import annotations

_DIFF = r"(?:what is |what's )?(?:the )?difference between "


def _between(a: str, b: str) -> str:
    """Either order: "a cold and the flu", "the flu and a cold"."""
    return rf"{_DIFF}(?:an? |the )?(?:{a}) and (?:an? |the )?(?:{b})|{_DIFF}(?:an? |the )?(?:{b}) and (?:an? |the )?(?:{a})"


TOPICS = {
    "cold flu": (_between("cold|common cold", "flu|influenza"),
                 "Both are viruses. A cold comes on slowly with a runny nose, sneezing and a sore throat, and is mild. Flu "
                 "hits suddenly, with fever, aches, chills and exhaustion, can lay you up for a week or more, and can be "
                 "dangerous for older people; a yearly vaccine protects against it."),
    "baking soda powder": (_between("baking soda|bicarbonate of soda|bicarb", "baking powder"),
                           "Baking soda is pure sodium bicarbonate, a base: it needs an acid in the recipe, such as "
                           "buttermilk, yogurt or lemon, to make it bubble. Baking powder is baking soda with the acid "
                           "already mixed in, so it works with just moisture and heat."),
    "hurricane tornado": (_between("hurricanes?", "tornado(?:e)?s?"),
                          "A hurricane is a huge storm, hundreds of kilometers wide, that forms over warm ocean water and "
                          "lasts days. A tornado is a narrow spinning column of air, usually under a kilometer wide, that "
                          "drops from a thunderstorm over land and lasts minutes, with even faster winds."),
    "ocean sea": (_between("oceans?", "seas?"),
                  "Oceans are the five huge bodies of salt water: the Pacific, Atlantic, Indian, Southern and Arctic. Seas "
                  "are smaller parts of them, usually partly enclosed by land, like the Mediterranean or the Caribbean."),
    "moth butterfly": (_between("moths?", "butterfl(?:y|ies)"),
                       "Most butterflies fly by day, fold their wings upright at rest and have thin antennae with clubbed "
                       "tips. Most moths fly at night, rest with their wings flat or tent-like, and have feathery or "
                       "thread-like antennae."),
    "rabbit hare": (_between("rabbits?", "hares?"),
                    "Hares are bigger, with longer ears and legs, live alone above ground and are born furred with their "
                    "eyes open, ready to run. Rabbits live in groups in burrows, and their babies are born naked and "
                    "blind."),
    "fruit vegetable": (_between("fruits?", "vegetables?"),
                        "In botany a fruit is the part of a plant that grows from the flower and holds the seeds, so "
                        "tomatoes, cucumbers and peppers are fruits. Vegetables are the other parts we eat: leaves, roots, "
                        "stems and bulbs. In the kitchen, sweet ones are called fruit and savory ones vegetables."),
    "leap years": (r"why (?:do we have|are there|is there a) leap years?|what is a leap year|why does february (?:have|get) 29 days",
                   "The Earth takes about 365 and a quarter days to go around the Sun, so every 4 years an extra day, "
                   "February 29, keeps the calendar in step with the seasons. Years ending in 00 skip it unless they "
                   "divide by 400, like 2000."),
    "daytime moon": (r"why (?:is|can) (?:the moon|we see the moon) (?:sometimes )?(?:visible |seen |out )?(?:during|in) the day(?:time)?|"
                     r"why (?:can (?:i|we|you)|do (?:i|we|you)) see the moon (?:during|in) the day(?:time)?|why is the moon out "
                     r"(?:during|in) the day",
                     "The Moon shines by reflecting sunlight, and it is bright enough to see through the blue sky. It is "
                     "above the horizon for about half of every day, and for much of each month some of that time is in "
                     "daylight."),
    "cats sleep": (r"why do cats sleep so (?:much|long|often)|how much do cats sleep",
                   "Cats sleep 12 to 16 hours a day. As hunters they save energy for short bursts of stalking and "
                   "pouncing, and much of that sleep is light dozing, ready to wake at a sound."),
    "grass green": (r"why (?:is|are) (?:the )?(?:grass|leaves|plants|trees) green",
                    "Because of chlorophyll, the pigment plants use to make food from sunlight. It absorbs red and blue "
                    "light and reflects green, so green is the color we see."),
    "microwave": (r"how (?:does|do) (?:a |the )?microwaves?(?: oven)? work|how does (?:a |the )?microwave (?:heat|cook) food",
                  "A microwave oven sends microwaves, a kind of radio wave, into the food. They make the water molecules "
                  "in it spin back and forth billions of times a second, and that motion heats the food from within."),
    "gps": (r"how does gps work|how does (?:a |my |the )?(?:gps|sat ?nav|phone'?s? gps) know where (?:i am|it is)",
            "About 30 GPS satellites circle the Earth, each sending a signal with the exact time it was sent. Your receiver "
            "measures how long the signals from at least four of them took to arrive, works out its distance from each, "
            "and from those its position, to within a few meters."),
    "northern lights": (r"what (?:causes|makes) the (?:northern lights|aurora(?: borealis)?|southern lights)|what are the northern "
                        r"lights|how do the northern lights (?:work|happen)",
                        "Charged particles from the Sun, carried by the solar wind, are steered by the Earth's magnetic "
                        "field toward the poles. There they hit oxygen and nitrogen high in the air, which glow green, red "
                        "and purple."),
}
