"""More of what people ask the writer for (skills/writing.py reads these with its own): plans called off, a team
spurred on, a holiday greeting, a pick-up line, and haiku on the topics most asked (session 25; the student refused to
cancel plans, said it was offline for a pick-up line, and wrote "The ocean is a vast and mysterious place, full of
wonders." for a haiku)."""

from __future__ import annotations

WRITE = r"(?:(?:please )?(?:(?:can|could|would) you )?(?:help me )?(?:write|compose|draft|give me|come up with|make)(?: me)?(?: up)?) "
KIND = r"(?:(?:a |an |some )?(?:short |quick |nice |little |friendly |polite )*(?:message|note|text|email|e-mail|letter|speech|greeting)s?)"

OCCASIONS = [
    ("cancel plans", rf"{WRITE}{KIND}(?: to (?P<who0>[a-z' ]+?))? (?:to cancel|cancell?ing|calling off|to call off) (?:our |my |the )?"
                     r"(?:plans?|dinner|lunch|date|trip|meeting|coffee)(?: with (?P<who1>[a-z' ]+?))?(?: tonight| today| tomorrow)?"),
    ("team motivation", rf"{WRITE}(?:an? )?(?:short )?(?:motivational|motivating|encouraging|inspiring|uplifting|pep) (?:message|note|"
                        r"speech|talk|words|email)(?: (?:for|to) (?:my |the |our )?(?:team|staff|employees|colleagues|coworkers|"
                        r"class|students))?"),
    ("holidays", rf"{WRITE}(?:an? )?(?:short )?(?:holiday|season's|seasons|happy holidays) (?:greetings?|message|card|note|wishes)"
                 r"(?: (?:for|to) (?P<who0>[a-z' ]+?))?"),
    ("pickup line", r"(?:(?:give|tell|say|write) (?:me )?|what(?:'s| is) )(?:an? |your )?(?:good |cheesy |funny |best |cute )?"
                    r"pick ?-?up lines?"),
    ("haiku", rf"{WRITE}(?:an? )?(?:short )?haiku(?: (?:about|on|for) (?:the |a |an )?(?P<what>[a-z ]+?))?"),
]
MESSAGES = {
    "cancel plans": ["Hi, I'm so sorry, but I have to cancel our plans. Something came up and I can't make it. Could we find "
                     "another time soon?",
                     "Hey, I'm really sorry to do this, but I need to cancel. I was looking forward to it; can we "
                     "reschedule?"],
    "team motivation": ["Great work, everyone. Every step we take together moves us closer to our goal. Let's keep going, "
                        "and be proud of what we're building.",
                        "I'm proud of this team. We've met every challenge so far, and we'll meet this one too. Thank you "
                        "for everything you bring."],
    "holidays": ["Happy holidays! Wishing you peace, joy and time with the people you love, and all the best for the new "
                 "year."],
    "pickup line": ["Are you a parking ticket? Because you've got fine written all over you.",
                    "Do you have a map? I keep getting lost in your eyes.",
                    "Is your name Wi-Fi? Because I'm feeling a connection."],
}
# haiku, five, seven and five syllables, by topic (the words that ask for each)
HAIKU_TOPICS = {"ocean": "ocean|sea|waves|beach|the ocean|the sea", "autumn": "autumn|fall|leaves|autumn leaves",
                "spring": "spring|springtime|flowers|blossoms", "winter": "winter|snow|snowfall", "summer": "summer|summertime",
                "rain": "rain|a rainy day|rainy days", "moon": "moon|the moon|night|the night|stars",
                "coffee": "coffee|morning|mornings|the morning", "cat": "cats?|my cat|a cat", "love": "love|being in love"}
HAIKU = {
    "ocean": "Waves fold into foam, the tide pulls the moonlight home, salt wind on my lips.",
    "autumn": "Red leaves drift and fall, the cold wind hums through bare trees, smoke curls from chimneys.",
    "spring": "Cherry blossoms wake, a soft rain on the new grass, birds stitch the bright sky.",
    "winter": "Snow hushes the street, footprints fill with silver light, the kettle sings warm.",
    "summer": "Long gold afternoon, bees drowse in the lavender, lemonade sweating.",
    "rain": "Rain taps on the glass, puddles gather up the sky, the whole street smells green.",
    "moon": "Round moon on the lake, a second moon trembles there, the night holds its breath.",
    "coffee": "First light, first coffee, steam rises like a slow prayer, the day can begin.",
    "cat": "The cat in the sun, stretches, yawns, and owns the room, then sleeps once again.",
    "love": "Two cups on the sill, your laugh in the kitchen light, home is where you are.",
}


def haiku_topic(what: str) -> str | None:
    """The table's topic for what a haiku was asked about ("the sea": ocean), or None."""
    import re

    said = re.sub(r"^(?:the|a|an) ", "", (what or "").strip())
    return next((topic for topic, words in HAIKU_TOPICS.items() if re.fullmatch(words, said) or re.fullmatch(words, what.strip())),
                None)
