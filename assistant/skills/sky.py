"""The moon's phases and the sun's times, computed offline with PyEphem ("When is the next full moon?" got "in
the month of January", made up; "What time does the sun set?" could only be refused). The sun's times are for
the principal place of this computer's time zone (skills/here.py) and always said with its name: "In Berlin,
the sun sets at 3:56 PM today." Without a known zone they are refused as before (the offline notice)."""

from __future__ import annotations

import datetime as dt
import re

from assistant.skills.alarms import clock_said
from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.here import coordinates, local_zone_name, place_name

PHASES = ("full", "new", "first quarter", "last quarter")
_PHASE_DAY = dt.timedelta(hours=18)   # a phase is "tonight's" within this of its instant


def _next(which: str, after: dt.datetime) -> dt.datetime:
    import ephem

    find = {"full": ephem.next_full_moon, "new": ephem.next_new_moon, "first quarter": ephem.next_first_quarter_moon,
            "last quarter": ephem.next_last_quarter_moon}[which]
    return find(after.astimezone(dt.timezone.utc).replace(tzinfo=None)).datetime().replace(tzinfo=dt.timezone.utc)


def _previous(which: str, before: dt.datetime) -> dt.datetime:
    import ephem

    find = {"full": ephem.previous_full_moon, "new": ephem.previous_new_moon,
            "first quarter": ephem.previous_first_quarter_moon, "last quarter": ephem.previous_last_quarter_moon}[which]
    return find(before.astimezone(dt.timezone.utc).replace(tzinfo=None)).datetime().replace(tzinfo=dt.timezone.utc)


def _day(t: dt.datetime, now: dt.datetime) -> str:
    local = t.astimezone(now.tzinfo)
    if local.date() == now.date():
        return "today"
    if local.date() == now.date() + dt.timedelta(days=1):
        return "tomorrow"
    return f"on {local.strftime('%A')}, {local.strftime('%B')} {local.day}" + (
        f", {local.year}" if local.year != now.year else "")


def next_phase(which: str, now: dt.datetime | None = None) -> SkillResult:
    now = now or dt.datetime.now().astimezone()
    if which not in PHASES:
        raise SkillError("Which moon: full, new, or a quarter?")
    at = _next(which, now)
    name = {"full": "full moon", "new": "new moon"}.get(which, f"{which} moon")
    return SkillResult(f"The next {name} is {_day(at, now)}, at {clock_said(at.astimezone(now.tzinfo))} your time.",
                       {"phase": which, "at": at.isoformat(timespec="minutes")})


def phase_now(now: dt.datetime | None = None, asked: str = "") -> SkillResult:
    """The phase now; `asked`: "full" or "new" for "is there a full moon tonight" (said yes or no first)."""
    import ephem

    now = now or dt.datetime.now().astimezone()
    lit = ephem.Moon(now.astimezone(dt.timezone.utc).replace(tzinfo=None)).phase   # percent of the disc lit
    near = [(w, t) for w in PHASES for t in (_previous(w, now), _next(w, now)) if abs(t - now) <= _PHASE_DAY]
    if near:
        which = near[0][0]
        said = f"The moon is {which}" if which in ("full", "new") else f"The moon is at its {which}"
    else:
        waxing = _next("full", now) < _next("new", now)
        shape = "crescent" if lit < 50 else "gibbous"
        said = f"The moon is a {'waxing' if waxing else 'waning'} {shape}"
    full = _next("full", now + _PHASE_DAY)
    if asked:
        said = ("Yes: t" if near and near[0][0] == asked else "No: t") + said[1:]
    return SkillResult(f"{said}, {round(lit)} percent lit. The next full moon is {_day(full, now)}.",
                       {"lit_percent": round(lit, 1), "next_full": full.isoformat(timespec="minutes")})


def sun(which: str, day: str = "today", now: dt.datetime | None = None, zone: str | None = None) -> SkillResult:
    """which: "sunrise", "sunset" or "daylight" (the day's length); day: "today" or "tomorrow"."""
    import ephem

    now = now or dt.datetime.now().astimezone()
    zone = zone if zone is not None else local_zone_name()
    place = coordinates(zone)
    if place is None:
        raise SkillError("I can't tell sunrise or sunset times: I don't know where you are, and I'm offline.")
    date = now.date() + dt.timedelta(days=1 if day == "tomorrow" else 0)
    start = dt.datetime.combine(date, dt.time(), now.tzinfo).astimezone(dt.timezone.utc).replace(tzinfo=None)
    observer = ephem.Observer()
    observer.lat, observer.lon = str(place[0]), str(place[1])
    observer.date, observer.pressure, observer.horizon = start, 0, "-0:34"   # the almanac's sunrise: upper limb, refraction
    where = f"In {place_name(zone)}"
    try:
        rise = observer.next_rising(ephem.Sun()).datetime().replace(tzinfo=dt.timezone.utc).astimezone(now.tzinfo)
        observer.date = start
        sets = observer.next_setting(ephem.Sun()).datetime().replace(tzinfo=dt.timezone.utc).astimezone(now.tzinfo)
    except ephem.AlwaysUpError:
        return SkillResult(f"{where}, the sun is up all day {day}: it doesn't set.", {"always": "up"})
    except ephem.NeverUpError:
        return SkillResult(f"{where}, the sun doesn't rise {day}.", {"always": "down"})
    data = {"place": place_name(zone), "sunrise": rise.isoformat(timespec="minutes"), "sunset": sets.isoformat(timespec="minutes")}
    if which == "sunrise":
        return SkillResult(f"{where}, the sun rises at {clock_said(rise)} {day}.", data)
    if which == "sunset":
        return SkillResult(f"{where}, the sun sets at {clock_said(sets)} {day}.", data)
    minutes = round((sets - rise).total_seconds() / 60) % (24 * 60)
    length = f"{minutes // 60} hours" + (f" and {minutes % 60} minutes" if minutes % 60 else "")
    return SkillResult(f"{where}, {day} has {length} of daylight: sunrise at "
                       f"{clock_said(rise)}, sunset at {clock_said(sets)}.", data)


_WHEN = r"(?: (?:today|tonight|tomorrow|this evening|this morning|tomorrow morning|tomorrow evening))?"
_SUN = [
    (re.compile(rf"(?:what time|when) (?:is|will be|'s) (?:the )?(?P<w>sunset|sunrise){_WHEN}|"
                rf"(?:what time|when) (?:does|will) the sun (?P<v>set|rise|go down|come up){_WHEN}|"
                rf"(?:what time|when) is (?P<w2>sunset|sunrise|dawn|dusk){_WHEN}"), None),
    (re.compile(rf"how long is (?:the )?(?:day|daylight){_WHEN}|how many hours of (?:day ?light|sun ?light)"
                rf"(?: are there| is there| do we (?:have|get)| will there be)?{_WHEN}"), "daylight"),
]
_MOON = [
    (re.compile(r"when is the next (?P<p>full|new) moon|when(?:'s| is| will be) the (?P<p2>full|new) moon|"
                r"when is (?:the )?next (?P<p3>first quarter|last quarter) moon|what date is the next (?P<p4>full|new) moon"), "next"),
    (re.compile(r"what(?:'s| is) the (?:moon(?:'s)? phase|phase of the moon)(?: today| tonight| now)?|"
                r"what phase is the moon(?: in)?(?: today| tonight| now)?|is (?:there a|it a) (?:full|new) moon(?: today| tonight)?|"
                r"is the moon full(?: today| tonight)?|how full is the moon(?: today| tonight)?"), "now"),
]


def asked(text: str) -> tuple[str, dict] | None:
    """(skill, arguments) for a question about the moon's phases or the sun's times (cleaned text), or None."""
    for pattern, kind in _MOON:
        m = pattern.fullmatch(text)
        if m:
            if kind == "now":
                asked_for = re.search(r"\b(full|new) moon\b|\bmoon full\b", text)
                return "moon_phase", {"asked": "full" if asked_for and "new" not in asked_for.group(0) else
                                      "new" if asked_for else ""}
            return "moon_next", {"phase": m["p"] or m["p2"] or m["p3"] or m["p4"]}
    for pattern, kind in _SUN:
        m = pattern.fullmatch(text)
        if m:
            if coordinates(local_zone_name()) is None:   # where this computer is is unknown: said so (the
                # offline matcher says it for sunrise and sunset; the day's length it does not know)
                return ("offline_notice", {"topic": "sunrise and sunset"}) if kind == "daylight" else None
            day = "tomorrow" if "tomorrow" in text.split() else "today"
            if kind == "daylight":
                return "sun_times", {"which": "daylight", "day": day}
            said = m["w"] or m["w2"] or m["v"]
            which = "sunset" if said in ("sunset", "set", "go down", "dusk") else "sunrise"
            return "sun_times", {"which": which, "day": day}
    return None


SKILLS = [
    Skill("moon_next", "When the next full, new or quarter moon is.", {"phase": Param(str, choices=PHASES)},
          lambda phase: next_phase(phase), for_model=False),
    Skill("moon_phase", "The moon's phase now.", {"asked": Param(str, required=False, choices=("", "full", "new"))},
          lambda asked="": phase_now(asked=asked), for_model=False),
    Skill("sun_times", "Sunrise, sunset or the day's length at this time zone's principal place.",
          {"which": Param(str, choices=("sunrise", "sunset", "daylight")), "day": Param(str, required=False,
                                                                                     choices=("today", "tomorrow"))},
          lambda which, day="today": sun(which, day), for_model=False),
]
