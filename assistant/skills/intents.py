"""The fast path: clear everyday requests are matched here, before the model runs, and answered in
milliseconds (as Home Assistant prefers local intents). Returns the skill call, or None for the model."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.skills.base import SkillError
from assistant.skills.calculator import to_expression
from assistant.skills.numbers import normalize_numbers
from assistant.skills.timers import parse_duration


@dataclass(frozen=True)
class Intent:
    name: str
    arguments: dict


def _clean(text: str) -> str:
    text = text.lower().strip()
    text = re.sub(r"^(hey|ok|okay|please|so|um|uh)[, ]+", "", text)
    text = re.sub(r"[?!.]+$", "", text)
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("what's", "what is").replace("whats", "what is"))


_OFFLINE = [
    (r"\b(weather|forecast|temperature outside|going to rain|raining|snowing|sunny)\b", "the weather"),
    (r"\b(news|headlines)\b", "the news"),
    (r"\b(score|scores|who won|match result)\b|\bdid (the )?\w+ win\b", "sports scores"),
    (r"\b(stock|share price|bitcoin|crypto|exchange rate)\b", "stock prices"),
    (r"\b(traffic)\b", "traffic"),
    (r"\b(search the web|google|look up online|browse)\b", "the web"),
]
_UNIT_WORDS = (r"(?:inch|inches|foot|feet|yards?|miles?|meters?|metres?|centimeters?|centimetres?|millimeters?|kilometers?|"
               r"kilometres?|grams?|kilograms?|kilos?|pounds?|lbs?|ounces?|stones?|tons?|tonnes?|liters?|litres?|milliliters?|"
               r"gallons?|quarts?|pints?|cups?|tablespoons?|teaspoons?|fluid ounces?|(?:degrees? )?(?:fahrenheit|celsius|centigrade|kelvin)|"
               r"mph|km/h|kph|(?:miles?|kilometers?|meters?) per (?:hour|second)|seconds?|minutes?|hours?|days?|weeks?|years?|"
               r"bytes?|kilobytes?|megabytes?|gigabytes?|terabytes?|kb|mb|gb|tb|acres?|hectares?|km|cm|mm|kg|mg|ml|oz|ft|mi)")
_NUM = r"(-?\d+(?:\.\d+)?)"


def match(question: str) -> Intent | None:
    text = _clean(question)
    if not text:
        return None
    # clock
    if re.search(r"\b(what time is it|what time it is|what is the time|tell me the time|the time now|current time|time is it|got the time)\b", text):
        return Intent("clock", {"what": "time"})
    if re.search(r"\b(what day is (it|today)|which day is (it|today)|day of the week|"
                 r"is (it|today) (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", text):
        return Intent("clock", {"what": "weekday"})
    if re.search(r"\b(what is (the|today's) date|what date is it|today's date|what is today|what year is it)\b", text):
        return Intent("clock", {"what": "date"})
    # notes
    m = re.search(r"\b(?:remember|note) (?:that |to )?(.+)", question.strip().rstrip("?!."), re.I)
    if m and not re.search(r"what did i|do you remember", text):
        return Intent("note_remember", {"text": m.group(1)})
    if re.search(r"\b(delete|clear|erase|remove) (all )?(of )?my notes\b", text):
        return Intent("note_forget", {"text": "all"})
    m = re.search(r"\bforget (?:about |that )?(.*)", text)
    if m:
        return Intent("note_forget", {"text": m.group(1).strip()})
    if re.search(r"\b(what did i (ask|tell) you to remember|what do you remember|my notes|read (me )?my notes|"
                 r"do you remember anything)\b", text):
        return Intent("note_recall", {})
    # timers
    if re.search(r"\b(cancel|stop|delete|remove|kill) (the |my |all )?(\w+ )?timers?\b", text) \
            or re.search(r"\btimer\b.*\b(cancel|stop) it\b", text):
        m = re.search(r"\b(?:cancel|stop|delete|remove|kill) (?:the |my )?(all|\w+)? ?timers?\b", text)
        name = (m.group(1) or "") if m else ""
        return Intent("timer_cancel", {"name": "all" if "all" in text.split() else ("" if name in ("", "my", "the") else name)})
    if re.search(r"\b(what timers|list (my |the )?timers|how much time is left|how long is left|how long left|"
                 r"timers running|my timers)\b", text):
        return Intent("timer_list", {})
    duration_words = r"\S+ (?:seconds?|secs?|minutes?|mins?|hours?|hrs?)(?: and (?:a half|\S+ (?:seconds?|minutes?)))?"
    m = re.search(r"\b(?:set|start|create|make|put)? ?(?:an? |the )?(?:(\w+) )?timer (?:on )?(?:for |of )?(.+)", text)
    if m:
        name, duration_text = m.groups()
    else:
        m = re.search(rf"\b(?:set|start|create|make) (?:an? |the )?({duration_words})(?: (\w+))? timer\b", text)
        if m:
            duration_text, name = m.groups()
    if not m:
        m = re.search(r"\b(?:wake me|remind me|alert me|ping me) in (.+)", text)
        if m:
            name, duration_text = "", m.group(1)
    if m:
        if name in (None, "a", "an", "the", "my", "new"):
            name = ""
        try:
            seconds = parse_duration(duration_text)
        except SkillError:
            return None
        named = re.search(r"\b(?:called|named) (\w+)", text)
        return Intent("timer_start", {"seconds": seconds, "name": named.group(1) if named else (name or "")})
    # units: "how many centimeters in five inches", "convert 5 km to miles", "what is 100 fahrenheit in celsius"
    norm = normalize_numbers(text)
    m = re.search(rf"how many ({_UNIT_WORDS}) (?:are in|is in|in|is|are|make up) (?:an? |one )?{_NUM}? ?({_UNIT_WORDS})\b", norm)
    if m:
        return Intent("convert_units", {"value": float(m.group(2) or 1), "from_unit": m.group(3), "to_unit": m.group(1)})
    m = re.search(rf"{_NUM} ?({_UNIT_WORDS}) (?:in|to|into|as|in to) ({_UNIT_WORDS})\b", norm)
    if m:
        return Intent("convert_units", {"value": float(m.group(1)), "from_unit": m.group(2), "to_unit": m.group(3)})
    # offline honesty
    for pattern, topic in _OFFLINE:
        if re.search(pattern, text):
            return Intent("offline_notice", {"topic": topic})
    # arithmetic: an explicit operation on numbers
    m = re.search(r"\badd (\S+(?: \S+)?) (?:and|to) (\S+(?: \S+)?)$", norm)
    if m and re.fullmatch(r"[\d. ]+", m.group(1) + m.group(2)):
        return Intent("calculator", {"expression": f"{m.group(1).replace(' ', '')}+{m.group(2).replace(' ', '')}"})
    if re.search(r"\b(plus|minus|times|multiplied by|divided by|to the power of|squared|cubed|square root|cube root|percent of)\b|"
                 r"\d\s*[-+*/x×÷^%]\s*\d|\d\s*% of\b", norm):
        try:
            expression = to_expression(text)
        except SkillError:
            return None
        if re.search(r"\d", expression) and re.search(r"[-+*/]|sqrt|cbrt", expression):
            return Intent("calculator", {"expression": expression})
    return None
