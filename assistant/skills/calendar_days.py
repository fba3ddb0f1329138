"""How many days a month or a leap year has ("How many days are in February?", "How many days does April
have?"): the calendar's answer, said with the leap-year exception where there is one."""

from __future__ import annotations

import calendar
import datetime
import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult

MONTHS = [m.lower() for m in calendar.month_name[1:]]
_ASKED = re.compile(r"^how many days (?:are there |are |is there |is )?in (?:the month of )?(?P<a>[a-z]+(?: \d{4})?)"
                    r"(?P<plain> in a (?:normal|regular|common|non-leap|non leap) year)?"
                    r"|^how many days (?:does|has) (?:the month of )?(?P<b>[a-z]+(?: \d{4})?)(?: have| got)?$")


def asked(text: str) -> dict | None:
    """The call's arguments for a day count the calendar answers (cleaned text), else None."""
    if re.fullmatch(r"how many days (?:are there |are |is there |is |does |has )?(?:in )?an? leap year(?: have| has)?",
                    text):
        return {"month": "leap year"}
    this = re.fullmatch(r"how many days (?:are there |are |is there |does it have |has it got )?in (this|next|last) month", text)
    if this:   # "how many days are in this month" (the student: 12*7)
        import datetime as dt

        today = dt.date.today().replace(day=1)
        month = today if this.group(1) == "this" else \
            (today + dt.timedelta(days=32)).replace(day=1) if this.group(1) == "next" else (today - dt.timedelta(days=1))
        return {"month": MONTHS[month.month - 1], "year": str(month.year)}
    import datetime as dt

    years = {"this": 0, "next": 1, "last": -1}   # "in February this year": the year said as a number
    text = re.sub(r" (this|next|last) year$", lambda y: f" {dt.date.today().year + years[y.group(1)]}", text)
    text = re.sub(r"^(how many days (?:does|has) (?:the month of )?[a-z]+) (have|got) (\d{4})$", r"\1 \3 \2", text)
    m = _ASKED.match(text)
    if not m:
        return None
    period = m.group("a") or m.group("b")
    rest = text[m.end():]
    if rest and not re.fullmatch(r" in a leap year", rest):
        return None
    name, _, year = period.partition(" ")
    if name not in MONTHS:
        return None
    if rest:
        return {"month": name, "year": "leap"}
    return {"month": name, "year": year or ("common" if m.group("plain") else "")}


def days_in(month: str, year: str = "") -> SkillResult:
    month = month.strip().lower()
    if month == "leap year":
        return SkillResult("A leap year has 366 days: February has 29.", {"month": None, "days": 366})
    if month not in MONTHS:
        raise SkillError(f"I don't know the month {month}.")
    number = MONTHS.index(month) + 1
    said = month.capitalize()
    if year.isdigit():
        days = calendar.monthrange(int(year), number)[1]
        return SkillResult(f"{said} {year} has {days} days.", {"month": said, "year": int(year), "days": days})
    common, leap = calendar.monthrange(2023, number)[1], calendar.monthrange(2024, number)[1]
    if year == "leap" or common == leap:
        days = leap if year == "leap" else common
        return SkillResult(f"{said} has {days} days{' in a leap year' if year == 'leap' and common != leap else ''}.",
                           {"month": said, "days": days})
    if year == "common":
        return SkillResult(f"{said} has {common} days in a common year.", {"month": said, "days": common})
    return SkillResult(f"{said} has {common} days, or {leap} in a leap year.",
                       {"month": said, "days": common, "leap": leap})


_LEAP = re.compile(r"^(?:is|was|will) (?P<which>it|this year|this|next year|last year|(?P<year>\d{4})) (?:be )?a leap year"
                   r"(?: this year)?$|^(?:when is|when's|what is) the next leap year$")


def leap_asked(text: str) -> dict | None:
    """"is it a leap year", "is 2028 a leap year", "when is the next leap year" (cleaned text)."""
    m = _LEAP.match(text)
    if not m:
        return None
    if m.group("year"):
        return {"year": m.group("year")}
    which = m.group("which") or "next leap"
    return {"year": {"it": "this", "this": "this", "this year": "this", "next year": "next", "last year": "last"}.get(which, which)}


def leap_year(year: str, today: datetime.date | None = None) -> SkillResult:
    now = (today or datetime.date.today()).year
    if year == "next leap":
        n = now + 1
        while not calendar.isleap(n):
            n += 1
        return SkillResult(f"The next leap year is {n}.", {"year": n, "leap": True})
    number = {"this": now, "next": now + 1, "last": now - 1}.get(year) or (int(year) if year.isdigit() else None)
    if number is None or not 1 <= number <= 9999:
        raise SkillError(f"I don't know the year {year}.")
    if calendar.isleap(number):
        return SkillResult(f"Yes, {number} is a leap year: February has 29 days.", {"year": number, "leap": True})
    after = number + 1
    while not calendar.isleap(after):
        after += 1
    return SkillResult(f"No, {number} is not a leap year. The next one is {after}.", {"year": number, "leap": False})


LEAP = Skill("leap_year", "Say whether a year is a leap year.", {"year": Param(str)}, leap_year, for_model=False)

SKILL = Skill("days_in", "Say how many days a month has.",
              {"month": Param(str), "year": Param(str, required=False)}, days_in, for_model=False)


_DAYS = [d.lower() for d in calendar.day_name]
_ORDER = re.compile(r"^what (?:day |month )?(?:comes|is|falls) (after|before) (" + "|".join(_DAYS + MONTHS) + r")$|"
                    r"^what is the (day|month) (after|before) (" + "|".join(_DAYS + MONTHS) + r")$")


def order_asked(text: str) -> dict | None:
    """"what comes after tuesday", "what month comes after march" (cleaned text): next_in_order's arguments."""
    m = _ORDER.match(text)
    if not m:
        return None
    way, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(5))
    return {"name": name, "way": way}


def next_in_order(name: str, way: str = "after") -> SkillResult:
    """The weekday or month after (or before) another (the student: "The next letter is Wednesday.")."""
    name = name.strip().lower()
    names = _DAYS if name in _DAYS else MONTHS if name in MONTHS else None
    if names is None:
        raise SkillError(f"I don't know {name} as a day or a month.")
    step = 1 if way == "after" else -1
    found = names[(names.index(name) + step) % len(names)]
    return SkillResult(f"{found.capitalize()} comes {way} {name.capitalize()}.", {"answer": found.capitalize()})


ORDER = Skill("next_in_order", "The weekday or month after or before another.",
              {"name": Param(str), "way": Param(str, choices=("after", "before"), required=False)}, next_in_order,
              for_model=False)



_WEEKDAYS_IN = re.compile(r"^how many (?P<d>" + "|".join(_DAYS) + r")s (?:are )?(?:there )?in (?:the month of )?"
                          r"(?P<m>this month|next month|last month|" + "|".join(MONTHS) + r")(?: (?P<y>\d{4}))?$")


def weekdays_asked(text: str) -> dict | None:
    """weekdays_in's arguments for "how many mondays are in this month" (the student: "there are 11 Mondays")."""
    m = _WEEKDAYS_IN.match(text)
    if not m:
        return None
    import datetime as dt

    today = dt.date.today().replace(day=1)
    if m["m"].endswith("month"):
        month = today if m["m"].startswith("this") else (today + dt.timedelta(days=32)).replace(day=1) \
            if m["m"].startswith("next") else (today - dt.timedelta(days=1)).replace(day=1)
        return {"weekday": m["d"], "month": MONTHS[month.month - 1], "year": str(month.year)}
    return {"weekday": m["d"], "month": m["m"], "year": m["y"] or str(today.year)}


def weekdays_in(weekday: str, month: str, year: str) -> SkillResult:
    """How many of a weekday a month has, and their dates."""
    weekday, month = weekday.strip().lower(), month.strip().lower()
    if weekday not in _DAYS or month not in MONTHS or not year.isdigit():
        raise SkillError("Say a day of the week and a month, like: how many Mondays are in March?")
    number, year_n = MONTHS.index(month) + 1, int(year)
    days = [d for d in range(1, calendar.monthrange(year_n, number)[1] + 1)
            if calendar.weekday(year_n, number, d) == _DAYS.index(weekday)]
    nth = [f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}" for d in days]
    dates = ", ".join(nth[:-1]) + f" and {nth[-1]}"
    return SkillResult(f"{month.capitalize()} {year} has {len(days)} {weekday.capitalize()}s: the {dates}.",
                       {"count": len(days), "days": days})


WEEKDAYS_IN = Skill("weekdays_in", "How many of a weekday a month has.",
                    {"weekday": Param(str), "month": Param(str), "year": Param(str)}, weekdays_in, for_model=False)
