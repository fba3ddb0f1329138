"""Calendar spans said as a calendar has them: a month's days, a leap year, years in days and weeks."""

import pytest

from assistant.skills.intents import match
from assistant.skills.registry import SkillSet


@pytest.mark.parametrize("question, name, said", [
    ("How many days are in February?", "days_in", "February has 28 days, or 29 in a leap year."),
    ("How many days are in February in a normal year?", "days_in", "February has 28 days in a common year."),
    ("How many days are in February in a leap year?", "days_in", "February has 29 days in a leap year."),
    ("How many days are in February 2024?", "days_in", "February 2024 has 29 days."),
    ("How many days does April have?", "days_in", "April has 30 days."),
    ("How many days in a leap year?", "days_in", "A leap year has 366 days: February has 29."),
    # years and months are calendar spans, not pint's 365.25-day average (was "1 year is 365.2 days")
    ("How many days are in a year?", "convert_units", "1 year is 365 days (366 in a leap year)."),
    ("How many weeks are in a year?", "convert_units", "1 year is 52 weeks and 1 day (a day more in a leap year)."),
    ("How many days are in 2 years?", "convert_units", "2 years is 730 days, plus 1 for each leap year."),
    ("How many hours are in a year?", "convert_units", "1 year is 8,760 hours (8,784 in a leap year)."),
    ("How many months are in 15 years?", "convert_units", "15 years is 180 months."),
    ("How many days are in a month?", "convert_units", "1 month is 28 to 31 days, 30.44 on average."),
    ("How many days is 1.5 years?", "convert_units", "1.5 years is 547.9 days."),   # not a whole span: pint's
])
def test_calendar_spans(question, name, said):
    intent = match(question)
    assert intent is not None and intent.name == name, intent
    call = SkillSet().call(intent.name, intent.arguments)
    assert call.ok and call.speech == said, call.speech


@pytest.mark.parametrize("question", ["How many days are in the summer?", "How many days until Christmas?"])
def test_not_a_month(question):
    intent = match(question)
    assert intent is None or intent.name != "days_in", intent


def test_leap_years_by_the_calendar():
    import datetime

    from assistant.skills.base import SkillError
    from assistant.skills.calendar_days import leap_year

    today = datetime.date(2026, 12, 1)
    assert leap_year("this", today).speech == "No, 2026 is not a leap year. The next one is 2028."
    assert leap_year("2000", today).speech == "Yes, 2000 is a leap year: February has 29 days."
    assert leap_year("1900", today).speech == "No, 1900 is not a leap year. The next one is 1904."   # a century
    assert leap_year("next leap", today).speech == "The next leap year is 2028."
    with pytest.raises(SkillError):
        leap_year("soon", today)


@pytest.mark.parametrize("text, offset", [("How many days are in February this year?", 0),
                                          ("How many days does February have next year?", 1)])
def test_this_year_is_a_year(text, offset):
    """"this year" after the month was no request (the model answered through a calculator call of "2024-04-03")."""
    import datetime as dt

    intent = match(text)
    assert (intent.name, intent.arguments) == ("days_in", {"month": "february", "year": str(dt.date.today().year + offset)})


def test_a_weekday_counted_in_a_month():
    from assistant.skills.calendar_days import weekdays_in

    assert weekdays_in("monday", "december", "2026").speech == "December 2026 has 4 Mondays: the 7th, 14th, 21st and 28th."
    assert weekdays_in("sunday", "january", "2027").data["count"] == 5


def test_a_holiday_today_or_not():
    import datetime as dt

    from assistant.skills.dates import holiday_on

    assert holiday_on(dt.date(2026, 12, 2)).speech == ("Not one of the holidays I know (they differ from country to "
                                                       "country). The next is Christmas Eve, on Thursday, December 24.")
    assert holiday_on(dt.date(2026, 12, 25)).speech.startswith("Yes: it's Christmas Day.")
    assert holiday_on(dt.date(2027, 3, 28)).speech.startswith("Yes: it's Easter.")
