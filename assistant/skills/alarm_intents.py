"""Reading a request for an alarm or a reminder at a time on the clock (alarms.py runs them): "set an alarm for
7:30", "wake me up every weekday at 6:30", "remind me to call the dentist on Monday at 9", "remind me tomorrow
morning to go running", "alarm 7am". The time is read by alarms.clock_time; what is left is the reminder's."""

from __future__ import annotations

import re

from assistant.skills.alarms import clock_time

_DAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_REPEAT = re.compile(rf",? (?:(?:every|each) (?P<every>day|morning|night|evening|afternoon|weekday|work ?day|weekend(?: day)?|"
                     rf"{_DAY_NAMES})|(?:on|for) (?P<on>weekday|weekend|{_DAY_NAMES})s|(?P<daily>daily))\b")
_WHEN = rf"(?:(?:for )?(?:today|tonight|tomorrow)|(?:on |next |this |for )?(?:{_DAY_NAMES}))"
# "Schedule a meeting with Tom tomorrow at 3", "add a calendar event for lunch with Sara on Saturday at noon": there is
# no calendar here; a reminder at that time is what can be kept (the student said "OK, timer 5 for 30 minutes.")
_CALENDAR = re.compile(rf"(?:please )?(?:schedule|book|put|add|create|make|set up|enter)(?: me)? (?P<kind>(?:an? |new )*(?:calendar )?"
                       rf"(?:event|appointment|entry)(?: for| called| about|:)? )?(?P<what>.+?)(?: (?:in|on|to|into) (?:my|the) "
                       rf"calendar)?(?P<when>,? {_WHEN}(?: (?:at|for) .+)?|,? (?:at|for) (?:\d|noon|midnight).*)")
# "set a reminder for my mom's birthday on Friday" (the student said "OK, timer 4 for 5 minutes.")
_REMINDER_FOR = re.compile(r"(?:please )?(?:set|make|create|add)(?: me)? (?:a |my )?reminder (?:for|about|of) "
                           r"(?!(?:today|tonight|tomorrow|noon|midnight|at)\b|\d)(?P<what>.+)")


def _as_reminder(text: str) -> str:
    """Requests said another way, said as "remind me about ...": a calendar entry (a reminder at its time), "a
    reminder for my mom's birthday", "remind me of the meeting"."""
    m = _CALENDAR.fullmatch(text)
    if m and (m["kind"] or re.search(r"\bcalendar\b", text) or re.match(r"(?:please )?schedule\b", text)
              or re.fullmatch(r"(?:an? |my )?(?:[\w']+ ){0,2}(?:appointment|meeting)", m["what"])):
        when = re.sub(r"^,? for (?=\d|noon|midnight)", " at ", m["when"])
        return f"remind me about {m['what']}{re.sub(r'^,? for ', ' ', when)}"
    m = _REMINDER_FOR.fullmatch(text)
    if m:
        return f"remind me about {m['what']}"
    return re.sub(r"^(?:please )?remind me of ", "remind me about ", text)


def _repeat(text: str) -> tuple[str, str, str]:
    """("set an alarm for 7 am", "weekdays", "") for "set an alarm for 7 am every weekday" (or "... every weekday at 7
    am", "on Mondays"); the last is the half of the day said with it ("every evening": "pm"); the text as it is
    and "" when no repeat is said."""
    m = _REPEAT.search(text)
    if not m:
        return text, "", ""
    said = (m["every"] or m["on"] or "day").replace(" ", "")
    repeat = {"weekday": "weekdays", "workday": "weekdays", "weekdays": "weekdays", "weekend": "weekends",
              "weekendday": "weekends"}.get(said, said if said in _DAY_NAMES.split("|") else "daily")
    half = {"morning": "am", "afternoon": "pm", "evening": "pm", "night": "pm"}.get(said, "")
    return (text[:m.start()] + text[m.end():]).strip(), repeat, half


def asked(text: str) -> dict | None:
    """alarm_set's arguments for "set an alarm for 7:30" / "wake me up at seven" / "remind me to call mom at
    6 pm" / "remind me at noon to eat" / "wake me up every weekday at 6:30" (cleaned text); None when no clock
    time is said."""
    text = _as_reminder(re.sub(r"^(?:(?:can|could|would|will) you (?:please )?)", "", text))   # "can you remind me to ..."
    text, repeat, half = _repeat(text)
    day = None
    if not repeat:   # "remind me to call the dentist on Monday at 9", "remind me next Tuesday to pay rent" (a note)
        on = re.search(rf",? (?:on |next |this |this coming )?(?P<d>{_DAY_NAMES})\b", text)
        if on:
            day, text = on["d"], (text[:on.start()] + text[on.end():]).strip()
    if not re.search(r"\d|\b(?:noon|midnight|o'clock|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", text):
        # a part of the day for a time ("remind me at the end of the day to send the report", "tomorrow morning": a note)
        for said, clock in ((r"(?:at |by )?(?:the )?end of (?:the )?(?:day|work ?day)", "at 5 pm"),
                            (r"(?:(?:for|in) )?(?:the |this )?morning", "at 9 am"), (r"(?:in )?(?:the |this )?afternoon", "at 3 pm"),
                            (r"(?:(?:for|in) )?(?:the |this )?evening|tonight", "at 7 pm"), (r"(?:at )?lunch ?time|at lunch", "at 12 pm")):
            found = re.search(rf"\b(?:for )?(?P<tomorrow>tomorrow )?{said}\b", text)
            if found and re.match(r"(?:please )?(?:remind me|(?:set|make|create|add)(?: me)? (?:a |my )?reminder)\b", text):
                text = text[:found.start()] + ("tomorrow " if found["tomorrow"] else "") + clock + text[found.end():]
                text = re.sub(r"reminder (?=tomorrow|at )", "reminder for ", re.sub(r"reminder for (?=tomorrow|at )", "reminder ", text))
                break
    bare = re.fullmatch(r"(?:please )?remind me (?:to )?(?P<about>.+)", text) if day or repeat else None
    about = re.sub(r",? ?(?:when it(?:'s| is)|on|this|next|every|about)$", "", bare["about"]) if bare else ""
    if bare and about and not re.search(r"\b(?:at|in|for) \S", about):
        text = f"remind me to {about} at 9 am"   # a day without a time ("on mondays"): in the morning
    elif bare and not about:
        return None   # "remind me when it's monday": of what?
    text = re.sub(r"^((?:please )?(?:set|make|create|add)(?: me)? (?:an? |my )?alarm) (?:called|named) [\w']+(?: [\w']+)? (?=for |at )",
                  r"\1 ", text)   # "set an alarm called gym for 5:30" (alarms have no names: the model echoed it back)
    patterns = [
        r"^(?:please )?(?P<moved>change|move|reset|push|switch) (?:my|the) alarm(?: time)? (?:to|for|until) (?P<t>.+)$",
        r"^(?:please )?(?:set|make|create|put on|add)(?: me)? (?:an? |my )?(?:alarm|wake ?up call)(?: clock)? (?:for |at |to )?"
        r"(?P<t>(?:for |at )?\d.*|noon|midnight|.+)$",   # ("set alarm 6:30", typed: the model said it back)
        r"^(?:please )?(?P<wake>wake me(?: up)?|get me up)(?: tomorrow)? at (?P<t>.+?)(?: tomorrow)?$",
        r"^(?P<wake>i (?:need|want|have|got) to (?:wake up|get up|be up)|i'm getting up|i am getting up)(?: tomorrow)? "
        r"(?:at|by) (?P<t>.+)$",
        r"^(?:please )?alarm (?:for |at )?(?P<t>\d.*|noon|midnight)$",   # "alarm 7 am" (typed short: was a timer cancelled)
        r"^(?:please )?remind me (?:at )?(?P<t>\d{1,2}(?::\d\d)? (?:am|pm)),? (?:to )?(?P<about>.+)$",   # "remind me 5pm call mom"
        r"^(?:please )?remind me (?!at |today |tonight |tomorrow )(?:to )?(?P<about>.+?)(?: today| tonight| tomorrow)? at (?P<t>.+?)(?: today| tonight| tomorrow)?$",
        r"^(?:please )?remind me (?:(?:today|tonight|tomorrow)(?: morning| afternoon| evening)? )?at (?P<t>.+?) to (?P<about>.+)$",
        # "set a reminder for 3 pm to take my medicine" (the student set a 3-minute timer)
        r"^(?:please )?(?:set|make|create|add)(?: me)? (?:a |my )?reminder (?:for|at) (?P<t>.+?) (?:to|that i need to|about) (?P<about>.+)$",
        r"^(?:please )?(?:set|make|create|add)(?: me)? (?:a |my )?reminder to (?P<about>.+?) (?:for|at) (?P<t>.+)$",
    ]
    for pattern in patterns:
        m = re.match(pattern, text)
        if not m:
            continue
        # "6:30 tomorrow morning", "tomorrow at 7": the next such time is the one meant
        t = re.sub(r"^(?:the |tomorrow (?:at |morning at )?)?|(?: please)+$", "", m["t"]).strip()
        t = re.sub(r" tomorrow(?= morning| afternoon| evening| night|$)| today$", "", t).strip()
        found = clock_time(t)
        if found is None:
            return None
        hour, minute, said = found
        # a repeating alarm at "6:45" (no am or pm said): the morning's (was 6:45 PM every weekday)
        morning = repeat and not m.groupdict().get("about") and 4 <= hour <= 11
        if (m.groupdict().get("wake") or morning) and not said and hour < 12 or half and not said:
            hour, said = hour + 12 * (half == "pm" and hour < 12), True   # waking up at "7": in the morning
        arguments = {"hour": float(hour), "minute": float(minute), "said_half": said}
        if re.search(r"\btomorrow\b", text):
            arguments["tomorrow"] = True   # said: tomorrow's, even when the time comes round again today
        if m.groupdict().get("moved"):
            arguments["replaces"] = "alarm"   # the one alarm there is (asked which when there are more)
        if "about" in m.groupdict() and m["about"]:
            arguments["about"] = m["about"]
        if repeat:
            arguments["repeat"] = repeat
        if day:
            arguments.pop("tomorrow", None)
            arguments["day"] = day
        return arguments
    return None
