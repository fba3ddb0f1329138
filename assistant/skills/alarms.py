"""Alarms and reminders at a clock time: "Set an alarm for 7:30", "Wake me up at seven thirty", "Remind me to
take out the trash at 8 pm". The time is the next one on the clock (a time without am or pm: whichever of
the two comes first); it runs as a timer (skills/timers.py: listed, cancelled and rung like one) that says
what it is for when it rings."""

from __future__ import annotations

import datetime as dt
import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.timers import Timers, describe

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_HOUR = r"\d{1,2}|" + "|".join(_UNITS[1:13])
_MINUTE_WORDS = (r"(?:oh (?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                 r"sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty)(?:[ -](?:one|two|three|four|five|six|"
                 r"seven|eight|nine))?|o'? ?clock|hundred)")
_HALF = r"(?:in the )?(morning|afternoon|evening)|at night|tonight|(a\.? ?m\.?|p\.? ?m\.?)"
_TIME = re.compile(
    rf"(?P<special>noon|midday|midnight)|"
    rf"(?P<rel>half|(?:a )?quarter|\d{{1,2}}|{_MINUTE_WORDS}) (?:minutes )?(?P<dir>past|after|to|before) (?P<rh>{_HOUR})|"
    rf"(?P<h>{_HOUR})(?::(?P<mm>\d{{2}})| (?P<mw>{_MINUTE_WORDS}))?")
_WHEN = re.compile(rf"^(?:{_TIME.pattern})(?: (?P<half>{_HALF}))?$")


def _number(word: str) -> int:
    word = word.replace("-", " ").strip()
    if word.isdigit():
        return int(word)
    if word.startswith("oh "):
        word = word[3:]
    parts = word.split()
    if parts[0] in _TENS:
        return _TENS[parts[0]] + (_UNITS.index(parts[1]) if len(parts) > 1 else 0)
    return _UNITS.index(parts[0])


def clock_time(text: str) -> tuple[int, int, bool] | None:
    """(hour 0-23, minute, whether the half of the day was said) for "7:30", "seven thirty pm", "half past
    seven", "quarter to eight in the morning", "noon", "19:45"; None when `text` is not a time of day."""
    m = _WHEN.match(text.strip().lower().replace("a.m.", "am").replace("p.m.", "pm"))
    if not m:
        return None
    if m["special"]:
        return (0 if m["special"] == "midnight" else 12), 0, True
    if m["rel"]:
        hour = _number(m["rh"])
        rel = m["rel"].removeprefix("a ")
        minutes = {"half": 30, "quarter": 15}.get(rel) or _number(rel)
        if m["dir"] in ("to", "before"):
            hour, minute = (hour - 1) % 24, 60 - minutes
        else:
            minute = minutes
    else:
        hour = _number(m["h"])
        words = (m["mw"] or "").replace("'", "").replace(" ", "")
        minute = int(m["mm"]) if m["mm"] else 0 if words in ("", "oclock", "hundred") else _number(m["mw"])
    if hour > 23 or minute > 59:
        return None
    half = m["half"] or ""
    said = bool(half) or hour > 12 or hour == 0 or bool(m["h"] and m["h"].startswith("0"))   # "07:30": a 24-hour time
    if half and hour < 12 and (half.startswith("p") or half in ("afternoon", "evening", "at night", "tonight",
                                                                  "in the afternoon", "in the evening")):
        hour += 12
    if half and hour == 12 and (half.startswith("a") or "morning" in half) and not m["special"]:
        hour = 0
    return hour, minute, said


def next_time(hour: int, minute: int, said: bool, now: dt.datetime) -> dt.datetime:
    """The next moment the clock shows hour:minute (without am/pm said: the first of the two)."""
    candidates = [hour] if said or hour > 12 else [12, 0] if hour == 12 else [hour, hour + 12]
    times = []
    for h in candidates:
        t = now.replace(hour=h, minute=minute, second=0, microsecond=0)
        times.append(t if t > now else t + dt.timedelta(days=1))
    return min(times)


def tomorrow_at(hour: int, minute: int, said: bool, now: dt.datetime) -> dt.datetime:
    """hour:minute tomorrow (without am/pm said: the first of the two from 6 AM on: "tomorrow at 9" is 9 AM,
    "tomorrow at 3" is 3 PM)."""
    day = now + dt.timedelta(days=1)
    candidates = [hour] if said or hour >= 12 else [hour, hour + 12]
    hour = next((h for h in candidates if h >= 6), candidates[-1])
    return day.replace(hour=hour, minute=minute, second=0, microsecond=0)


def clock_said(t: dt.datetime) -> str:
    return f"{t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


class Alarms:
    """Alarms and reminders, kept as timers."""

    def __init__(self, timers: Timers, now=lambda: dt.datetime.now().astimezone()) -> None:
        self.timers, self.now = timers, now

    def set(self, hour: float, minute: float = 0, about: str = "", said_half: bool = False,
            tomorrow: bool = False) -> SkillResult:
        if not (0 <= hour <= 23 and 0 <= minute <= 59) or hour != int(hour) or minute != int(minute):
            raise SkillError("That isn't a time on the clock.")
        now = self.now()
        at = (tomorrow_at if tomorrow else next_time)(int(hour), int(minute), said_half, now)
        seconds = (at - now).total_seconds()
        if seconds > 24 * 3600:
            raise SkillError(f"I can only set alarms and reminders up to a day ahead, and {clock_said(at)} tomorrow "
                             "is further than that.")
        clock = clock_said(at)
        day = "" if at.date() == now.date() else " tomorrow"
        about = about.strip().rstrip(".")
        if about:
            name, rings = f"reminder to {about}", f"Reminder: {about}."
            speech = f"OK, I'll remind you to {about} at {clock}{day}."
        else:
            name, rings = f"{clock} alarm", f"It's {clock}: your alarm."
            speech = f"OK, alarm set for {clock}{day}, {describe(60 * max(1, round(seconds / 60)))} from now."
        if name.lower() in {t["name"] for t in self.timers.active()}:
            raise SkillError(f"There is already a reminder to {about} at {clock}." if about else
                             f"There is already an alarm for {clock}.")
        self.timers.start(seconds, name, message=rings)
        return SkillResult(speech, {"name": name, "at": at.isoformat(timespec="minutes"), "seconds": round(seconds)})


    def remind_in(self, seconds: float, about: str) -> SkillResult:
        """A reminder after a length of time ("remind me in 20 minutes to check the oven"): a timer that says
        what it is for when it rings."""
        about = about.strip().rstrip(".")
        if not about:
            raise SkillError("What should I remind you of?")
        name = f"reminder to {about}"
        if name.lower() in {t["name"] for t in self.timers.active()}:
            raise SkillError(f"There is already a reminder to {about}.")
        done = self.timers.start(seconds, name, message=f"Reminder: {about}.")
        return SkillResult(f"OK, I'll remind you to {about} in {describe(seconds)}.", done.data)


def asked(text: str) -> dict | None:
    """alarm_set's arguments for "set an alarm for 7:30" / "wake me up at seven" / "remind me to call mom at
    6 pm" / "remind me at noon to eat" (cleaned text); None when no clock time is said."""
    patterns = [
        r"^(?:please )?(?:set|make|create|put on|add)(?: me)? (?:an? |my )?(?:alarm|wake ?up call)(?: clock)? (?:for|at|to) (?P<t>.+)$",
        r"^(?:please )?(?P<wake>wake me(?: up)?|get me up)(?: tomorrow)? at (?P<t>.+?)(?: tomorrow)?$",
        r"^(?P<wake>i (?:need|want|have|got) to (?:wake up|get up|be up)|i'm getting up|i am getting up)(?: tomorrow)? "
        r"(?:at|by) (?P<t>.+)$",
        r"^(?:please )?alarm (?:for|at) (?P<t>.+)$",
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
        # "6:30 tomorrow morning", "tomorrow at 7": the next such time is the one meant; "every day": the next one,
        # said to ring once (alarms do not repeat)
        repeat = re.search(r",? (?:every (?:day|morning|night|evening|weekday)|each (?:day|morning)|daily|on weekdays)$", m["t"])
        t = m["t"][:repeat.start()] if repeat else m["t"]
        t = re.sub(r"^(?:the |tomorrow (?:at |morning at )?)?|(?: please)+$", "", t).strip()
        t = re.sub(r" tomorrow(?= morning| afternoon| evening| night|$)| today$", "", t).strip()
        found = clock_time(t)
        if found is None:
            return None
        hour, minute, said = found
        if m.groupdict().get("wake") and not said and hour < 12:
            said = True   # waking up at "7" is in the morning
        arguments = {"hour": float(hour), "minute": float(minute), "said_half": said}
        if re.search(r"\btomorrow\b", text):
            arguments["tomorrow"] = True   # said: tomorrow's, even when the time comes round again today
        if "about" in m.groupdict() and m["about"]:
            arguments["about"] = m["about"]
        if repeat:
            arguments["once"] = True
        return arguments
    return None


def _once(done: SkillResult, asked_to_repeat: bool, what: str = "alarms") -> SkillResult:
    if asked_to_repeat:   # "every day": set for the next time, and said so
        done.speech += f" It rings once: I can't repeat {what} yet."
    return done


def skills(alarms: Alarms) -> list[Skill]:
    return [_alarm_set(alarms),
            Skill("reminder_in", "Remind the person of something after a length of time.",
                  {"seconds": Param(float), "about": Param(str), "once": Param(bool, required=False)},
                  lambda seconds, about, once=False: _once(alarms.remind_in(seconds, about), once, "reminders"),
                  for_model=False, changes=True)]


def _alarm_set(alarms: Alarms) -> Skill:
    return Skill("alarm_set", "Set an alarm, or a reminder, for a time on the clock.",
                 {"hour": Param(float), "minute": Param(float, required=False), "about": Param(str, required=False),
                  "said_half": Param(bool, required=False), "once": Param(bool, required=False),
                  "tomorrow": Param(bool, required=False)},
                 lambda hour, minute=0.0, about="", said_half=False, once=False, tomorrow=False:
                     _once(alarms.set(hour, minute, about, said_half, tomorrow), once),
                 for_model=False, changes=True)
