"""Arithmetic on dates: "How many days between March 1 and April 15?", "How old am I if I was born in 1990?".
The student called the clock for the first ("what": "days", muddled) and the calculator for the second
(1990 - 1990: "That's 0.")."""

from __future__ import annotations

import datetime as dt
import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.dates import in_weeks as said_in_weeks
from assistant.skills.dates import parse, relative

_BETWEEN = re.compile(r"^(?:how many|how much) (?P<unit>days|weeks) (?:are )?(?:there )?(?:between|from) (?P<a>.+?) "
                      r"(?:and|to|until|till|through) (?P<b>.+)$")
_AGE = re.compile(r"^(?:how old (?:am i|would i be|will i be|is someone|is a person|are you)(?: now| this year| today)?,? "
                  r"if (?:i was|i were|i'm|i am|you were|they were|someone was) born (?:in|on) (?P<a>.+)|"
                  r"(?:if )?i was born (?:in|on) (?P<b>.+?),? how old am i(?: now| this year| today)?|"
                  r"how old (?:is|would be|will be) (?:someone|somebody|a person|a child|a kid|anyone|a man|a woman) "
                  r"(?:who was |that was )?born (?:in|on) (?P<c>.+?)(?: now| this year| today)?)$")


# "How old will I be in 2040 if I was born in 1995?" (the student: -45); "What year will it be in 25 years?" (625)
_AGE_IN = re.compile(r"^how old (?:will i be|would i be|will someone be|will they be|will he be|will she be) in (?P<y>\d{4}),? "
                     r"if (?:i was|i were|i'm|i am|they were|someone was|he was|she was) born (?:in|on) (?P<b>\d{4})$|"
                     r"^(?:if )?i was born (?:in|on) (?P<b2>\d{4}),? how old will i be in (?P<y2>\d{4})$")
_YEAR_IN = re.compile(r"^what year (?:will it be|is it going to be|would it be) in (?P<n>\d{1,4}) years?(?: from now| time)?$|"
                      r"^what year was it (?P<m>\d{1,4}) years? ago$")
_YEARS_AGO = re.compile(r"^how (?:long ago|many years ago) (?:was|is) (?P<y>\d{4})$|^how many years (?:ago was|since|has it been "
                        r"since) (?P<y2>\d{4})$")   # "how long ago was 1999" (the student: 1999-12-9)
_ALIVE = re.compile(r"^how many (?P<unit>days|weeks) (?:have i been alive|old am i)(?:,? if i was born (?:on|in) (?P<b>.+))?$|"
                    r"^(?:if )?i was born (?:on|in) (?P<b2>.+?),? how many (?P<unit2>days|weeks) (?:have i been alive|old am i)$")


# "How many days since January 1?" (muddled), "How many days has it been since my birthday on March 3?" (the date)
_SINCE = re.compile(r"^(?:how many|how much) (?P<unit>days|weeks) (?:has it been|have passed|have gone by|is it|are there|"
                    r"ago was|was it)? ?since (?:my |our |his |her )?(?:[a-z' ]{2,30}? (?:on|,|which was|that was) )?"
                    r"(?P<a>.+?)(?: (?:happened|was|began|started))?$|"
                    r"^how long (?:has it been|ago was it|is it) since (?:my |our )?(?:[a-z' ]{2,30}? (?:on|,) )?(?P<b>.+)$")


def asked(text: str) -> tuple[str, dict] | None:
    """(skill, arguments) for date arithmetic in `text` (cleaned), or None."""
    m = _SINCE.match(text)
    if m and _past(m["a"] or m["b"], dt.date.today()) is not None:
        return "days_since", {"since": m["a"] or m["b"], "in_weeks": m["unit"] == "weeks"}
    m = _BETWEEN.match(text)
    if m:
        return "days_between", {"start": m["a"], "end": m["b"], "in_weeks": m["unit"] == "weeks"}
    m = _AGE.match(text)
    if m:
        return "age", {"born": m["a"] or m["b"] or m["c"]}
    m = _AGE_IN.match(text)
    if m:
        return "age", {"born": m["b"] or m["b2"], "year": m["y"] or m["y2"]}
    m = _YEARS_AGO.match(text)
    if m:
        return "year_in", {"years": float(m["y"] or m["y2"]) - dt.date.today().year, "since": True}
    m = _ALIVE.match(text)
    if m and (m["b"] or m["b2"]):   # "how many days have I been alive if I was born on May 5, 1990" (1990-5)
        return "days_since", {"since": m["b"] or m["b2"], "in_weeks": (m["unit"] or m["unit2"]) == "weeks"}
    m = _YEAR_IN.match(text)
    if m:
        return "year_in", {"years": float(m["n"]) if m["n"] else -float(m["m"])}
    return None


def _date(text: str, today: dt.date) -> tuple[dt.date, bool]:
    found = parse(text, today)
    if found is None:
        near = relative(text, today)   # "today", "next friday"
        if near is None:
            raise SkillError(f"I don't know the date {text}.")
        return near, True
    return found


def _past(text: str, today: dt.date) -> tuple[dt.date, bool] | None:
    """The date `text` names, the last one that has come (a date or a holiday without its year: this year's,
    or last year's if it is still ahead); None when it names no date."""
    text = re.sub(r"^(?:the )?(?:start|beginning|first day) of (?:the|this) year$", "january 1", text.strip())
    found = parse(text, today)
    if found is None:
        near = relative(text, today)
        return (near, False) if near is not None else None
    date, year_said = found
    if not year_said and date > today:
        date = _same_day(date, date.year - 1, text)
    return date, year_said


def _same_day(date: dt.date, year: int, text: str) -> dt.date:
    from assistant.skills.dates import _holiday

    holiday = _holiday(re.sub(r"^(?:the |this |last )", "", text.strip()), year)   # Easter moves
    if holiday is not None:
        return holiday
    return date.replace(year=year) if not (date.month, date.day) == (2, 29) else dt.date(year, 2, 28)


def days_since(since: str, in_weeks: bool = False, today: dt.date | None = None) -> SkillResult:
    today = today or dt.date.today()
    found = _past(since, today)
    if found is None:
        raise SkillError(f"I don't know the date {since}.")
    date, year_said = found
    days = (today - date).days
    if days < 0:
        raise SkillError(f"{_said(date, today, True)} hasn't come yet: it's in {-days} days.")
    if days == 0:
        return SkillResult("That's today.", {"since": date.isoformat(), "days": 0})
    span = said_in_weeks(days) if in_weeks and days >= 7 else f"{days:,} {'day' if days == 1 else 'days'}"
    return SkillResult(f"It's been {span} since {_said(date, today, year_said or date.year != today.year)}.",
                       {"since": date.isoformat(), "days": days})


def _said(date: dt.date, today: dt.date, with_year: bool) -> str:
    return f"{date.strftime('%B')} {date.day}" + (f", {date.year}" if with_year or date.year != today.year else "")


def days_between(start: str, end: str, in_weeks: bool = False, today: dt.date | None = None) -> SkillResult:
    today = today or dt.date.today()
    (a, a_year), (b, b_year) = _date(start, today), _date(end, today)
    if not a_year and not b_year:   # "March 1 and April 15": the next March 1, and the April 15 after it
        b = dt.date(a.year + 1, b.month, b.day) if (b.month, b.day) < (a.month, a.day) else dt.date(a.year, b.month, b.day)
    days = abs((b - a).days)
    span = said_in_weeks(days) if in_weeks and days >= 7 else f"{days:,} {'day' if days == 1 else 'days'}"
    return SkillResult(f"There are {span} between {_said(a, today, a_year and a.year != b.year)} and "
                       f"{_said(b, today, b_year)}.",
                       {"start": a.isoformat(), "end": b.isoformat(), "days": days})


def age(born: str, today: dt.date | None = None, year: str = "") -> SkillResult:
    """`year`: the age reached in that year ("how old will I be in 2040"), for a birth year."""
    today = today or dt.date.today()
    born = born.strip()
    if year:
        if not (re.fullmatch(r"\d{4}", born) and re.fullmatch(r"\d{4}", year)) or int(year) < int(born):
            raise SkillError("Say the birth year and the year, like: how old will I be in 2040 if I was born in 1995.")
        years = int(year) - int(born)
        return SkillResult(f"Someone born in {born} turns {years} in {year}.", {"years": years, "year": int(year)})
    if re.fullmatch(r"\d{4}", born):
        year = int(born)
        if not 1850 <= year <= today.year:
            raise SkillError(f"{year} is not a birth year I can count from.")
        years = today.year - year
        if years == 0:
            return SkillResult("Less than a year old: born this year.", {"years": 0})
        return SkillResult(f"Someone born in {year} turns {years} this year: {years - 1} before the birthday, {years} "
                           f"after it.",
                           {"years": years, "before_birthday": years - 1})
    date, year_said = _date(born, today)
    if not year_said or date > today:
        raise SkillError("Tell me the birth date with its year, like March 3, 1990.")
    years = today.year - date.year - ((today.month, today.day) < (date.month, date.day))
    return SkillResult(f"{years} years old.", {"years": years})


def _year_in(years: float, today: dt.date | None = None, since: bool = False) -> SkillResult:
    """The year `years` from now (negative: ago); `since`: how long ago a year was ("how long ago was 1999")."""
    if years != int(years) or abs(years) > 5000:
        raise SkillError("Say a whole number of years.")
    this = (today or dt.date.today()).year
    year, n = this + int(years), abs(int(years))
    if since:
        said = f"{year} was {n} year{'s' if n != 1 else ''} ago." if years < 0 else \
            f"{year} is this year." if not years else f"{year} is {n} year{'s' if n != 1 else ''} from now."
        return SkillResult(said, {"year": year, "years": -int(years)})
    said = f"In {n} year{'s' if n != 1 else ''} it will be {year}." if years >= 0 else \
        f"{n} year{'s' if n != 1 else ''} ago it was {year}."
    return SkillResult(said, {"year": year})


SKILLS = [
    Skill("days_between", "How many days (or weeks) lie between two dates.",
          {"start": Param(str), "end": Param(str), "in_weeks": Param(bool, required=False)}, days_between, for_model=False),
    Skill("age", "How old someone born then is now (or in a year).", {"born": Param(str), "year": Param(str, required=False)},
          lambda born, year="": age(born, year=year), for_model=False),
    Skill("year_in", "The year a number of years from now (negative: ago).",
          {"years": Param(float), "since": Param(bool, required=False)},
          lambda years, since=False: _year_in(years, since=since), for_model=False),
    Skill("days_since", "How many days (or weeks) have passed since a date.",
          {"since": Param(str), "in_weeks": Param(bool, required=False)}, days_since, for_model=False),
]
