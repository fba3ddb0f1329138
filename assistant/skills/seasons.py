"""The seasons, solstices and equinoxes ("What season is it?" was answered with the weekday and a weather
notice; "What's the longest day of the year?" June 22, made up). The dates are computed (Meeus, Astronomical
Algorithms, ch. 27: within a minute or two for 1000-3000) and said in the local time zone; the season is the
astronomical one of this computer's hemisphere, read from its time zone's place (skills/here.py)."""

from __future__ import annotations

import datetime as dt
import math
import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.here import local_zone_name, southern

# Table 27.B (mean instants, years 1000-3000) and 27.C (periodic terms A, B, C)
_MEAN = {
    "march": (2451623.80984, 365242.37404, 0.05169, -0.00411, -0.00057),
    "june": (2451716.56767, 365241.62603, 0.00325, 0.00888, -0.00030),
    "september": (2451810.21715, 365242.01767, -0.11575, 0.00337, 0.00078),
    "december": (2451900.05952, 365242.74049, -0.06223, -0.00823, 0.00032),
}
_TERMS = [(485, 324.96, 1934.136), (203, 337.23, 32964.467), (199, 342.08, 20.186), (182, 27.85, 445267.112),
          (156, 73.14, 45036.886), (136, 171.52, 22518.443), (77, 222.54, 65928.934), (74, 296.72, 3034.906),
          (70, 243.58, 9037.513), (58, 119.81, 33718.147), (52, 297.17, 150.678), (50, 21.02, 2281.226),
          (45, 247.54, 29929.562), (44, 325.15, 31555.956), (29, 60.93, 4443.417), (18, 155.12, 67555.328),
          (17, 288.79, 4562.452), (16, 198.04, 62894.029), (14, 199.76, 31436.921), (12, 95.39, 14577.848),
          (12, 287.11, 31931.756), (12, 320.81, 34777.259), (9, 227.73, 1222.114), (8, 15.45, 16859.074)]
_TT_MINUS_UT_S = 69      # about right for the 2020s-2030s; a minute either way changes no date said here
_NORTH = {"march": "spring", "june": "summer", "september": "autumn", "december": "winter"}
_SOUTH = {"march": "autumn", "june": "winter", "september": "spring", "december": "summer"}
_ORDER = ["march", "june", "september", "december"]


def instant(month: str, year: int) -> dt.datetime:
    """The moment (UTC) of the March or September equinox or the June or December solstice of `year`."""
    if not 1000 <= year <= 3000:
        raise SkillError("I can work out solstices and equinoxes for the years 1000 to 3000.")
    y = (year - 2000) / 1000
    a, b, c, d, e = _MEAN[month]
    jde0 = a + b * y + c * y ** 2 + d * y ** 3 + e * y ** 4
    t = (jde0 - 2451545.0) / 36525
    w = math.radians(35999.373 * t - 2.47)
    spread = 1 + 0.0334 * math.cos(w) + 0.0007 * math.cos(2 * w)
    s = sum(amp * math.cos(math.radians(phase + speed * t)) for amp, phase, speed in _TERMS)
    jde = jde0 + 0.00001 * s / spread
    return dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(days=jde - 2440587.5,
                                                                           seconds=-_TT_MINUS_UT_S)


def _names(south: bool | None) -> dict[str, str]:
    return _SOUTH if south else _NORTH


def _on(moment: dt.datetime, here: dt.tzinfo, today: dt.date) -> str:
    day = moment.astimezone(here).date()
    return f"{day.strftime('%A')}, {day.strftime('%B')} {day.day}" + (f", {day.year}" if day.year != today.year else "")


def _next(month: str, now: dt.datetime) -> dt.datetime:
    moment = instant(month, now.year)
    return moment if moment.astimezone(now.tzinfo).date() >= now.date() else instant(month, now.year + 1)


def _where(south: bool | None) -> str:
    return " in the Southern Hemisphere" if south else " in the Northern Hemisphere" if south is None else ""


def season_now(now: dt.datetime | None = None, south: bool | None = None) -> SkillResult:
    now = now or dt.datetime.now().astimezone()
    names = _names(south)
    passed = [(m, instant(m, now.year)) for m in _ORDER]
    began = [(m, t) for m, t in passed if t.astimezone(now.tzinfo).date() <= now.date()]
    month = began[-1][0] if began else "december"
    following = _ORDER[(_ORDER.index(month) + 1) % 4]
    nxt = _next(following, now)
    season = names[month]
    return SkillResult(f"It's {season}{_where(south)}, until {names[following]} begins on "
                       f"{_on(nxt, now.tzinfo, now.date())}.", {"season": season, "next": nxt.isoformat()})


def season_start(season: str, now: dt.datetime | None = None, south: bool | None = None, count: str = "") -> SkillResult:
    """`count`: "days" or "weeks": how many until then, said first ("how many days until summer")."""
    now = now or dt.datetime.now().astimezone()
    season = "autumn" if season == "fall" else season
    names = _names(south)
    month = next(m for m, s in names.items() if s == season)
    moment = _next(month, now)
    kind = "solstice" if month in ("june", "december") else "equinox"
    said = "fall" if season == "autumn" and not south else season
    text = f"{said.capitalize()} begins{_where(south)} on {_on(moment, now.tzinfo, now.date())}, with the {month.capitalize()} {kind}."
    days = (moment.astimezone(now.tzinfo).date() - now.date()).days
    if count:   # "how many days until summer" (the student: "The summer season is June, so there are 18 days.")
        weeks, rest = divmod(days, 7)
        left = f"{days} day{'s' if days != 1 else ''}" if count == "days" else \
            f"{weeks} week{'s' if weeks != 1 else ''}" + (f" and {rest} day{'s' if rest != 1 else ''}" if rest else "")
        text = f"{left} until {said}. " + text
    return SkillResult(text, {"season": season, "at": moment.isoformat(), "days": days})


def event(which: str, now: dt.datetime | None = None, south: bool | None = None) -> SkillResult:
    """which: "longest day", "shortest day", "summer solstice", "winter solstice", "spring equinox", "autumn equinox"."""
    now = now or dt.datetime.now().astimezone()
    names = _names(south)
    by_season = {"longest day": "summer", "shortest day": "winter", "summer solstice": "summer",
                 "winter solstice": "winter", "spring equinox": "spring", "vernal equinox": "spring",
                 "autumn equinox": "autumn", "fall equinox": "autumn", "autumnal equinox": "autumn"}
    if which not in by_season:
        raise SkillError("Which one: a solstice or an equinox?")
    month = next(m for m, s in names.items() if s == by_season[which])
    moment = _next(month, now)
    local = moment.astimezone(now.tzinfo)
    subject = {"longest day": "The longest day of the year", "shortest day": "The shortest day of the year"}.get(
        which, "The " + which)
    return SkillResult(f"{subject}{_where(south)} is {_on(moment, now.tzinfo, now.date())}: the "
                       f"{month.capitalize()} {'solstice' if month in ('june', 'december') else 'equinox'}, at "
                       f"{local.strftime('%-I:%M %p')} your time.", {"at": moment.isoformat()})


_SEASON = r"(spring|summer|autumn|fall|winter)"
_ASKED = [
    (re.compile(r"(?:what|which) season (?:is it|is this|are we in|is it now|is it right now)(?: now| right now| currently)?|"
                r"what(?:'s| is) the (?:current )?season(?: now)?|what season"), "now"),
    (re.compile(rf"when (?:does|will|is) {_SEASON} (?:start|begin|starting|beginning|come)(?: this year| next year)?|"
                rf"when is the (?:first|1st|start|beginning) (?:day )?of {_SEASON}|what(?:'s| is) the (?:first|1st) day of {_SEASON}|"
                rf"when does {_SEASON} officially (?:start|begin)"), "start"),
    (re.compile(r"how many (?:more )?(?P<u>days|weeks) (?:are )?(?:(?:there|left) )?(?:until|before) (?:the )?(?:start of )?"
                r"(?P<s>spring|summer|autumn|fall|winter)|how (?P<u2>long) (?:is it )?(?:until|till|before) (?P<s2>spring|summer|"
                r"autumn|fall|winter)"), "until"),
    (re.compile(r"(?:when|what day) is the (?P<e>longest day|shortest day|summer solstice|winter solstice|spring equinox|"
                r"vernal equinox|autumn equinox|fall equinox|autumnal equinox)(?: of the year)?(?: this year| next year)?|"
                r"what(?:'s| is) the (?P<e2>longest day|shortest day)(?: of the year)?|when is the (?P<e3>solstice|equinox)"), "event"),
]


def asked(text: str) -> tuple[str, dict] | None:
    """(skill, arguments) for a question about the seasons (cleaned text), or None."""
    for pattern, kind in _ASKED:
        m = pattern.fullmatch(text)
        if not m:
            continue
        if kind == "now":
            return "season", {}
        if kind == "start":
            return "season_start", {"season": next(g for g in m.groups() if g)}
        if kind == "until":
            return "season_start", {"season": m["s"] or m["s2"], "count": m["u"] or "days"}
        which = m["e"] or m["e2"] or m["e3"]
        if which in ("solstice", "equinox"):
            return "clarify", {"text": f"Which {which}: the {'summer or winter' if which == 'solstice' else 'spring or autumn'} one?"}
        return "solstice", {"which": which}
    return None


def _south() -> bool | None:
    return southern(local_zone_name())   # skills/here.py


SKILLS = [
    Skill("season", "Which season it is here now.", {}, lambda: season_now(south=_south()), for_model=False),
    Skill("season_start", "When a season begins here.", {"season": Param(str, choices=("spring", "summer", "autumn", "fall", "winter")),
                                                          "count": Param(str, required=False, choices=("", "days", "weeks"))},
          lambda season, count="": season_start(season, south=_south(), count=count), for_model=False),
    Skill("solstice", "When the longest or shortest day, a solstice or an equinox is.", {"which": Param(str)},
          lambda which: event(which, south=_south()), for_model=False),
]
