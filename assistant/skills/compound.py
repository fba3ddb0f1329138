"""Two or three requests said as one ("What time is it and what's the date?", "Set a timer for ten minutes
and turn the volume up"): each part the fast path knows is run in order and the answers said together.

Only when the whole is no request of its own (intents.match comes first: "set a timer for 10 minutes and
remind me to check the oven" is one reminder) and every part is a request the fast path knows; a part it
does not know sends the whole to the model as before. A part must begin with words that start a request,
or a number ("convert 5 miles to km and 10 pounds to kg"), so "the difference between a frog and a toad" and
"add eggs and milk to my list" stay whole."""

from __future__ import annotations

import re

from assistant.skills.intent import Intent

_STARTS = (r"what|what's|whats|when|where|who|how|which|is|are|do|does|can|could|will|would|please|set|start|stop|"
           r"cancel|tell|remind|turn|open|add|flip|roll|pick|give|pause|resume|convert|spell|define|make|mute|unmute|"
           r"read|show|list|delete|remember|note|take")
_SPLIT = re.compile(rf"(?:,? and (?:then |also )?|, then |,? and after that |; |(?<=\w)[.?!] )(?=(?:{_STARTS})\b|\d)",
                    re.IGNORECASE)
MAX_PARTS = 3


# the second request said short: "What's the time in Tokyo and in New York?", "the capital of France and of Spain"
_SHORT_SECOND = re.compile(r"(?P<head>.+ (?P<prep>in|of|for|until|till|to) )(?P<a>.+?),? and (?P=prep) (?P<b>.+)", re.IGNORECASE)


# one request at two times: "remind me to take my pills at 8 am and 8 pm" (was one note, which never rang)
_TWO_TIMES = re.compile(r"(?P<head>.+ at )(?P<a>\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)?),? and (?:again )?(?:at )?"
                        r"(?P<b>\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)?)(?P<tail>(?: (?:every day|daily|each day|"
                        r"tomorrow|today))?)[.!]?", re.IGNORECASE)


def parts(question: str) -> list[str]:
    """The requests `question` strings together (one when it is one)."""
    two = _TWO_TIMES.fullmatch(question.strip())
    if two and re.match(r"(?:please )?(?:remind me|set (?:an |my )?alarm|wake me)", two["head"], re.IGNORECASE):
        return [two["head"] + two["a"] + two["tail"], two["head"] + two["b"] + two["tail"]]
    found = [p.strip(" ,") for p in _SPLIT.split(question.strip()) if p.strip(" ,.?!")]
    short = _SHORT_SECOND.fullmatch(question.strip()) if len(found) == 1 else None
    if short:
        return [short["head"] + short["a"], short["head"] + short["b"]]
    return found


def compound(question: str, previous: str | None = None) -> list[Intent] | None:
    """The fast path's intents for each part, in order; None unless there are 2-3 parts and each is known.
    A part reads the one before it as its context ("What's the capital of Peru and its population?")."""
    from assistant.skills.intents import match

    pieces = parts(question)
    if not 2 <= len(pieces) <= MAX_PARTS or any(len(p.split()) < 2 for p in pieces):
        return None
    out, before = [], previous
    for n, piece in enumerate(pieces):
        intent = match(piece, before)
        if intent is None and n and (whole := _filled(pieces[n - 1], piece)):
            intent = match(whole, before)
        if intent is None:
            return None
        out.append(intent)
        before = piece
    return out


def _filled(first: str, second: str) -> str | None:
    """The second request with the words it leaves out taken from the first: "how many days until Christmas" and
    "how many until New Year" -> "how many days until New Year" (None when nothing is left out)."""
    a, b = first.rstrip("?.! ").split(), second.rstrip("?.! ").split()
    k = 0
    while k < min(len(a), len(b)) and a[k].lower() == b[k].lower():
        k += 1
    if not k or k >= len(b):
        return None
    j = next((i for i in range(k + 1, len(a)) if a[i].lower() == b[k].lower()), None)
    return " ".join(b[:k] + a[k:j] + b[k:]) if j else None


def said_together(speeches: list[str]) -> str:
    """The parts' answers as one reply, each said once ("I'm offline" twice is said once)."""
    return " ".join(dict.fromkeys(s.strip() for s in speeches if s.strip()))


def requests(question: str, previous: str | None = None) -> list[Intent] | None:
    """The fast path's reading of `question`: one intent per request it strings together (the matchers read
    a whole with one pattern and drop the rest: "What is 5 plus 5 and what is 10 times 3?" was 5+5+10*3, "Set
    an alarm for 7 am and remind me to call mom in 10 minutes" a note), else the whole's, else None (the
    model's). A timer with a reminder ("set a timer for 10 minutes and remind me to check the oven") is one."""
    from assistant.skills.intents import clean, match
    from assistant.skills.timer_intents import REMIND_IN

    several = compound(question, previous)
    if several and not REMIND_IN.fullmatch(clean(question)):
        return several
    whole = match(question, previous)
    return [whole] if whole is not None else None
