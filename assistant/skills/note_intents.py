"""The fast path's reading of requests about notes and lists (intents.py runs it in its order): "remember that my
locker number is 214", "jot down that ...", "forget the note about keys", "what's my locker number", "add milk to my
shopping list"; and the two readings other matchers share, a request for writing help and a how-to question, which
are never notes."""

from __future__ import annotations

import re

from assistant.skills import lists
from assistant.skills.intent import Intent
from assistant.skills.timer_intents import REMIND_IN


WRITING_HELP = re.compile(r"^(can you |could you |would you |please )*(help me )?(write|draft|compose|craft|create|"
                           r"make up|come up with)\b.*\b(note|message|text|card|letter|day)\b(?! *:)(?!.*\bnote:)"
                           r"|^(?!remember|remind me|don't let me forget|do not let me forget)"
                           r".*\bnote (to|for) (my|your|a|an|the|his|her|our|their)\b(?!.*\bnote:)")
ADVICE = re.compile(r"^(how (do|can|should|would|could) (i|we|you)|what is the (best|easiest|quickest|fastest) way|"
                     r"what are (some )?(good |the best )?(ways|tips)|any tips|tips for)\b")


_ALL_NOTES = r"(all( of)? (my |the )?notes|all (of )?(it|them)|it all|everything( i (told|asked) you( to remember)?)?|my notes|the notes)"
_NOTE_ABOUT = r"(?:the |my )?notes? (?:about|on|for|that says|saying) "


_LOST = re.compile(r"(?:oh no,? |help,? )?i(?:'ve| have)? (?:just )?(?:lost|misplaced|can't find|cannot find) my (?P<thing>keys|car keys|"
                   r"house keys|phone|wallet|purse|glasses|sunglasses|remote|tv remote|ring|watch|passport|earbuds|headphones|"
                   r"bag|id|charger)(?: again| anywhere)?|how (?:do|can) i find my (?:lost )?(?P<thing2>keys|phone|wallet|glasses|"
                   r"remote)")


def _note_command(text: str) -> Intent | None:
    if re.fullmatch(rf"(yes|yes i'm sure|i'm sure|confirm)[, ]+(forget|delete|erase|clear|remove) {_ALL_NOTES}", text):
        return Intent("note_forget_all", {})
    if re.fullmatch(r"(put (it|them|that|those|the notes?|my notes?) back|bring (it|them|that|my notes?) back|"
                    r"undo (that|the forget(ting)?)|undo forget(ting)?|restore (my |the )?(forgotten )?notes?)", text):
        return Intent("note_restore", {})
    if re.fullmatch(rf"(forget|delete|clear|erase|remove|wipe) {_ALL_NOTES}", text):
        return Intent("note_forget", {"text": "all"})
    m = re.fullmatch(rf"(?:forget|delete|remove|erase|drop) {_NOTE_ABOUT}(.+)", text)
    if m:
        return Intent("note_forget", {"text": m.group(1)})
    m = re.fullmatch(r"(?:(?:can|could|would) you |please )?forget (?:about |that |what i said about |what i told you about )?"
                     r"((?:the |my ).+|.+?)(?: please)?", text)   # ("Can you forget what I said about the passport?": refused)
    if m and m.group(1) not in ("it", "that", "this", "them", "about it", "about that", "me", "you"):
        return Intent("note_forget", {"text": m.group(1)})
    return None


def notes(text: str, question: str) -> Intent | None:
    if REMIND_IN.fullmatch(text):
        return None   # "remind me to take the pizza out in 15 minutes": a reminder (_timers)
    if re.match(r"(?:what|which|list|show|tell|read)\b.* my (?:alarms|reminders)\b", text):
        return None   # "what are my reminders": the alarms and reminders set (_timers), not a notes search
    on_a_list = lists.asked(text)
    if on_a_list:   # "add milk to my shopping list" (kept among the notes)
        return Intent("list_edit", on_a_list)
    other = lists.cannot(text)
    if other:   # "add gloves to my christmas list" (the student said it had)
        return Intent("clarify", {"text": other})
    m = _LOST.fullmatch(text)
    if m:   # "I lost my keys." (the student: "Sorry, I can't help with that."): a note about them, else where to look
        return Intent("lost_thing", {"thing": f"my {m['thing'] or m['thing2']}"})
    # Forgetting is a command said as such, at the start of the request ("forget the note about
    # keys"), never a word inside a question ("why do I always forget my keys?"); forgetting all only asks.
    intent = _note_command(text)
    if intent:
        return intent
    flat = re.sub(r"\s+", " ", question.strip().rstrip("?!."))  # a note with a newline is kept whole
    named = re.fullmatch(r"(?:hi,? |hello,? )?(?:my name is|my name's|call me) ([a-z][a-z'-]{0,30}(?: [a-z][a-z'-]{0,30})?)", text)
    if named:   # "My name is Sam" (the student answered "I'm Sam. Welcome to our online store!")
        name = " ".join(flat.split()[-len(named.group(1).split()):])   # as the person wrote it ("Sam")
        return Intent("note_remember", {"text": f"my name is {name}"})
    if re.fullmatch(r"(?:please )?(?:save|remember|mark|note) (?:my |the |where i )?(?:parking (?:spot|space|place)|parked"
                    r"(?: the car)?|car'?s? (?:spot|location))", text):   # (the student refused)
        return Intent("clarify", {"text": "Where did you park? Say, for example, \"remember I parked on level 3, row B\"."})
    if re.fullmatch(r"(?:please )?(?:(?:add|save|put|store) .+? (?:to|in|into) (?:my |the )?(?:contacts|contact list|address "
                    r"book|phone ?book)|(?:add|create|make|save) (?:a |an )?(?:new )?contact(?: for .+)?)", text):
        return Intent("clarify", {"text": "I don't keep contacts, but I can remember a number as a note. Say, for example, "
                                          "\"remember that Tom's number is 555 0134\"."})   # (echoed back)
    told = re.fullmatch(r"(?:(?:my|our) (?:[a-z'-]+ ){0,2}(?:birthday|anniversary|name|number|phone number|code|pin|password|address|"
                        r"blood type|size|plate number|license plate|wedding|due date)|[a-z]+'s (?:birthday|anniversary|name|"
                        r"phone number|number)) (?:is|are|falls) (?:on )?(?!what|when|where|who|how|which|it\b).+", text)
    if told and not question.strip().endswith("?"):   # "My birthday is March 3rd." (the student: 3/4, and "I don't have that")
        return Intent("note_remember", {"text": re.sub(r"^(My|Our) ", lambda w: w[1].lower() + " ", flat)})
    m = re.fullmatch(r"(?:(?:can|could|would) you |please )*(?:(?:jot(?: this| that| it)? down|jot|write (?:this |that |it )?"
                     r"down|note (?:this |that )?down|take (?:a |this )?note(?: to)?|save a note|make a note(?: of| to)?)(?::| that|,)?|"
                     r"(?:save (?:this|that)|log|add a note|new note)(?::| that|,| -)) (.+)", flat, re.I)
    if m:   # "Can you jot down that the wifi password is bluefish42?", "Save this: parking spot is level 3, row B."
        return Intent("note_remember", {"text": m.group(1)})
    if WRITING_HELP.search(text) or ADVICE.search(text):
        return None
    m = re.search(r"\b(?:remember|note:?|don't let me forget|do not let me forget|don't forget|do not forget|remind me) "
                  r"(?:that |to self[:,]? |to )?(.+)", flat, re.I)   # ("Don't forget the milk.": refused)
    if m and not re.search(r"^(how|why|when|where|who|which|is|are|does|can you help)\b|what did i|do you remember|\bremind me (in|at|after|what|who|how|why|where|when|which)\b", text):
        return Intent("note_remember", {"text": m.group(1)})
    m = re.fullmatch(r"(?:what is|what are|where is|where are|when is|who is|which is|what was) (my (?!notes\b|timers?\b|alarms?\b|reminders?\b)[a-z][a-z' ]{1,40}?)"
                     r"(?: again)?|where did i ((?:put|leave|park) my [a-z][a-z' ]{1,40}?|park)(?: the car| my car)?(?: again| today)?|"
                     r"when is ([a-z]+'s (?:birthday|anniversary|party|wedding|appointment|flight|game|concert|exam))|"
                     r"what is the ((?:[a-z]+ ){1,2}(?:code|password|pin|combination))(?: again| now)?", text)
    if m:   # "what's my locker code", "what's the gate code": the notes about it, not a new note
        return Intent("note_recall", {"about": m.group(1) or m.group(2) or m.group(3) or m.group(4)})
    if re.search(r"\b(what did i (ask|tell) you to remember|what do you remember|my notes|read (me )?my notes|"
                 r"do you remember anything|what notes|where did i (park|put|leave)|what did i tell you|"
                 r"what have you remembered|what was my \w+|(do i have|are there) any notes)\b", text) \
            and not re.search(r"\d.*\bwhat was my\b", text):   # "i drove 150 miles in 3 hours. what was my average speed"
        return Intent("note_recall", {})
    return None
