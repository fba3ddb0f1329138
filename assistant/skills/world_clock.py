"""The time somewhere else: "What time is it in Tokyo?". Places are the IANA time zone database's cities
(zoneinfo: the system's database, or the `tzdata` package where the system has none), a few big cities
it files under a neighbour (Beijing is Asia/Shanghai), and countries (their zones from CLDR via babel; a
country with several zones is given its capital's time, and says so). Said with the clock the user's own
time uses, and how far ahead or behind that is."""

from __future__ import annotations

import datetime as dt
import functools
import re
import zoneinfo

from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.text import folded

# Cities people ask about that the database files under another city's name.
_ALIASES = {
    "beijing": "Asia/Shanghai", "peking": "Asia/Shanghai", "hong kong": "Asia/Hong_Kong",
    "mumbai": "Asia/Kolkata", "bombay": "Asia/Kolkata", "delhi": "Asia/Kolkata", "new delhi": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata", "bengaluru": "Asia/Kolkata", "chennai": "Asia/Kolkata", "hyderabad": "Asia/Kolkata",
    "washington": "America/New_York", "washington dc": "America/New_York", "washington d.c.": "America/New_York",
    "boston": "America/New_York", "miami": "America/New_York", "atlanta": "America/New_York",
    "philadelphia": "America/New_York", "new york city": "America/New_York", "nyc": "America/New_York",
    "san francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles", "las vegas": "America/Los_Angeles",
    "san diego": "America/Los_Angeles", "california": "America/Los_Angeles", "la": "America/Los_Angeles",
    "dallas": "America/Chicago", "houston": "America/Chicago", "austin": "America/Chicago",
    "rio de janeiro": "America/Sao_Paulo", "rio": "America/Sao_Paulo", "hawaii": "Pacific/Honolulu",
    "osaka": "Asia/Tokyo", "kyoto": "Asia/Tokyo", "st petersburg": "Europe/Moscow", "saint petersburg": "Europe/Moscow",
    "munich": "Europe/Berlin", "frankfurt": "Europe/Berlin", "hamburg": "Europe/Berlin", "milan": "Europe/Rome",
    "barcelona": "Europe/Madrid", "manchester": "Europe/London", "edinburgh": "Europe/London",
    "england": "Europe/London", "scotland": "Europe/London", "wales": "Europe/London", "uk": "Europe/London",
    "montreal": "America/Toronto", "ottawa": "America/Toronto", "melbourne": "Australia/Melbourne",
    # time zones said by name ("what time is it in UTC", "9 am Eastern in Pacific time": the time here, before)
    "utc": "Etc/UTC", "gmt": "Etc/GMT", "greenwich": "Etc/GMT", "coordinated universal time": "Etc/UTC",
    "eastern": "America/New_York", "eastern time": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
    "et": "America/New_York", "central": "America/Chicago", "central time": "America/Chicago", "cst": "America/Chicago",
    "cdt": "America/Chicago", "mountain": "America/Denver", "mountain time": "America/Denver", "mst": "America/Denver",
    "mdt": "America/Denver", "pacific": "America/Los_Angeles", "pacific time": "America/Los_Angeles",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pt": "America/Los_Angeles", "cet": "Europe/Paris",
    "bst": "Europe/London", "ist": "Asia/Kolkata", "jst": "Asia/Tokyo", "aest": "Australia/Sydney",
    "brasilia": "America/Sao_Paulo", "abu dhabi": "Asia/Dubai", "tel aviv": "Asia/Jerusalem", "hanoi": "Asia/Bangkok", "ho chi minh city": "Asia/Ho_Chi_Minh",
}


@functools.lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """'tokyo' -> 'Asia/Tokyo', 'new york' -> 'America/New_York' (the database's own city names)."""
    cities = {}
    for key in zoneinfo.available_timezones():
        area, _, city = key.rpartition("/")
        if area and area.split("/")[0] in ("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia",
                                           "Europe", "Indian", "Pacific"):
            cities.setdefault(city.replace("_", " ").lower(), key)
    return cities


def warm_up() -> None:
    """Read the zone cities and CLDR's country zones now (~25 ms), not in the first such question's turn."""
    from babel.core import get_global

    _cities(), get_global("territory_zones")


def zone_of(place: str) -> tuple[str, str] | None:
    """(IANA zone, the place as it is said) for a city or a country, or None when it is not known."""
    key = re.sub(r"[^a-z .'-]", " ", folded(place)).strip(" .")
    key = re.sub(r"^the |,? (city|the city)$", "", re.sub(r"\s+", " ", key))
    if not key:
        return None
    zone = _ALIASES.get(key) or _cities().get(key)
    if zone:
        return zone, _as_said(place)
    from assistant.skills.facts import place as country_or_state, said

    found = country_or_state(key)
    if found is None or found.kind != "country":
        return None
    from babel.core import get_global

    zones = get_global("territory_zones").get(found.info.get("ISO", {}).get("alpha2", ""), [])
    if len(zones) == 1:
        return zones[0], said(found.name)
    capital = _ALIASES.get(folded(found.capital).lower()) or _cities().get(folded(found.capital).lower())
    if capital:
        return capital, f"{found.capital}, the capital of {said(found.name)},"
    return None


def _as_said(place: str) -> str:
    words = re.sub(r"^the ", "", place.strip(" ?.!"), flags=re.I).split()
    short = {"uk": "the UK", "nyc": "New York City", "la": "Los Angeles", "usa": "the USA", "us": "the US"}
    if len(words) == 1 and words[0].lower() in short:
        return short[words[0].lower()]
    if len(words) == 1 and re.fullmatch(r"utc|gmt|e[sd]t|c[sd]t|m[sd]t|p[sd]t|et|pt|cet|bst|ist|jst|aest", words[0].lower()):
        return words[0].upper()   # "in UTC" (was "in Utc")
    return " ".join(w if not w.islower() else w.capitalize() for w in words)


def now_in(zone: str) -> dt.datetime:
    return dt.datetime.now(zoneinfo.ZoneInfo(zone))


def _now_here_and_there(place: str, here: dt.datetime | None) -> tuple[str, str, dt.datetime, dt.datetime]:
    """(zone, the place as said, now here, now there); an unknown place is said so."""
    found = zone_of(place)
    if found is None:
        raise SkillError(f"I don't know the time zone of {place.strip()}.")
    zone, name = found
    here = here or dt.datetime.now().astimezone()
    return zone, name, here, here.astimezone(zoneinfo.ZoneInfo(zone))


def tell(place: str, clock_format: str = "auto", here: dt.datetime | None = None) -> SkillResult:
    from assistant.skills.clock import conventions, locale_name

    zone, name, here, there = _now_here_and_there(place, here)
    uses_24h = conventions(locale_name())[0] if clock_format == "auto" else clock_format == "24h"
    clock = f"{there.hour:02d}:{there.minute:02d}" if uses_24h else \
        f"{there.hour % 12 or 12}:{there.minute:02d} {'AM' if there.hour < 12 else 'PM'}"
    day = f" on {there.strftime('%A')}" if there.date() != here.date() else ""
    minutes = round((there.utcoffset() - here.utcoffset()).total_seconds() / 60)
    hours = minutes / 60
    offset = "the same time as here" if minutes == 0 else \
        f"{_hours_and_minutes(minutes)} {'ahead of' if minutes > 0 else 'behind'} you"
    return SkillResult(f"In {name} it's {clock}{day}, {offset}.".replace(",,", ","),
                       {"place": name, "timezone": zone, "iso": there.isoformat(timespec="seconds"), "hours_from_here": hours})


def _hours_and_minutes(minutes: int) -> str:
    """-330 -> "5 hours and 30 minutes" (how far apart two clocks are, the sign left to the caller)."""
    h, m = divmod(abs(minutes), 60)
    return " and ".join(part for part in (f"{h} {'hour' if h == 1 else 'hours'}" if h else "", f"{m} minutes" if m else "")
                        if part)


def asked(text: str) -> str | None:
    """The place in "what time is it in tokyo" / "what's the time in new york right now" (cleaned text),
    when it is a place the database knows; None otherwise."""
    m = re.search(r"(?:\b(?:what time is it|what is the time|what time|the time|current time|time is it|time now)|^time|"
                  r"^is it (?:morning|night|nighttime|night time|evening|afternoon|daytime|day time|day|late|early)"  # (made up)
                  r"(?: yet| already)?)"
                  r"(?: is it)?(?: now| right now)? in ([a-z][a-z .'-]*?)(?: now| right now| at the moment| yet)?$", text)
    if not m or zone_of(m.group(1)) is None:
        return None
    return m.group(1)


def tell_date(place: str, here: dt.datetime | None = None) -> SkillResult:
    """The date now in another place ("what's the date in Tokyo"): said with how it differs from here."""
    zone, name, here, there = _now_here_and_there(place, here)
    days = (there.date() - here.date()).days
    than = {0: "the same day as here", 1: "a day ahead of here", -1: "a day behind here"}[days]
    return SkillResult(f"In {name} it's {there.strftime('%A')}, {there.strftime('%B')} {there.day}, {than}.",
                       {"place": name, "timezone": zone, "date": there.date().isoformat()})


def date_asked(text: str) -> str | None:
    """The place in "what's the date in tokyo" / "what day is it in sydney" (cleaned text), or None."""
    m = re.search(r"\b(?:what is (?:the date|today's date|the day)|what date is it|what day is it|which day is it|"
                  r"what is the date today)(?: today| now| right now)? in ([a-z][a-z .'-]*?)(?: today| now| right now)?$", text)
    if not m or zone_of(m.group(1)) is None:
        return None
    return m.group(1)


DATE_IN = Skill("date_in", "The date now in another city or country.", {"place": Param(str)},
                lambda place: tell_date(place), for_model=False)


def skill(clock_format=lambda: "auto") -> Skill:
    return Skill("time_in", "The time now in another city or country.", {"place": Param(str)},
                 lambda place: tell(place, clock_format()), for_model=False)


# "What's the time difference between New York and Tokyo?" (was the time here), "how many hours ahead is Tokyo"
_PLACE = r"([a-z][a-z .'-]*?)"
_DIFFERENCE = [re.compile(rf"(?:what is |tell me )?(?:the )?(?:time difference|difference in time) (?:between|from) {_PLACE} "
                          rf"(?:and|to) {_PLACE}(?: now| right now)?$"),
               re.compile(rf"how (?:many hours|far) (?:ahead|behind) is {_PLACE}(?: (?:of|from|than) {_PLACE})?(?: now| right now)?$")]
_HERE = ("here", "me", "my time", "where i am", "us", "my place")


def difference_asked(text: str) -> dict | None:
    """time_difference's arguments (cleaned text), when every place is one the database knows; else None."""
    for k, pattern in enumerate(_DIFFERENCE):
        m = pattern.fullmatch(text)
        if not m:
            continue
        first, second = (m.group(1), m.group(2)) if k == 0 else (m.group(2) or "here", m.group(1))
        if all(p in _HERE or zone_of(p) is not None for p in (first, second)):
            return {"first": first, "second": second}
    return None


def _zone(place: str, here: dt.tzinfo) -> tuple[dt.tzinfo, str | None]:
    """The time zone of `place` and its name as said; (`here`, None) for "here", "me"; an unknown place is said so."""
    if place.strip().lower() in _HERE:
        return here, None
    found = zone_of(place)
    if found is None:
        raise SkillError(f"I don't know the time zone of {place.strip()}.")
    return zoneinfo.ZoneInfo(found[0]), found[1]


def difference(first: str, second: str, now: dt.datetime | None = None) -> SkillResult:
    """How far ahead of `first` the clock of `second` is now (said with "right now": summer time moves it)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    (zone_a, name_a), (zone_b, name_b) = (_zone(p, now.astimezone().tzinfo) for p in (first, second))
    name_a, name_b = name_a or "you", name_b or "you"
    minutes = round((now.astimezone(zone_b).utcoffset() - now.astimezone(zone_a).utcoffset()).total_seconds() / 60)
    if minutes == 0:
        return SkillResult(f"{name_b} has the same time as {name_a} right now.", {"minutes": 0})
    said = (f"{name_b[0].upper() + name_b[1:]} is {_hours_and_minutes(minutes)} {'ahead of' if minutes > 0 else 'behind'} "
            f"{name_a} right now.")
    return SkillResult(said, {"minutes": minutes})


DIFFERENCE = Skill("time_difference", "How many hours one place's clock is ahead of another's.",
                   {"first": Param(str), "second": Param(str)}, lambda first, second: difference(first, second),
                   for_model=False)


_DST = re.compile(r"(?:is it|are we (?:on|in)|is there) (?:daylight sav(?:ing|ings) time|summer time|dst)(?: now| here| today| right now)*|"
                  r"(?:has|did) (?:daylight sav(?:ing|ings) time|summer time|dst) (?:started|begun|ended|finished)(?: yet)?")


_DST_WHEN = re.compile(r"when (?:does|will|do) (?:the )?(?:daylight sav(?:ing|ings)(?: time)?|summer time|dst|clocks?|time) "
                       r"(?P<w>end|start|begin|change|go back|go forward|fall back|spring forward|switch)(?: this year| next)?|"
                       r"when is the (?P<w2>next) (?:time change|clock change|daylight saving(?:s)? change)|"
                       r"when do (?:we|i) (?P<w3>change|turn|set|move) the clocks(?: back| forward)?")


def dst_asked(text: str) -> dict | None:
    """{} for "is it daylight saving time"; {"when": "end" | "start" | "change"} for "when does daylight saving time
    end", "when do the clocks go back" (the student: "Dawn saving time ends at 11:59 AM."); else None."""
    if _DST.fullmatch(text):
        return {}
    m = _DST_WHEN.fullmatch(text)
    if not m:
        return None
    said = m["w"] or ""
    when = "end" if said in ("end", "go back", "fall back") else "start" if said in ("start", "begin", "go forward", "spring forward") \
        else "change"
    return {"when": when}


def _transitions(zone: str, start: dt.datetime, days: int = 400) -> list[tuple[dt.datetime, bool]]:
    """(the first local minute after each clock change in the next `days`, whether summer time begins there)."""
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(zone)
    found, t = [], start.astimezone(dt.timezone.utc).replace(minute=0, second=0, microsecond=0)
    before = t.astimezone(tz).utcoffset()
    for _ in range(days * 24):
        t += dt.timedelta(hours=1)
        offset = t.astimezone(tz).utcoffset()
        if offset != before:
            found.append((t.astimezone(tz), offset > before))
            before = offset
    return found


def daylight_saving(when: str = "") -> SkillResult:
    """Whether summer time is on here now (from the system's time zone); `when`: the date its next start or end
    ("change": the next of either) falls on."""
    import time

    if when:
        from assistant.skills.here import local_zone_name

        zone = local_zone_name()
        changes = _transitions(zone, dt.datetime.now(dt.timezone.utc)) if zone else []
        if not zone:
            raise SkillError("I can't tell this computer's time zone, so I don't know when its clocks change.")
        wanted = [(t, begins) for t, begins in changes if when == "change" or begins == (when == "start")]
        if not wanted:
            return SkillResult("Your time zone doesn't change its clocks: there is no daylight saving time here.",
                               {"dst": False, "zone": zone})
        t, begins = wanted[0]
        shift = "go forward an hour" if begins else "go back an hour"
        said = (f"Daylight saving time {'starts' if begins else 'ends'} on {t:%A}, {t:%B} {t.day}, {t.year}: "
                f"the clocks {shift} in the night.")
        return SkillResult(said, {"zone": zone, "at": t.isoformat(timespec="minutes"), "starts": begins})
    now = time.localtime()
    if now.tm_isdst > 0:
        return SkillResult("Yes: daylight saving time is on here now.", {"dst": True})
    if not time.daylight:
        return SkillResult("Your time zone doesn't use daylight saving time.", {"dst": False})
    return SkillResult("No: daylight saving time is not on here now.", {"dst": False})


DST = Skill("daylight_saving", "Whether daylight saving time is on here now, or when it next starts or ends.",
            {"when": Param(str, required=False, choices=("", "start", "end", "change"))}, daylight_saving, for_model=False)


_ZONE_ASKED = re.compile(r"(?:what|which) (?:time ?zone|timezone) (?:is|are) (?P<p>[a-z][a-z .'-]*?) (?:in|on)|"
                         r"what is the (?:time ?zone|timezone) (?:of|in|for) (?P<p2>[a-z][a-z .'-]*?)")


_ZONE_HERE = re.compile(r"(?:what|which) (?:time ?zone|timezone) (?:am i in|are we in|is this|is it here|is here|is it)|"
                        r"what is (?:my|the|our|this computer's) (?:time ?zone|timezone)(?: here| now)?")


def zone_asked(text: str) -> str | None:
    """The place in "what time zone is chicago in" (the student: "the Eastern Time Zone"), when it is known; "here"
    for "what time zone am I in"."""
    if _ZONE_HERE.fullmatch(text):
        return "here"
    m = _ZONE_ASKED.fullmatch(text)
    place = m and (m["p"] or m["p2"])
    return place if place and place not in ("this", "it", "here") and zone_of(place) else None


def time_zone(place: str) -> SkillResult:
    """The time zone of a place: its database name, its abbreviation now and its offset from UTC."""
    from zoneinfo import ZoneInfo

    if place == "here":
        from assistant.skills.here import local_zone_name

        zone = local_zone_name()
        if zone is None:
            raise SkillError("I can't tell this computer's time zone.")
        found = (zone, "You")
    else:
        found = zone_of(place)
    if found is None:
        raise SkillError(f"I don't know where {place} is.")
    zone, name = found
    now = dt.datetime.now(ZoneInfo(zone))
    minutes = int(now.utcoffset().total_seconds() // 60)
    hours, rest = divmod(abs(minutes), 60)
    offset = "UTC" if not minutes else f"UTC {'plus' if minutes > 0 else 'minus'} {hours}" + (f":{rest:02d}" if rest else "")
    short = now.tzname() or ""
    short = f"{short}, " if short and not short.startswith(("+", "-")) and short != offset else ""
    are = "are" if name == "You" else "is"
    return SkillResult(f"{name} {are} in the {zone.replace('_', ' ')} time zone: {short}{offset} right now.",
                       {"place": name, "timezone": zone, "utc_offset_minutes": minutes})


ZONE = Skill("time_zone", "The time zone of a city or a country.", {"place": Param(str)}, time_zone, for_model=False)


# A time here (or somewhere) said in another place: "What's 6 am in Tokyo time?" (the student: "12 pm")
_TIME_WORDS = r"(?P<t>(?:\d{1,2}(?::\d\d)?|noon|midnight)(?: ?(?:am|pm|a\.m\.|p\.m\.)| in the (?:morning|afternoon|evening)| at night)?)"
_AT_THERE = [re.compile(rf"what(?: time)? is {_TIME_WORDS}(?: (?:here|my time|our time|local time))?(?: in| for) {_PLACE}(?: time)?"),
             re.compile(rf"if it(?: is|'s) {_TIME_WORDS} (?:here|in {_PLACE}),? what time is it (?:in|for) {_PLACE}"),
             re.compile(rf"(?:what is |convert )?{_TIME_WORDS} {_PLACE}(?: time)? (?:in|to) {_PLACE}(?: time)?")]


def time_there_asked(text: str) -> dict | None:
    """time_there's arguments for a clock time said in another place (cleaned text), or None."""
    from assistant.skills.alarms import clock_time

    for k, pattern in enumerate(_AT_THERE):
        m = pattern.fullmatch(text)
        if not m:
            continue
        places = [g for g in m.groups()[1:] if g]
        source, target = ("here", places[0]) if len(places) == 1 else (places[0], places[1])
        if clock_time(m["t"]) is None or not all(p in _HERE or zone_of(p) for p in (source, target)):
            return None
        return {"time": m["t"], "source": source, "target": target}
    return None


def time_there(time: str, source: str, target: str, today: dt.datetime | None = None) -> SkillResult:
    """When the clock shows `time` in `source` (here by default) today, what it shows in `target`."""
    from assistant.skills.alarms import clock_said, clock_time

    found = clock_time(time)
    if found is None:
        raise SkillError(f"I couldn't read {time} as a time of day.")
    hour, minute, _ = found
    today = today or dt.datetime.now().astimezone()
    (from_zone, from_name), (to_zone, to_name) = (_zone(p, today.tzinfo) for p in (source, target))
    from_name, to_name = (f"in {n}" if n else "here" for n in (from_name, to_name))
    day = today.astimezone(from_zone)
    at = day.replace(hour=hour, minute=minute, second=0, microsecond=0)
    there = at.astimezone(to_zone)
    days = (there.date() - at.date()).days
    when = {0: "", 1: " the next day", -1: " the day before"}.get(days, "")
    said = f"{clock_said(at)} {from_name} is {clock_said(there)}{when} {to_name}."
    return SkillResult(said[0].upper() + said[1:], {"at": at.isoformat(timespec="minutes"),
                                                    "there": there.isoformat(timespec="minutes")})


TIME_THERE = Skill("time_there", "A time of day in one place, said in another place's time.",
                   {"time": Param(str), "source": Param(str), "target": Param(str)},
                   lambda time, source, target: time_there(time, source, target), for_model=False)
