"""Dates other than today: "What day of the week was July 4th 1776?", "How many days until Christmas?",
"What's the date next Friday?". A 135M model (and the clock skill, which knows only today) answered these
with today's weekday or date. Holidays with a fixed date, Easter (the Gregorian computus) and US
Thanksgiving (the fourth Thursday of November) are known by name."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth"]
_FIXED = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "new year's eve": (12, 31),
          "new years eve": (12, 31), "new year's day": (1, 1), "new years day": (1, 1), "new year's": (1, 1),
          "new years": (1, 1), "new year": (1, 1), "halloween": (10, 31), "valentine's day": (2, 14),
          "valentines day": (2, 14), "valentine's": (2, 14), "st patrick's day": (3, 17), "saint patrick's day": (3, 17),
          "independence day": (7, 4), "boxing day": (12, 26), "groundhog day": (2, 2), "april fools day": (4, 1),
          "april fool's day": (4, 1)}
_DAY = r"(?P<num>\d{1,2})(?:st|nd|rd|th)?|(?P<word>" + "|".join(["twenty[- ]first", "twenty[- ]second", "twenty[- ]third",
                                                                  *(f"twenty[- ]{o}" for o in _ORDINALS[3:9]), "thirtieth",
                                                                  "thirty[- ]first", *_ORDINALS]) + ")"
_MONTH = "(?P<month>" + "|".join(MONTHS + [m[:3] for m in MONTHS if len(m) > 3] + ["sept"]) + r")\.?"
_YEAR = r"(?:,? (?:in )?(?P<year>\d{3,4}))?"
_DATE = [re.compile(rf"^(?:on )?{_MONTH} (?:the )?(?:{_DAY}){_YEAR}$"),           # july 4th 1776
         re.compile(rf"^(?:on )?(?:the )?(?:{_DAY}) (?:of )?{_MONTH}{_YEAR}$")]     # the 4th of july, 4 july 1776


def _ordinal(word: str) -> int:
    word = word.replace("-", " ")
    if word.startswith("twenty "):
        return 20 + _ordinal(word[7:])
    if word == "thirtieth":
        return 30
    if word.startswith("thirty "):
        return 30 + _ordinal(word[7:])
    return _ORDINALS.index(word) + 1


def _month(word: str) -> int:
    word = word.rstrip(".")
    return next(i + 1 for i, m in enumerate(MONTHS) if m.startswith(word[:3]))


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    n = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * n) // 451
    month, day = divmod(h + n - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _holiday(name: str, year: int) -> dt.date | None:
    name = name.replace("’", "'")
    if name in _FIXED:
        return dt.date(year, *_FIXED[name])
    if name in ("easter", "easter sunday", "easter day"):
        return easter(year)
    if name in ("thanksgiving", "thanksgiving day"):
        return _nth_weekday(year, 11, 3, 4)
    # US dates ("When is Mother's Day?" got March 30): the second Sunday of May, the third Sunday of June
    if name in ("mother's day", "mothers day", "mother day"):
        return _nth_weekday(year, 5, 6, 2)
    if name in ("father's day", "fathers day", "father day"):
        return _nth_weekday(year, 6, 6, 3)
    # the US's Monday holidays ("What date is Labor Day?" got "31st July")
    mondays = {"labor day": (9, 1), "labour day": (9, 1), "memorial day": (5, -1), "martin luther king day": (1, 3),
               "martin luther king jr. day": (1, 3), "mlk day": (1, 3), "presidents day": (2, 3), "presidents' day": (2, 3),
               "president's day": (2, 3), "columbus day": (10, 2), "indigenous peoples' day": (10, 2)}
    if name in mondays:
        month, n = mondays[name]
        if n > 0:
            return _nth_weekday(year, month, 0, n)
        last = _nth_weekday(year, month, 0, 5)
        return last if last.month == month else _nth_weekday(year, month, 0, 4)
    return None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th `weekday` (Monday 0) of a month."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def parse(text: str, today: dt.date) -> tuple[dt.date, bool] | None:
    """(the date, whether the year was said) for a date, a holiday or a day relative to today (text cleaned,
    lower case); a holiday or a date without a year is the next one (today's counts)."""
    text = re.sub(r"^(?:the |this |this year's |next )", "", text.strip()).strip()
    text = re.sub(r" (?:this year|next year)$", "", text)
    for pattern in _DATE:
        m = pattern.match(text)
        if m:
            month, year = _month(m["month"]), m["year"]
            day = int(m["num"]) if m["num"] else _ordinal(m["word"])
            try:
                if year:
                    return dt.date(int(year), month, day), True
                found = dt.date(today.year, month, day)
                return (found if found >= today else found.replace(year=today.year + 1)), False
            except ValueError:
                return None
    found = _holiday(text, today.year)
    if found is not None:
        return (found if found >= today else _holiday(text, today.year + 1)), False
    m = re.fullmatch(r"(?P<name>.+?)(?:,? in| of)? (?P<year>\d{4})", text)   # "easter in 2030" (the date today)
    if m and 1583 <= int(m["year"]) <= 9999 and (found := _holiday(m["name"], int(m["year"]))) is not None:
        return found, True
    return None


def relative(text: str, today: dt.date) -> dt.date | None:
    """tomorrow, yesterday, next friday, in 3 weeks, 10 days from now, a week from today, 100 days ago."""
    text = text.strip()
    if text in ("today", "now"):
        return today
    if text in ("tomorrow", "yesterday"):
        return today + dt.timedelta(days=1 if text == "tomorrow" else -1)
    if text == "the day after tomorrow":
        return today + dt.timedelta(days=2)
    if text == "the day before yesterday":
        return today - dt.timedelta(days=2)
    if text in ("the weekend", "this weekend", "the next weekend", "next weekend", "saturday"):   # (muddled)
        ahead = (5 - today.weekday()) % 7
        return today + dt.timedelta(days=ahead + (7 if text == "next weekend" and ahead < 5 else 0))
    m = re.fullmatch(r"(?:(next|this|last|on|this coming) )?(" + "|".join(WEEKDAYS) + ")", text)
    if m:   # (a weekday alone: the next one, "how many days until friday" was muddled)
        ahead = (WEEKDAYS.index(m.group(2)) - today.weekday()) % 7
        if m.group(1) == "last":
            return today - dt.timedelta(days=(today.weekday() - WEEKDAYS.index(m.group(2))) % 7 or 7)
        return today + dt.timedelta(days=ahead or 7)
    from assistant.skills.numbers import normalize_numbers

    m = re.fullmatch(r"(?:in )?(\d+|a|an|one) (day|week|month|year)s?(?: from (?:now|today)| (ago))?", normalize_numbers(text))
    if m and (text.startswith("in ") or "from" in text or m.group(3)):
        n = (1 if m.group(1) in ("a", "an", "one") else int(m.group(1))) * (-1 if m.group(3) else 1)
        if m.group(2) in ("day", "week"):
            return today + dt.timedelta(days=n * (7 if m.group(2) == "week" else 1))
        months = n * (12 if m.group(2) == "year" else 1)
        year, month = divmod(today.month - 1 + months, 12)
        day = min(today.day, [31, 29 if calendar.isleap(today.year + year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month])
        return dt.date(today.year + year, month + 1, day)
    return None


def in_weeks(days: int) -> str:
    """17 -> "2 weeks and 3 days"."""
    weeks, rest = divmod(days, 7)
    return f"{weeks} {'week' if weeks == 1 else 'weeks'}" + (f" and {rest} {'day' if rest == 1 else 'days'}" if rest else "")


def said(date: dt.date, today: dt.date, with_year: bool = False) -> str:
    text = f"{date.strftime('%A')}, {date.strftime('%B')} {date.day}"
    return text + (f", {date.year}" if with_year or date.year != today.year else "")


def answer(kind: str, when: str, today: dt.date | None = None, now: dt.datetime | None = None) -> SkillResult:
    """kind: "weekday" (what day of the week is/was it), "until" (how many days until it), "weeks_until" (the
    same in weeks and days), "hours_until" (in hours, to the day's start), "date" (which date)."""
    today = today or (now.date() if now else dt.date.today())
    gone = re.fullmatch(r"(?:the )?(.+?) this year", when.strip())
    past = _holiday(gone.group(1), today.year) if gone else None
    if past is not None and past < today and kind in ("date", "weekday"):   # "when is thanksgiving this year" (was next year's)
        name = gone.group(1)[0].upper() + gone.group(1)[1:]
        return SkillResult(f"{name} this year was {said(past, today)}.", {"date": past.isoformat(), "weekday": past.strftime("%A")})
    found = parse(when, today)
    date, year_said = found if found else (relative(when, today), False)
    if date is None:
        raise SkillError(f"I don't know the date of {when}.")
    data = {"date": date.isoformat(), "weekday": date.strftime("%A")}
    name = re.sub(r" (?:this|next) year$|^on ", "", when.strip())   # "on friday" is said "Friday is ..."
    name = re.sub(r"\b(" + "|".join(WEEKDAYS + MONTHS) + r")\b", lambda w: w.group(1).capitalize(), name)
    name = re.sub(r"\b(labou?r|memorial|presidents'?|president's|columbus|indigenous|peoples'|martin|luther|king|jr\.|"
                  r"day|mlk)\b", lambda w: "MLK" if w.group(1) == "mlk" else w.group(1).capitalize(), name) \
        if re.search(r"\b(?:labou?r|memorial|presidents?'?s?|columbus|indigenous|martin luther|mlk) day\b", name) else name
    holiday = _holiday(re.sub(r"^(the |this |next )", "", name.lower()), today.year) is not None
    subject = name[0].upper() + name[1:] if holiday else said(date, today, year_said)
    if kind == "hours_until" and date > today:
        hours = (dt.datetime.combine(date, dt.time()) - (now or dt.datetime.now())).total_seconds() / 3600
        data["hours"] = round(hours)
        on = f", on {said(date, today)}" if holiday else ""
        days, rest = divmod(round(hours), 24)
        return SkillResult(f"{subject} is about {round(hours):,} hours away ({days} {'day' if days == 1 else 'days'} and "
                           f"{rest} {'hour' if rest == 1 else 'hours'}){on}.", data)
    if kind in ("until", "weeks_until", "hours_until"):
        days = (date - today).days
        data["days"] = days
        if days == 0:
            return SkillResult(f"{subject} is today!" if holiday else "That's today.", data)
        if days < 0:
            return SkillResult(f"{said(date, today, True)} was {-days} {'day' if days == -1 else 'days'} ago.", data)
        on = f", on {said(date, today)}" if holiday else ""
        if kind == "weeks_until" and days >= 7:
            return SkillResult(f"{subject} is in {in_weeks(days)} ({days} days){on}.", data)
        return SkillResult(f"{subject} is in {days} {'day' if days == 1 else 'days'}{on}.", data)
    if kind == "weekday" and (found is not None):
        verb = "was" if date < today else "is"
        what = f"{subject} {verb} on a {date.strftime('%A')}" if holiday else \
            f"{date.strftime('%B')} {date.day}, {date.year} {verb} a {date.strftime('%A')}"
        return SkillResult(what + ".", data)
    verb = "was" if date < today else "is"
    if re.fullmatch(r"(?:(?:next|this|on|this coming|last) )?(?:" + "|".join(WEEKDAYS) + ")", name.lower()):
        return SkillResult(f"{name[0].upper() + name[1:]} {verb} {date.strftime('%B')} {date.day}"
                           f"{f', {date.year}' if date.year != today.year else ''}.", data)
    return SkillResult(f"{name[0].upper() + name[1:]} {verb} {said(date, today)}.", data)


_ASKED = [
    (r"^(?:what|which) day(?: of the week)? (?:is it|was it|will it be|was|is|will be|falls on|does) (?P<w>.+?)(?: (?:fall on|on|be))?$", "weekday"),
    (r"^(?:what|which) (?:day of the week|weekday) (?:was|is|will be) (?P<w>.+)$", "weekday"),
    (r"^(?:how many|how much) (?:more )?(?:days|sleeps) (?:are )?(?:(?:there|left|remaining) )?(?:until|till|til|to|before) (?P<w>.+)$", "until"),
    (r"^how (?:long|far away|far off|soon) (?:is it )?(?:until|till|til|to|is) (?P<w>.+?)(?: away)?$", "until"),
    (r"^(?:how many|how much) (?:more )?weeks (?:are )?(?:(?:there|left|remaining) )?(?:until|till|til|to|before) (?P<w>.+)$",
     "weeks_until"),
    (r"^(?:how many|how much) (?:more )?hours (?:are )?(?:(?:there|left|remaining) )?(?:until|till|til|to|before) (?P<w>.+)$",
     "hours_until"),   # "how many hours until christmas" (listed the timers)
    (r"^(?:what|which) (?:is the )?date (?:is it|will it be|was it|is|was) (?P<w>.+)$", "date"),
    (r"^what (?:is|was|will be) the date (?:of )?(?P<w>.+)$", "date"),
    (r"^(?:what|which) (?:is|was|will be) (?P<w>the day (?:after tomorrow|before yesterday))$", "date"),   # (muddled)
    (r"^is (?P<w>tomorrow|yesterday|today|the day after tomorrow) (?:an? )?(?:monday|tuesday|wednesday|thursday|friday|"
     r"saturday|sunday|weekday|weekend|week day)$", "weekday"),   # "is tomorrow saturday" (the model: the weather)
    (r"^when is (?P<w>.+?)(?: next year)?$", "date"),
]


_NAMED = ("New Year's Day", "Valentine's Day", "St Patrick's Day", "Easter", "Mother's Day", "Father's Day",
          "Independence Day", "Halloween", "Thanksgiving", "Christmas Eve", "Christmas Day", "Boxing Day", "New Year's Eve")


def holiday_on(day: dt.date, only_next: bool = False) -> SkillResult:
    """Whether `day` is one of the holidays the calendar knows ("Is today a holiday?": the student said "Today is a
    holiday." on a Wednesday in December), and the next one."""
    on = [name for name in _NAMED if _holiday(name.lower().replace("st ", "st "), day.year) == day]
    ahead = sorted((found, name) for name in _NAMED for year in (day.year, day.year + 1)
                   if (found := _holiday(name.lower(), year)) is not None and found > day)
    said = f"Yes: it's {on[0]}." if on else "Not one of the holidays I know (they differ from country to country)."
    if ahead:
        nxt, name = ahead[0]
        said = f"The next holiday I know is {name}, on {nxt:%A}, {nxt:%B} {nxt.day}." if only_next else \
            said + f" The next is {name}, on {nxt:%A}, {nxt:%B} {nxt.day}."
    return SkillResult(said, {"holiday": on[0] if on else None})


_HOLIDAY_ASKED = re.compile(r"^is (?P<w>today|tomorrow|it) a (?:holiday|public holiday|bank holiday)(?: today| tomorrow)?$|"
                            r"^is there a holiday (?P<w2>today|tomorrow)$|^what holiday is (?P<w3>it|today|tomorrow)(?: today)?$|"
                            r"^(?:what is|when is) the next (?:public |bank )?holiday$")


def holiday_asked(text: str) -> dict | None:
    m = _HOLIDAY_ASKED.match(text)
    if not m:
        return None
    if not (m["w"] or m["w2"] or m["w3"]):
        return {"when": "next"}
    return {"when": "tomorrow" if "tomorrow" in (m["w"], m["w2"], m["w3"]) else "today"}


def asked(text: str, today: dt.date | None = None) -> dict | None:
    """{"kind": ..., "when": ...} for a question about a date other than today (cleaned text), or None."""
    today = today or dt.date.today()
    m = re.fullmatch(r"how many (?:more )?(days|weeks) (?:are )?(?:left|remaining|to go) (?:in|of|until the end of) (?:the|this) "
                     r"(year|month)", text)
    if m:   # (the student: "10-11"; "days left in this month" 100-12, "weeks left in the year" 49-18)
        end = dt.date(today.year, 12, 31) if m[2] == "year" else \
            dt.date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
        return {"kind": "until" if m[1] == "days" else "weeks_until", "when": f"{MONTHS[end.month - 1]} {end.day}"}
    for pattern, kind in _ASKED:
        m = re.match(pattern, text)
        if not m:
            continue
        when = m.group("w").strip()
        when = re.sub(r" on (this|next) year$", r" \1 year", when)   # "what day is christmas on this year" (the date today)
        if when in ("it", "it today", "today"):
            return None   # the clock's own question
        # "my birthday on march 3", "our trip, which is july 1st": the day said (was muddled)
        when = re.sub(r"^(?:my|our|your|the|his|her|their) [a-z' ]{2,30}? (?:on|,|is|which is|that is|that's)(?: on)? (?=\S)", "",
                      when)
        if parse(when, today) is not None or relative(when, today) is not None:
            return {"kind": kind, "when": when}
    return None


HOLIDAY = Skill("holiday_on", "Whether today (or tomorrow) is a holiday, and the next one.",
                {"when": Param(str, choices=("today", "tomorrow", "next"))},
                lambda when: holiday_on(dt.date.today() + dt.timedelta(days=1 if when == "tomorrow" else 0), when == "next"),
                for_model=False)

SKILL = Skill("date_of", "Say the weekday or date of another day, or how many days until it.",
              {"kind": Param(str, choices=("weekday", "until", "weeks_until", "hours_until", "date")), "when": Param(str)},
              lambda kind, when: answer(kind, when), for_model=False)
