"""Follow-ups read against the request before them (intents.match's last resort): "pause it" and "cancel it" after a
timer, "stop" after the stopwatch, "another one" after a joke or a message, the name after "Which one?", "when was
he born?" after "who is ...". Each says whose follow-up it is only when the request before was that skill's."""

from __future__ import annotations

import re

from assistant.skills import discoveries, people
from assistant.skills.intent import Intent, clean
from assistant.skills.numbers import normalize_numbers
from assistant.skills.timer_intents import stopwatch_action, timer_follow_up


def _match(question: str):
    from assistant.skills.intents import match   # (intents imports this module)

    return match(question)


def which_person(before: str, text: str) -> Intent | None:
    """The name said after "Which one: Indira Gandhi or Mahatma Gandhi?"; "when was he born?" after "who is ..."."""
    if discoveries.they_asked(text):   # "what did she discover" after "who was marie curie"
        last = _match(before)
        known = discoveries.person_key(last.arguments["name"]) if getattr(last, "name", "") == "who_is" else None
        return Intent("known_for", {"name": known}) if known else None
    aspect = people.aspect_asked(text)
    if aspect:
        last = _match(before)
        if getattr(last, "name", "") == "book_author":   # "when did he die?" after "who wrote 1984?" (was "1984 died ...")
            from assistant.skills import books

            author = books.author_of(last.arguments["title"])
            return Intent("who_is", {"name": author, "aspect": aspect}) if author and people.asked(f"who is {author.lower()}") \
                else None
        return Intent("who_is", {"name": last.arguments["name"], "aspect": aspect}) \
            if getattr(last, "name", "") == "who_is" else None
    if re.fullmatch(r"(?:and )?what (?:else|other books) (?:did|has) (?:he|she|they|that author) (?:write|written)|(?:and )?what "
                    r"other books (?:are|were) (?:there )?by (?:him|her|them)|(?:and )?did (?:he|she|they) write anything else", text):
        last = _match(before)
        return Intent("books_by", {"title": last.arguments["title"]}) if getattr(last, "name", "") == "book_author" else None
    person = people.asked("who is " + re.sub(r"^(?:the (?:first|second|other) one,? )?|^i mean ", "", text)) \
        if len(text.split()) <= 4 else None
    if person is None or getattr(_match(before), "name", "") != "who_is":   # (the name first: a whole match costs more)
        return None
    return Intent("who_is", person)


def another(before: str, text: str) -> Intent | None:
    """"Another one" after a joke, a fun fact or a written message: the next one."""
    text = re.sub(r"^(?:(?:ha|haha|lol|nice|good one|that's (?:funny|good|great|hilarious|a good one)|very funny|love it),? )+",
                  "", text)   # "that's funny, another one" (the model made one up: "A bear with no teeth.")
    if re.fullmatch(r"(?:that|it)(?: is|'s| was) (?:so |really |pretty |quite )?bad|(?:so |really )?bad|boo", text):
        last = _match(before)   # "That was bad." after a joke (the model said it back)
        if last is not None and last.name == "small_talk" and last.arguments["kind"] == "joke":
            return Intent("small_talk", {"kind": "unfunny", "said": text})
        return None
    if not re.fullmatch(r"(?:ok |okay |)?(?:another(?: one)?|one more|tell me another(?: one)?|give me another(?: one)?|"
                        r"more|again|next)(?: please)?", text):
        return None   # (the words first: reading the request before costs a whole match)
    last = _match(before)
    if last is not None and last.name == "small_talk" and last.arguments["kind"] in ("joke", "fun_fact", "riddle"):
        return Intent("small_talk", {**last.arguments, "said": text})
    if last is not None and last.name in ("write_message", "suggest"):
        return last
    return None


def acts_on_the_last(question: str, previous: str | None) -> bool:
    """Whether "cancel that" is said right after a timer, an alarm or a reminder (it cancels it, not the reply),
    "stop" right after the stopwatch (it stops the stopwatch), or "forget it" right after a note (it forgets the note)."""
    if not previous:
        return False
    before, text = clean(previous), clean(question)
    return (cancel_it(before, text) or on_the_stopwatch(before, text) or forget_it(before, text)) is not None


_WATCH_FOLLOW_UP = [
    ("stop", r"stop|pause|stop (?:it|that|the clock|timing)|pause it|that's it|done|finished|i'm done|now stop"),
    ("read", r"how long(?: has it been| was that| is it| now| so far)?|what(?:'s| is) the time(?: now)?|what(?:'s| is) it at|"
             r"how much time(?: has passed)?|check(?: it)?|read it"),
    ("resume", r"(?:resume|continue|unpause)(?: it)?|keep going|start it again|go on"),
    ("reset", r"reset(?: it)?|clear it|start (?:it )?over"),
]


def on_the_stopwatch(before: str, text: str) -> Intent | None:
    """"Stop", "how long?", "reset it" right after the stopwatch was started or asked about: the stopwatch."""
    said = re.sub(r"^(?:ok|okay|and|now|right|alright),? |,? (?:please|now|thanks)$", "", text)
    for action, pattern in _WATCH_FOLLOW_UP:
        if re.fullmatch(pattern, said) and stopwatch_action(before):
            return Intent("stopwatch", {"action": action})
    return None


def cancel_it(before: str, text: str) -> Intent | None:
    """"Cancel it" right after a timer, an alarm or a reminder was set or asked about: that one."""
    # (not "stop": said over a reply it asks for quiet, and the timer just set must stay)
    if re.fullmatch(r"(?:ok |okay |actually,? |no,? |never ?mind,? |oh,? )?(?:cancel|delete|remove)(?: it| that| that one)?(?: please)?", text) \
            and (re.search(r"\b(timers?|alarms?|reminders?|remind me|wake me)\b", before)
                 or getattr(_match(before), "name", "") in ("timer_start", "timer_list", "alarm_set", "reminder_in")):
        return Intent("timer_cancel", {"name": ""})
    return None


ON_A_TIMER = ("timer_add", "timer_pause", "timer_resume", "timer_change", "timer_rename")   # what is done to a timer already running


def on_the_timer(before: str, text: str) -> Intent | None:
    """"Pause it", "resume it", "add 2 minutes" right after a timer was set or asked about: that timer (else
    "Add 2 minutes." started a second timer and "Pause it." was answered "OK, pause it." with nothing done)."""
    asked = timer_follow_up(text)
    bare = re.fullmatch(r"(?:(?:ok|okay|and|now|actually|no|sorry),? )*(?:make it|make that|change it to|set it to|"
                        r"set it for) (?P<n>\d+(?:\.\d+)?)(?: instead)?(?: please)?", normalize_numbers(text))
    if asked is None and not bare:
        return None
    last = _match(before)
    if bare and asked is None:   # "actually make it 15" after a 10-minute timer: 15 minutes (the model said so, and set none)
        seconds = float(last.arguments.get("seconds", 0)) if getattr(last, "name", "") == "timer_start" else 0
        if not seconds:
            return None
        unit = 3600 if seconds % 3600 == 0 else 60 if seconds % 60 == 0 else 1
        asked = Intent("timer_change", {"seconds": float(bare["n"]) * unit})
    if getattr(last, "name", "") not in ("timer_start", "timers_start", "timer_list", *ON_A_TIMER):
        return None
    if asked.name == "timer_list" or last.name == "timers_start":
        return asked   # "which one finishes first?" after two timers: all of them
    name = last.arguments.get("name", "")
    if asked.name == "timer_rename" and last.name == "timer_rename":
        name = last.arguments["new"]   # renamed twice: the name it has now
    return Intent(asked.name, {**asked.arguments, "name": name})


def on_the_alarm(before: str, text: str) -> Intent | None:
    """"Actually make it 7:30" right after an alarm or a reminder was set: that one, at the new time (the model started
    a 7-minute timer)."""
    from assistant.skills import alarms

    m = re.fullmatch(r"(?:actually,? |no,? |sorry,? |oh,? )*(?:make it|make that|change it to|change that to|set it (?:for|to)|"
                     r"move it to|no,? at) (?P<t>.+?)(?: instead)?(?: please)?", text)
    found = alarms.clock_time(m["t"]) if m else None
    if found is None:
        return None
    last = _match(before)
    if getattr(last, "name", "") != "alarm_set":
        return None
    was = last.arguments
    import datetime as dt

    now = dt.datetime.now().astimezone()
    at = (alarms.tomorrow_at if was.get("tomorrow") else alarms.next_time)(int(was["hour"]), int(was.get("minute", 0)),
                                                                           bool(was.get("said_half")), now)
    old = f"reminder to {was['about']}" if was.get("about") else f"{alarms.clock_said(at)} alarm"
    hour, minute, said = found
    if not said and was.get("said_half") and hour <= 12:   # "6 pm", then "make it 7": 7 PM
        hour, said = (hour % 12) + (12 if was["hour"] >= 12 else 0), True
    return Intent("alarm_set", {**was, "hour": float(hour), "minute": float(minute), "said_half": said,
                                "replaces": old.lower()})


def on_the_list(before: str, text: str) -> Intent | None:
    """"Add milk and bread too" right after something was put on a list: the same list (the student said "OK, I
    added milk and bread to your shopping list." and added nothing); "and eggs", "what's on it now?", "remove the milk"
    there too (the student said it had, or copied its last answer)."""
    last = None
    m = re.fullmatch(r"(?:and|also|plus|oh and)(?: some| a| an)? (?!(?:add|put|also|too)\b)(?P<items>[a-z][a-z ,'-]*?)(?: too| as well| also)?(?: please)?|"
                     r"(?P<read>what(?: is|'s) on (?:it|there|the list|that list)(?: now| so far)?|read (?:it|the list)(?: back)?(?: to me)?)|"
                     r"(?:remove|take off|take out|delete|cross off|scratch) (?:the )?(?P<gone>[a-z][a-z ,'-]*?)(?: off| from it| from the list)?"
                     r"(?: please)?", text)
    if m:
        last = _match(before)
        if getattr(last, "name", "") != "list_edit" or last.arguments.get("action") not in ("add", "create", "read", "remove"):
            return None
        which = last.arguments.get("which", "")
        if m["read"]:
            return Intent("list_edit", {"action": "read", "which": which})
        if m["gone"] and not re.search(r"\b(?:it|that|them|all|everything|timers?|alarms?|notes?|reminders?)\b", m["gone"]):
            return Intent("list_edit", {"action": "remove", "which": which, "items": m["gone"]})
        if m["items"] and not re.search(r"\b(?:minutes?|seconds?|hours?|timer|alarm|reminder|note|what|how|why|who|when|where|"
                                        r"in|to|of|is|are)\b", m["items"]):
            return Intent("list_edit", {"action": "add", "which": which, "items": m["items"]})
        return None
    m = re.fullmatch(r"(?:and |also |oh and |please )*(?:add|put(?: down)?) (?P<items>.+?)(?: (?:on|to|onto) (?:it|that|there|the list|"
                     r"that list))?(?: too| as well| also)(?: please)?|"
                     r"(?:and |also |oh and |please )*(?:add|put(?: down)?) (?:also |too )?(?P<items2>.+?)(?: please)?", text)
    if not m or re.search(r"\b(?:minutes?|seconds?|hours?|timer|alarm|reminder|note)\b", text):
        return None
    last = _match(before)
    if getattr(last, "name", "") != "list_edit" or last.arguments.get("action") not in ("add", "create", "read"):
        return None
    return Intent("list_edit", {"action": "add", "which": last.arguments.get("which", ""),
                                "items": m["items"] or m["items2"]})


def on_the_distance(before: str, text: str) -> Intent | None:
    """"And from Paris to Rome?" / "What about to Madrid?" right after a distance: another distance (the student
    converted the last one to miles and called it Paris to Rome)."""
    from assistant.skills import distance

    unit = re.fullmatch(r"(?:and |what about |how about |what is that |what's that |ok )?(?:in|into) (?P<u>miles|kilometers|kilometres|"
                        r"km)(?: please| instead)?", text)
    if unit:   # "And in miles?" (the model converted 340 kilometers to "340 miles")
        last = _match(before)
        if getattr(last, "name", "") != "distance":
            return None
        return Intent("distance", {**last.arguments, "unit": "miles" if unit["u"] == "miles" else "kilometers"})
    m = re.fullmatch(r"(?:and|what about|how about|and what about)(?: from)? (?P<a>[a-z][a-z .'-]*?) (?:to|and) (?P<b>[a-z][a-z .'-]*?)|"
                     r"(?:and|what about|how about|and what about) to (?P<c>[a-z][a-z .'-]*?)", text)
    if not m:
        return None
    last = _match(before)
    if getattr(last, "name", "") != "distance":
        return None
    first, second = (m["a"], m["b"]) if m["a"] else (last.arguments["first"], m["c"])
    if not (distance.where(first) and distance.where(second)):
        return None
    return Intent("distance", {"first": first, "second": second,
                               **({"unit": last.arguments["unit"]} if last.arguments.get("unit") else {})})


def on_the_work(before: str, text: str) -> Intent | None:
    """"When was it published?" after "Who wrote Pride and Prejudice?", "and when was it painted?" after a painting:
    that work's date (the student guessed one)."""
    if not re.fullmatch(r"(?:and |so )?(?:when|what year) (?:was|were) (?:it|that|this|they|the book|the painting) (?:written|published|"
                        r"painted|made|finished|released|first published)|(?:and )?when did (?:it|that) come out|(?:and )?when|what year", text):
        return None
    last = _match(before)
    if getattr(last, "name", "") in ("book_author", "artwork"):
        return Intent(last.name, {**last.arguments, "when": True})
    return None


def on_the_place(before: str, text: str) -> Intent | None:
    """"Is it night there?" / "what time is it there?" right after a place's time, or a country's capital, currency...:
    that place's time (the student said it could not check the weather; the local time was said for Japan's)."""
    far = re.fullmatch(r"(?:and )?how (?:far|many (?:miles|kilometers|km)) (?:away )?is (?:it|that|that place)(?: from| to) "
                       r"(?P<other>[a-z][a-z .'-]+?)(?: from (?:here|there))?", text)
    if far:   # "How far is it from London?" after Japan's capital (the student said it could not look up maps)
        last = _match(before)
        where = (last.arguments.get("subject") or last.arguments.get("name") or last.arguments.get("place") or ""
                 if getattr(last, "name", "") in ("lookup_fact", "about_place", "time_in") and
                 last.arguments.get("fact") != "element" else "")
        return Intent("distance", {"first": where.lower(), "second": far["other"]}) if isinstance(where, str) and where else None
    if not re.fullmatch(r"(?:and )?(?:is it (?:night|nighttime|night time|day|daytime|morning|evening|afternoon|dark|light|late|"
                        r"early) (?:there|over there)(?: now)?|what time is it (?:there|over there)(?: now)?|what(?:'s| is) the time "
                        r"there)", text):
        return None
    last = _match(before)
    if getattr(last, "name", "") == "time_in":
        return Intent("time_in", last.arguments)
    if getattr(last, "name", "") in ("lookup_fact", "about_place") and last.arguments.get("fact") != "element":
        from assistant.skills import world_clock   # "what time is it there?" after Japan's capital or currency

        where = last.arguments.get("subject") or last.arguments.get("name") or ""
        asked = world_clock.asked(f"what time is it in {where.lower()}") if where else None
        return Intent("time_in", {"place": asked}) if asked else None
    return None


def on_the_note(before: str, text: str) -> Intent | None:
    """"Change it to 5512" / "actually it's 5512" right after a note was saved ("the gate code is 4412") or read back
    ("What's the gate code?"): that note, with the new value (the student said "The gate code is 5512." and changed nothing; the note still said 4412)."""
    m = re.fullmatch(r"(?:(?:no|sorry|oops|actually|wait),? )*(?:change (?:it|that) to|make (?:it|that)|update (?:it|that) to|"
                     r"correct (?:it|that) to|it(?:'s| is) actually|it(?:'s| is)|i meant) (?P<v>[a-z0-9][a-z0-9 ,.'/-]*?)"
                     r"(?: instead)?(?: please)?", text)
    if not m:
        return None
    last = _match(before)
    if getattr(last, "name", "") == "note_recall" and last.arguments.get("about"):
        return Intent("note_change", {"old": last.arguments["about"], "value": m["v"]})   # read back, then corrected
    if getattr(last, "name", "") != "note_remember":
        return None
    return Intent("note_change", {"old": last.arguments["text"], "value": m["v"]})


def forget_it(before: str, text: str) -> Intent | None:
    """"Forget that" right after a note was saved or read back ("Where did I park?"): that note (the student said "I'll
    remember that my car is parked on level 3." and forgot nothing). It goes to the trash: "put it back" returns it."""
    if not re.fullmatch(r"(?:(?:ok|okay|no|actually|never mind|thanks),? )?(?:(?:please )?(?:forget|delete|erase|remove|drop) "
                        r"(?:that|it|this|that note|the note|this note)|scratch that)(?: note)?(?: now| please)?", text):
        return None
    last = _match(before)
    if getattr(last, "name", "") == "note_remember":
        return Intent("note_forget", {"text": last.arguments["text"]})
    if getattr(last, "name", "") == "note_recall" and last.arguments.get("about"):
        return Intent("note_forget", {"text": last.arguments["about"]})
    return None


def tell_me_more(before: str, text: str) -> Intent | None:
    """"Tell me more about it" after a capital ("What's the capital of Italy?"): what WordNet says of that city (the
    student said the capital again)."""
    if not re.fullmatch(r"(?:(?:ok|okay|and|so|cool|interesting),? )?(?:tell me (?:more|a bit more|a little more|something) "
                        r"about (?:it|that|that city|the city|there)|what(?: is|'s) it like|what else (?:do you know|can you "
                        r"tell me) about (?:it|that|that city|there))(?: please)?", text):
        return None
    from assistant.skills import facts, places

    last = _match(before)
    if getattr(last, "name", "") != "lookup_fact" or last.arguments.get("fact") != "capital":
        return None
    found = facts.place(last.arguments["subject"])
    capital = getattr(found, "capital", "")
    return Intent("about_place", {"name": capital}) if capital and places.asked(f"tell me about {capital.lower()}") else None


def on_the_constant(before: str, text: str) -> Intent | None:
    """"And a half marathon?" after "How many miles is a marathon?": that one, in the same unit (the student: "26.2/4 =
    48.6 miles")."""
    from assistant.skills import constants

    in_unit = re.fullmatch(rf"(?:and |what about |how about |what is that |what's that |how much is that |say it |ok )?(?:in|into|as) "
                           rf"(?P<unit>{constants.UNIT_WORDS})(?: please| instead)?", text)
    m = re.fullmatch(r"(?:and|what about|how about) (?P<what>.+?)", text)
    if not (m or in_unit):
        return None
    last = _match(before)
    if getattr(last, "name", "") != "constant":
        return None
    if in_unit:   # "In miles per hour?" after "What is the speed of light?" (was "multiply by 1")
        unit = constants._UNITS[in_unit["unit"]]
        return Intent("constant", {"what": last.arguments["what"], "unit": unit})
    found = constants.asked(f"how long is {m['what']}") or constants.asked(m["what"])
    if not found:
        return None
    unit = last.arguments.get("unit")
    return Intent("constant", {**found, **({"unit": unit} if unit and "unit" not in found else {})})


def restated(intent: Intent | None) -> str | None:
    """A fact or conversion asked again in words its matcher reads."""
    from assistant.skills import constants   # (imported here: constants' own imports reach this module)

    if intent is None:
        return None
    a = intent.arguments
    if intent.name == "lookup_fact" and a.get("fact") == "element":
        return f"Which element has the symbol {a['subject']}?"
    if intent.name == "lookup_fact":
        return f"What is the {a['fact'].replace('_', ' ')} of {a['subject']}?"
    if intent.name == "convert_units":
        return f"Convert {a['value']:g} {a['from_unit']} to {a['to_unit']}"
    if intent.name == "calculator":   # (a root said in words: the matcher reads "sqrt(100)" as no request)
        expression = re.sub(r"sqrt[(]([0-9.]+)[)]", r"the square root of \1", a["expression"])
        return f"What is {expression}?"
    if intent.name == "list_edit" and a.get("action") in ("add", "read", "remove", "create"):   # "and eggs", then "what's on it?"
        return f"What's on {'my ' + a['which'] if a.get('which') else 'the'} list?"
    if intent.name == "constant" and a.get("what") in ("marathon", "half marathon", "5k", "10k"):   # "and a 10k?" next
        return f"How long is a {a['what']}" + (f" in {a['unit']}?" if a.get("unit") else "?")
    if intent.name == "constant" and (a.get("what") == "everest" or a.get("what") in constants._MOUNTAINS):
        return f"How tall is {a['what']}?"   # "how tall is it in feet?", then "who first climbed it?": the same mountain
    if intent.name == "distance":   # "and from Paris to Rome?", then "and to Madrid?": from Paris
        return f"How far is {a['first']} from {a['second']}?"
    if intent.name == "food_fact" and a.get("kind") in ("calories", "protein"):   # "what about an apple?", then "and protein?"
        return f"How many {a['kind']} are in {a['what']}?"
    if intent.name in ("use_in_sentence", "opposite", "synonyms", "rhymes"):   # "use it in a sentence", then "the opposite?"
        return f"What does {a['word']} mean?"
    if intent.name == "artwork":   # "where is it now?", then "how old was he when he painted it?": the same painting
        return f"Who painted {a['title']}?"
    if intent.name == "books_by":   # "what else did he write?", then "when did he die?": the same author
        return f"Who wrote {a['title']}?"
    if intent.name == "who_is":   # "when was he born?", then "when did he die?": the same person
        return f"Who is {a['name']}?"
    if intent.name == "stopwatch":   # "how long?", then "stop": the stopwatch still
        return "Check the stopwatch."
    if intent.name in ON_A_TIMER:   # "pause it", then "resume it": the same timer
        return f"Pause the {a['name'] + ' ' if a.get('name') else ''}timer."
    if intent.name == "small_talk" and a.get("kind") in ("joke", "fun_fact", "riddle"):
        return {"joke": "Tell me a joke.", "fun_fact": "Tell me a fun fact.", "riddle": "Tell me a riddle."}[a["kind"]]
    if intent.name == "alarm_set":   # "make it 7:30", then "no, make it 8": the alarm as it is now
        hour, minute = int(a["hour"]), int(a.get("minute", 0))
        clock = f"{hour}:{minute:02d}" if a.get("said_half") else f"{hour % 12 or 12}:{minute:02d}"   # (24-hour when said)
        return f"Remind me to {a['about']} at {clock}" if a.get("about") else f"Set an alarm for {clock}"
    return None
