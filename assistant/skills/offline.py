"""Requests that need the internet get a short, kind "I'm offline" instead of an invented answer."""

from __future__ import annotations

import re

from assistant.skills import units
from assistant.skills.base import Param, Skill, SkillResult

# The one list of topics: the fast path's matcher (intents.py) and the skill's schema both take it from here.
TOPICS = ("the weather", "the news", "sports scores", "stock prices", "traffic", "the web", "your email",
          "exchange rates", "live information", "directions", "orders",
          "sunrise and sunset")
# topics not said as "I can't check ...": "Order a pizza" got "... I can order a drink or a meal." (made up)
_SAID = {"orders": "I'm offline, so I can't order or book anything for you.",
         "directions": "I'm offline, so I can't look up maps or directions.",
         "sunrise and sunset": "I can't tell sunrise or sunset times: I don't know where you are, and I'm offline."}


_OFFLINE = [
    (r"\b(weather|forecast|temperature outside|outside temperature|going to rain|rain|raining|snow|snowing|sunny|"
     r"(cold|hot|warm|windy) (is it )?outside|humid|how (hot|cold|warm) (will it be|is it going to be)|will it be (hot|cold|warm))\b",
     "the weather"), (r"\b(umbrella|windy|wind today)\b", "the weather"),
    # "Is it going to be cold tomorrow?" (the student: "Yes, it will be cold tomorrow.")
    (r"\b(?:is it|will it be|is it going to be|it's going to be|is it gonna be|will it get) (?:\w+ )?(?:cold|hot|warm|chilly|"
     r"freezing|cloudy|foggy|stormy|nice|icy|humid)(?: out| outside)?(?: (?:today|tomorrow|tonight|later|this (?:week|weekend|"
     r"morning|afternoon|evening)|on \w+day))?$|\bdo i need (?:a |an )?(?:coat|jacket|sweater|jumper|scarf|gloves|sunscreen)\b|"
     r"\bwhat(?: is|'s) the temperature(?: going to be)? (?:today|tomorrow|tonight|outside|out there|this \w+)\b|"
     r"\bhow (?:cold|hot|warm) (?:is it|will it be|is it going to be)\b", "the weather"),
    # session 24 (the student: "The air quality is good.", "A stamp is $1.", "The post office is open from Monday to Sunday.")
    (r"\b(?:air quality|pollen(?: count)?|uv index|smog|pollution (?:level|today|outside))\b", "the weather"),
    (r"\bhow much (?:is|does|are|do) (?:a |an )?(?:first class )?(?:stamps?|postage)(?: cost)?\b|\bprice of (?:a )?stamps?\b",
     "live information"),
    (r"^(?:when|what time) (?:does|do|is) (?:the |my )?(?:post office|bank|store|shop|supermarket|grocery store|mall|pharmacy|"
     r"library|gym|restaurant|dmv|pool|museum|[a-z]+'s) (?:close|open|closing|opening)\b|^is (?:the )?(?:post office|bank|store|shop|"
     r"supermarket|mall|pharmacy|library|gym|museum) open\b", "the web"),
    (r"\b(news|headlines|happening in the world|trending|twitter|tiktok|instagram|facebook|social media)\b", "the news"),
    # (a year or "the first" makes it history, not a score to check: "who won the world cup in 1966")
    (r"^(?!.*\b(?:1[0-9]{3}|20[0-2][0-9]|first|ever)\b)(?!.*\bcredit scores?\b)(?:.*\b(score|scores|who won|match result)\b|.*\bdid (the )?\w+ "
     r"(win|lose)\b|.*\bhow did the \w+ do\b)", "sports scores"),
    # who holds an office now changes; the model's memory is years old ("François Hollande")
    (r"\b(?:richest|wealthiest) (?:person|man|woman|people|company|companies)\b|\bfastest (?:production )?car\b",
     "live information"),   # (records that change: "Bill Gates", "the Toyota Corolla")
    (r"^(?:do you know )?who is (?:the )?(?:current |new |present )?(?:president|prime minister|chancellor|"
     r"pope|ceo|mayor|governor|premier|head of state)\b", "live information"),
    (r"\b(stock|share price|bitcoin|crypto|price of (gold|oil|silver)|gas prices?)\b", "stock prices"),
    (r"\b(exchange rates?)\b", "exchange rates"),
    (r"\b(my )?(e-?mails?|inbox)\b", "your email"),
    (r"\b(traffic)\b", "traffic"),
    (r"^(?!.*\bon (?:mars|venus|jupiter|saturn|mercury|the moon|another planet)\b).*\b(?:sunset|sunrise|"
     r"sun (?:set|rise|come up|go down)s?|dawn|dusk)\b", "sunrise and sunset"),   # (the model: the time now)
    # "How do I get to the airport?" got "I can't check flights"
    (r"^(?:how (?:do|can) i (?:get|drive|walk) to|(?:give me |get me )?directions (?:to|for)|navigate (?:me )?to|"
     r"how far is it (?:to|from)(?! (?:the )?(?:earth|moon|sun)\b| (?:the )?earth to (?:the )?(?:moon|sun)\b)|where is the (?:nearest|closest)|find (?:me )?(?:an? |the )?(?:\w+ )?(?:near me|nearby))\b|"
     r"\b(?:near me|nearby)$", "directions"),
    (r"^(?:please )?(?:(?:order|buy) (?:me )?(?:an? |some |two |more )|(?:book|reserve) (?:me |us )?(?:an? |the |two |tickets?\b))",
     "orders"),
    # (making a website is a how-to: "How do I make a website?" was "I can't search the web")
    (r"^(?!.*\b(?:make|build|create|design|start|set up|host|code) (?:a |my |our |your |the )?(?:own )?(?:personal |simple |small )?website\b)"
     r".*\b(search the web|google|look (it )?up (online|on the internet|the)|browse|search online|online for|opening hours|open right now|website)\b", "the web"),
]
# About the idea, not today's value: "the difference between weather and climate", "how does the stock market work"
_CONCEPT = re.compile(r"^what (?:is|are) (?:a |an |the )?(?:stock market|stock exchange|stocks|shares|a stock|bonds?|index funds?|"
                      r"cryptocurrency|crypto|bitcoin|blockchain|inflation|interest rates?|exchange rates?)$|"   # (was "I can't check stock prices")
                      r"\b(difference between|what does \w+ mean|meaning of|define|definition of|explain|how (do|does) .+ work|"
                      r"why (do|does|is|are) \w+ (called|named))\b|"
                      # something made up about it: "a story about a rainy night", "a poem about snow"
                      r"\b(story|stories|joke|jokes|poem|poems|song|songs|haiku|limerick|riddle|fun fact|facts?|couplet|verse|"
                      r"rhyme|lyrics|caption|slogan|title) (about|on|of|for)\b|^(write|compose|make up) (me )?(a|an|some)\b|"
                      # words asked for: "three words to describe a sunny beach day", "a synonym for rainy"
                      r"\b(words?|adjectives?|synonyms?|antonyms?|phrases?) (to describe|that describe|describing|for)\b")


def asked(text: str) -> str | None:
    """The topic of a request (cleaned text) only the internet could answer, or None."""
    if units.money_conversion(text):   # today's rate ("Convert 50 euros to dollars" -> "500 dollars", made up)
        return "exchange rates"
    for pattern, topic in _OFFLINE:
        if re.search(pattern, text.replace("under the weather", "unwell")) and not _CONCEPT.search(text):
            return topic
    return None


def offline(topic: str = "live information") -> SkillResult:
    said = _SAID.get(topic, f"I'm offline, so I can't check {topic}.")
    return SkillResult(f"{said} Everything I do stays on this computer.", {"topic": topic})


SKILL = Skill("offline_notice", "Say kindly that live information cannot be checked offline.",
              {"topic": Param(str, required=False, choices=TOPICS)}, lambda topic="live information": offline(topic))
