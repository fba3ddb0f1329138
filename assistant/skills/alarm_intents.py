"""Reading a request for an alarm or a reminder at a time on the clock (alarms.py runs them): "set an alarm for
7:30", "wake me up every weekday at 6:30", "remind me to call the dentist on Monday at 9", "remind me tomorrow
morning to go running", "alarm 7am". The time is read by alarms.clock_time; what is left is the reminder's."""

from __future__ import annotations

import re

from assistant.skills.alarms import clock_time

_DAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_REPEAT = re.compile(rf",? (?:(?:every|each) (?P<every>day|morning|night|evening|afternoon|weekday|work ?day|weekend(?: day)?|"
                     rf"{_DAY_NAMES})|on (?P<on>weekday|weekend|{_DAY_NAMES})s|(?P<daily>daily))\b")


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
    text = re.sub(r"^(?:(?:can|could|would|will) you (?:please )?)", "", text)   # "can you remind me to ..."
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
    patterns = [
        r"^(?:please )?(?:set|make|create|put on|add)(?: me)? (?:an? |my )?(?:alarm|wake ?up call)(?: clock)? (?:for|at|to) (?P<t>.+)$",
        r"^(?:please )?(?P<wake>wake me(?: up)?|get me up)(?: tomorrow)? at (?P<t>.+?)(?: tomorrow)?$",
        r"^(?P<wake>i (?:need|want|have|got) to (?:wake up|get up|be up)|i'm getting up|i am getting up)(?: tomorrow)? "
        r"(?:at|by) (?P<t>.+)$",
        r"^(?:please )?alarm (?:for |at )?(?P<t>\d.*|noon|midnight)$",   # "alarm 7 am" (typed short: was a timer cancelled)
        r"^(?:please )?remind me (?:at )?(?P<t>\d{1,2}(?::\d\d)? (?:am|pm)),? (?:to )?(?P<about>.+)$",   # "remind me 5pm call mom"
        r"^(?:please )?remind me to (?P<about>.+?)(?: today| tonight| tomorrow)? at (?P<t>.+?)(?: today| tonight| tomorrow)?$",
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
        if m.groupdict().get("wake") and not said and hour < 12 or half and not said:
            hour, said = hour + 12 * (half == "pm" and hour < 12), True   # waking up at "7": in the morning
        arguments = {"hour": float(hour), "minute": float(minute), "said_half": said}
        if re.search(r"\btomorrow\b", text):
            arguments["tomorrow"] = True   # said: tomorrow's, even when the time comes round again today
        if "about" in m.groupdict() and m["about"]:
            arguments["about"] = m["about"]
        if repeat:
            arguments["repeat"] = repeat
        if day:
            arguments.pop("tomorrow", None)
            arguments["day"] = day
        return arguments
    return None
