"""The model's answer when it is a tool call: what runs, what is said, and whether the model should rather
answer in its own words (a look-up that finds nothing, a broken call to a look-up, a call that cannot answer
what was asked). One decision for the app (core/assistant.py) and the strict evaluation
(distill/strict_eval.py), so the evaluation's "alone" figures are the app's."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.skills import notes, offline, protocol, units
from assistant.skills.numbers import normalize_numbers
from assistant.skills.registry import MUDDLED, SkillSet

REFUSED = "I won't run a tool call that was written into the question."

_TIME_WORDS = re.compile(r"\b(time|date|day|days|today|tonight|tomorrow|yesterday|clock|hour|hours|o'clock|weekday|"
                         r"weekend|week|month|year|morning|afternoon|evening|night|now|late|early|monday|tuesday|"
                         r"wednesday|thursday|friday|saturday|sunday)\b", re.I)
# What only the internet could tell or do: without any of it, "I'm offline" answers nothing that was asked
# ("How far is the sun?" -> offline_notice).
_LIVE_WORDS = re.compile(r"\b(weather|forecast|rain|snow|news|headlines?|traffic|scores?|won|win|winning|game|match|"
                         r"stocks?|shares?|prices?|cost|bitcoin|crypto|exchange|flights?|book|booking|reserve|order|"
                         r"buy|deliver|delivery|tickets?|email|e-mail|inbox|messages?|web|internet|online|website|"
                         r"search|google|look up|latest|current|currently|now|today|tonight|tomorrow|yesterday|"
                         r"this (?:morning|afternoon|evening|week|weekend|month|year)|next week|live|stream|open)\b",
                         re.I)
_TIMER_WORDS = re.compile(r"\b(timers?|alarms?|reminders?|remind|countdown|minutes?|seconds?|hours?|wake|left|"
                          r"remaining|running)\b", re.I)
_CANCEL_WORDS = re.compile(r"\b(cancel|stop|clear|delete|remove|never ?mind|forget|kill|end)\b", re.I)
_NOTE_WORDS = re.compile(r"\b(notes?|remember|remembered|forget|forgot|delete|remove|erase|told you|said)\b", re.I)
# a question about the past is not answered by the clock now ("What year did World War 2 end?")
_PAST = re.compile(r"\b(did|was|were|ago|born|founded|invented|built|happened|history)\b", re.I)
_NOW = re.compile(r"\b(now|today|tonight|currently|right now|it is|is it)\b", re.I)
# Some sign that arithmetic was asked for: without any, numbers in a command are no sum to work out
# ("Go forward 10 meters." -> calculator 10*10).
_ARITHMETIC = re.compile(r"[?+*/=%^\u00d7\u00f7]|\b(how|what|what's|whats|calculate|compute|work out|figure out|"
                         r"add|adds|added|plus|minus|subtract\w*|take away|times|multipl\w*|divid\w*|over|percent|"
                         r"sum|total|product|difference|average|mean|half|double|triple|twice|square\w*|cube\w*|"
                         r"root|power|tip|split|each|per|left|remain\w*|more|less|fewer|altogether|combined|equals?)\b",
                         re.I)
_AT_A_TIME = re.compile(r"\b(?:alarm|wake me(?: up)? at|get me up at)\b.*(?:\b\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)|"
                        r"\b\d{1,2}:\d\d\b|o'clock)", re.I)
CANNOT = "Sorry, I can't do that on this computer."


def _said(value: float, question: str) -> bool:
    """Whether the question says the number `value` (in digits or words: "seventy two", "1,500")."""
    said = normalize_numbers(question.lower()).replace(",", "")
    return any(abs(float(n) - value) <= 1e-9 * max(1.0, abs(value)) for n in re.findall(r"-?\d+(?:\.\d+)?", said))


def off_topic(name: str, arguments: dict, question: str) -> bool:
    """A call that cannot answer the question: the clock for a question about no time or day ("How old is
    the Earth?" -> the time now) or about the past; the calculator for a bare number ("Flip a coin" -> 1.0), for
    words that ask for no arithmetic ("Go forward 10 meters." -> 10*10) or on numbers nobody said ("How many people live in Tokyo?" -> 33,000); a conversion of a quantity nobody
    said ("How far is the moon?" -> 2,198,900 miles converted); "I'm offline" for a question nothing live is
    needed for; a timer or note action for a request about neither ("Lock the screen" -> cancel a timer).
    Said from the model's call and the person's words (an empty question: nothing to judge by)."""
    if not question:
        return False
    if name == "clock":
        return not _TIME_WORDS.search(question) or bool(_PAST.search(question) and not _NOW.search(question))
    if name == "calculator":
        expression = str(arguments.get("expression", ""))
        if re.search(r"\binfinit(?:y|e)\b", question, re.I):
            return True   # "infinity plus one" -> 1+1: no sum of numbers
        if re.fullmatch(r"\s*-?\d+(?:\.\d+)?\s*", expression) or not _ARITHMETIC.search(question):
            return True
        # none of its numbers were said: made up ("How many people live in Tokyo?" -> 33,000)
        used = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", expression)]
        return bool(used) and not any(_said(u, question) for u in used)
    if name == "convert_units":
        value = arguments.get("value")
        if not isinstance(value, (int, float)) or value in (1, 0.5, 0.25):   # "a pound", "half a cup"
            return False
        return not _said(value, question)
    if name == "offline_notice":
        return not _LIVE_WORDS.search(question)
    if name == "timer_start" and _AT_A_TIME.search(question):
        return True   # an alarm at a time on the clock is no timer ("alarm for 7 am every day" -> a 7-minute timer)
    if name.startswith("timer_"):
        cancel = name == "timer_cancel" and _CANCEL_WORDS.search(question)   # "actually, cancel it"
        return not (_TIMER_WORDS.search(question) or cancel)
    if name == "note_forget":
        return not _NOTE_WORDS.search(question)
    return False


@dataclass
class ModelCall:
    speech: str
    in_words: bool               # the model should rather answer in its own words
    name: str
    arguments: dict = field(default_factory=dict)
    result: object = None
    ran: bool = False            # a skill ran (not a broken, refused or off-topic call)


def handle(skills: SkillSet, text: str, question: str, *, act: bool = True) -> ModelCall | None:
    """`text`, the model's whole answer: None when it is no tool call. `act`: run an action (timers, notes);
    without it only look-ups run (the evaluation executes the call itself when it scores it)."""
    try:
        call = protocol.parse(text)
    except protocol.ToolCallError as err:
        return ModelCall(MUDDLED, skills.is_lookup(protocol.named(text)), "invalid", {"raw": text[:200]},
                         {"error": str(err)})
    if call is None:
        return None
    if protocol.written_by_user(question):
        # The model repeats what it was shown: a call typed into the question is the user's text (or a
        # pasted attack), never an instruction to run.
        return ModelCall(REFUSED, False, "refused", {"name": call.name, "arguments": call.arguments},
                         {"error": "the question itself contained tool-call markup"})
    if off_topic(call.name, call.arguments, question):
        # a look-up's question is answered in words; an action nobody asked for is not done, nor said done
        action = getattr(skills.skills.get(call.name), "changes", False)
        return ModelCall(CANNOT if action else MUDDLED, not action, call.name, call.arguments,
                         {"error": "the call does not answer the question"})
    if call.name == "note_remember" and not notes.asks_to_save(question):
        # a question is never saved as a note ("What's my locker code?"): the notes about it are said
        call = protocol.ParsedCall("note_recall", {"about": str(call.arguments.get("text", ""))})
    if call.name == "convert_units" and any(units.is_money(str(call.arguments.get(k, ""))) for k in ("from_unit", "to_unit")):
        call = protocol.ParsedCall("offline_notice", {"topic": "exchange rates"})   # today's rate, not a unit's
    if call.name == "offline_notice" and call.arguments.get("topic") not in (None, *offline.TOPICS):
        call = protocol.ParsedCall("offline_notice", {})   # a topic of its own ("flights"): said as live information
    offered = skills.skills.get(call.name)
    if offered is None or not offered.for_model:
        # a skill the model made up ("How many players are on a soccer team?" -> manager(topic=...)): the question
        # is one for words, not "I don't have a skill for that."
        return ModelCall(MUDDLED, True, call.name, call.arguments, {"error": "no such skill"})
    lookup = skills.is_lookup(call.name)
    if not (act or lookup):
        return ModelCall("", False, call.name, call.arguments)
    done = skills.call(call.name, call.arguments, from_model=True)
    # the notes searched for a question about no note ("How do you say thank you in French?" -> "I have no note
    # about that."): found nothing, so the model answers in its own words
    unasked = call.name == "note_recall" and done.ok and not done.result and not _NOTE_WORDS.search(question) \
        and not re.search(r"\b(my|mine|i|me|we|our)\b", question, re.I)
    return ModelCall(done.speech, (lookup and not done.ok) or unasked, done.name, done.arguments, done.result, ran=True)
