"""An action the model says it took without calling a skill.

The student learned the skills' own confirmations, and copies them when it does not make the call: "OK, timer 4 for
5 minutes." for "Schedule a meeting with Tom tomorrow at 3.", "That's great! I'll add that to your shopping list."
for "Throw eggs and butter onto my shopping list.", "I saved your parking spot from row B." for "Save this: ...".
Nothing was set, added or saved, and the person, told it was, loses the reminder or the item. So when a request
asks to act, the model's answer is held back whole (as a tool call is), and any answer that opens like a skill's
confirmation is held until its first sentence is complete; when it claims an action no skill took, it is replaced by a
sentence that says nothing was done and how to ask. The app (core/assistant.py) and the strict evaluation
(distill/strict_eval.py) use this one check."""

from __future__ import annotations

import re

_POLITE = (r"(?:(?:please|hey|hi|ok(?:ay)?|so|now|and|also|oh|just|quickly|can you|could you|would you|will you|"
           r"i need you to|i want you to|i'd like you to|go ahead and|assistant)[,]?\s+)*")
_ACT_VERB = re.compile(
    _POLITE + r"(?:add|put|throw|stick|pop|set|remind|remember|note|jot|save|write (?:down|this|that)|log|schedule|"
    r"book|create|make (?:a |an |me a |my )?(?:new )?(?:note|list|reminder|alarm|timer|event|appointment|entry)|"
    r"delete|remove|cross|clear|erase|rename|mute|unmute|silence|start|cancel|snooze|wake|record|track|mark|move|"
    r"change|update|keep|store|empty)\b", re.I)
_ACT_WORDS = re.compile(
    r"\b(?:add (?:it|that|this|them)|(?:to|on|onto|off|from|in) (?:my|the|our) (?:[\w'-]+ ){0,2}list|reminders?|alarms?|"
    r"timers?|countdown|calendar|appointments?|don't let me forget|make sure i|note (?:that|down|this)|to-?do)\b",
    re.I)

_CLAIMS = [re.compile(p, re.I) for p in (
    # "I'll add that ...", "I've set ...", "I saved your parking spot ...", "I'll muted myself."
    r"\b(?:i'll|i will|i've|i have|i|i just|let me|i'm going to|i am going to|we'll)\s+(?:go ahead and\s+|now\s+|"
    r"also\s+|just\s+|quickly\s+)?(?:add|added|adding|put|set|setting|save|saved|create|created|schedule|scheduled|"
    r"delete|deleted|remove|removed|clear|cleared|cross|crossed|start|started|note|noted|jot|jotted|mute|muted|"
    r"unmute|unmuted|rename|renamed|book|booked|send|sent|order|ordered|remind|reminded|remember|log|logged|cancel|"
    r"cancell?ed|snooze|snoozed|write|wrote|mark|marked|record|recorded|keep|kept|store|stored|update|updated|"
    r"move|moved|change|changed|wake)\b",
    # "OK, timer 4 for 5 minutes." / "Done, alarm set."
    r"^\W*(?:ok(?:ay)?|done|sure|alright|all right|got it)\b[,.!]?\s+(?:your\s+|a\s+|the\s+)?(?:timer|alarm|reminder|"
    r"note|list|event|meeting|appointment|countdown)\b",
    # "Your alarm is set for 6:45." / "The meeting has been scheduled."
    r"\b(?:timer|alarm|reminder|note|event|meeting|appointment|item|list|countdown)s?\b[^.!?]{0,40}?\b(?:is|are|has been|"
    r"have been|was|were)\s+(?:now\s+)?(?:set|saved|added|scheduled|created|started|updated|cleared|deleted|removed|"
    r"renamed|muted|booked|cancell?ed)\b",
    r"^\W*(?:added|saved|scheduled|created|removed|deleted|cleared|noted|done)\b",
    r"\bsay \W?put it back\W? to undo\b",
)]

# The skills' own confirmations, copied without a call (the student's history is full of them): "OK, timer for 15
# minutes." after "Actually make it 15.", "OK, I added eggs to your shopping list." after "And eggs.". Said without a
# call they are false whatever was asked, so every answer is held until its first sentence shows it is not one.
_CONFIRMS = [re.compile(p, re.I) for p in (
    r"^\W*(?:ok(?:ay)?|done|sure|alright|all right|got it)\b[,.!]?\s+(?:i(?:'ve| have)? (?:added|set|saved|started|"
    r"cancell?ed|cleared|took|removed|moved|changed|renamed|put|noted|deleted|made|updated|scheduled|booked|muted)|i'll (?:remind|remember|add|set)|(?:your |the |"
    r"a |an )?(?:[\w-]+ )?(?:timer|alarm|reminder|stopwatch|countdown|pomodoro)\b)",
    r"^\W*(?:cancell?ed|cleared|removed|deleted|added|saved|started|stopped|paused|resumed) (?:the|your)\b",
    r"^\W*(?:[\w-]+ )?timer (?:\d+ )?for \d",
    r"^\W*i(?:'ve| have)? (?:added|set|saved|cleared|took|removed|cancell?ed) [^.!?]{0,60}\b(?:list|timer|alarm|reminder|note)s?\b",
    r"\bsay \W?put it back\W? to undo\b",
)]
_OPENERS = ("ok", "okay", "done", "sure", "alright", "all right", "got it", "cancelled", "canceled", "cleared", "removed",
            "deleted", "added", "saved", "started", "stopped", "paused", "resumed", "timer", "i added", "i've added",
            "i have added", "i set", "i've set", "i saved", "i've saved", "i cleared", "i took", "i removed", "i cancel")

_KINDS = [
    (re.compile(r"\b(?:timers?|alarms?|remind\w*|countdown|wake|snooze|schedul\w*|calendar|events?|meetings?|"
                r"appointments?|pomodoro)\b", re.I),
     "Sorry, I haven't set anything: I couldn't make out that request. Try, for example, \"remind me to call Tom "
     "tomorrow at 3 PM\" or \"set a timer for 10 minutes\"."),
    (re.compile(r"\b(?:lists?|add|cross|groceries|grocery|shopping|to-?do|tasks?)\b", re.I),
     "Sorry, I haven't changed any list: I couldn't make out that request. Try, for example, \"add milk to my "
     "shopping list\"."),
    (re.compile(r"\b(?:notes?|save|remember|jot|log|write|keep|store|don't let me forget)\b", re.I),
     "Sorry, I haven't saved anything: I couldn't make out that request. Try, for example, \"remember that my "
     "locker number is 214\"."),
]
NOT_DONE = "Sorry, I haven't done that: I couldn't make out the request. Could you say it another way?"


def asks_to_act(question: str) -> bool:
    """Whether the request asks for something to be set, added, saved or changed: the model's answer to it is held
    back whole until it is known whether it claims what no skill did."""
    q = question.strip()
    return bool(_ACT_VERB.match(q) or _ACT_WORDS.search(q))


def may_confirm(text: str) -> bool:
    """While an answer is streamed: whether it may still turn out to be a skill's confirmation (it opens like one and
    its first sentence is not complete), so it is held back until that is known."""
    t = " ".join(text.lower().split()).lstrip(" \"'")
    if not t:
        return False
    if not any(o.startswith(t) or t.startswith(o) for o in _OPENERS):
        return False
    return not re.search(r"[.!?](?:\s|$)", t)


def confirms(answer: str) -> bool:
    """Whether the answer says, as a skill does, that something was set, added, saved or cancelled."""
    return any(p.search(answer.strip()) for p in _CONFIRMS)


def claims_action(answer: str) -> bool:
    return any(p.search(answer.strip()) for p in _CLAIMS)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))


def echoes(question: str, answer: str) -> bool:
    """The request said back ("Add eggs." -> "Add eggs.", "Set an alarm called gym for 5:30." -> "Set an alarm for
    5:30."): heard as if it were done."""
    said, asked = _words(answer), _words(question)
    extra = set(said) - set(asked) - {"a", "an", "the", "for", "to", "my", "your", "at", "on", "in", "please"}
    return len(said) >= 2 and len(extra) <= 1 and len(said) >= len(asked) / 2


def checked(question: str, answer: str) -> str:
    """The model's plain answer (no tool call ran), or, when the request asked to act and the answer claims it was
    done (or says the request back), a sentence that says nothing was done and how to ask (by what the request was
    about)."""
    if not (confirms(answer) or asks_to_act(question) and (claims_action(answer) or echoes(question, answer))):
        return answer
    for said in (question, answer):   # what was asked about, else what the answer claimed
        for kind, sentence in _KINDS:
            if kind.search(said):
                return sentence
    return NOT_DONE
