"""The model's answer when it is a tool call: what runs, what is said, and whether the model should rather
answer in its own words (a look-up that finds nothing, a broken call to a look-up, a call that cannot answer
what was asked). One decision for the app (core/assistant.py) and the strict evaluation
(distill/strict_eval.py), so the evaluation's "alone" figures are the app's."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.skills import notes, offline, protocol
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


def off_topic(name: str, arguments: dict, question: str) -> bool:
    """A call that cannot answer the question: the clock for a question about no time or day ("How old is
    the Earth?" -> the time now), the calculator for a bare number ("Flip a coin" -> 1.0), "I'm offline" for
    a question nothing live is needed for. Said from the model's call and the person's words (an empty
    question: nothing to judge by)."""
    if not question:
        return False
    if name == "clock":
        return not _TIME_WORDS.search(question)
    if name == "calculator":
        return bool(re.fullmatch(r"\s*-?\d+(?:\.\d+)?\s*", str(arguments.get("expression", ""))))
    if name == "offline_notice":
        return not _LIVE_WORDS.search(question)
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
        return ModelCall(MUDDLED, True, call.name, call.arguments, {"error": "the call does not answer the question"})
    if call.name == "note_remember" and not notes.asks_to_save(question):
        # a question is never saved as a note ("What's my locker code?"): the notes about it are said
        call = protocol.ParsedCall("note_recall", {"about": str(call.arguments.get("text", ""))})
    if call.name == "offline_notice" and call.arguments.get("topic") not in (None, *offline.TOPICS):
        call = protocol.ParsedCall("offline_notice", {})   # a topic of its own ("flights"): said as live information
    lookup = skills.is_lookup(call.name)
    if not (act or lookup):
        return ModelCall("", False, call.name, call.arguments)
    done = skills.call(call.name, call.arguments, from_model=True)
    return ModelCall(done.speech, lookup and not done.ok, done.name, done.arguments, done.result, ran=True)
