"""Dates other than today, from the calendar (a fixed "today": Tuesday, 1 December 2026)."""

import datetime as dt

import pytest

from assistant.skills.base import SkillError
from assistant.skills.dates import answer, asked, easter
from assistant.skills.intents import match

TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize("question, said", [
    ("what day of the week was july 4th 1776", "July 4, 1776 was a Thursday."),
    ("what day was 25 december 2000", "December 25, 2000 was a Monday."),
    ("what day of the week was september 11 2001", "September 11, 2001 was a Tuesday."),
    ("what day is christmas this year", "Christmas is on a Friday."),
    ("how many days until christmas", "Christmas is in 24 days, on Friday, December 25."),
    ("how long until new year", "New year is in 31 days, on Friday, January 1, 2027."),
    ("how many weeks until christmas", "Christmas is in 3 weeks and 3 days (24 days), on Friday, December 25."),
    ("how many weeks until new year", "New year is in 4 weeks and 3 days (31 days), on Friday, January 1, 2027."),
    ("how many days until the 4th of july", "Sunday, July 4, 2027 is in 215 days."),
    ("what is the date next friday", "Next Friday is December 4."),
    ("what date was it yesterday", "Yesterday was Monday, November 30."),
    ("what day of the week is it tomorrow", "Tomorrow is Wednesday, December 2."),
    ("what is the date in 3 weeks", "In 3 weeks is Tuesday, December 22."),
    ("what was the date 100 days ago", "100 days ago was Sunday, August 23."),   # (was "100 days ago was 100 days ago.")
    ("what day was it 2 weeks ago", "2 weeks ago was Tuesday, November 17."),
    ("what was the date a year ago", "A year ago was Monday, December 1, 2025."),
    ("how many days until my birthday on march 3", "Wednesday, March 3, 2027 is in 92 days."),   # (was muddled)
    ("when is mother's day", "Mother's day is Sunday, May 9, 2027."),   # the US date (the student: March 30)
    ("when is father's day", "Father's day is Sunday, June 20, 2027."),
    ("when is thanksgiving this year", "Thanksgiving this year was Thursday, November 26."),   # (was next year's)
    ("what is the day after tomorrow", "The day after tomorrow is Thursday, December 3."),
    ("when is easter", "Easter is Sunday, March 28, 2027."),
    ("when is thanksgiving", "Thanksgiving is Thursday, November 25, 2027."),
])
def test_the_date_asked_about(question, said):
    found = asked(question, TODAY)
    assert found is not None, question
    assert answer(found["kind"], found["when"], TODAY).speech == said


@pytest.mark.parametrize("question", ["what day is it", "what day is it today", "how many days until my birthday",
                                      "when is the next bus", "what is the date"])
def test_today_and_what_the_calendar_cannot_know_are_not_taken(question):
    assert asked(question, TODAY) is None


def test_easter_and_an_unknown_day():
    assert [easter(y) for y in (2024, 2025, 2026)] == [dt.date(2024, 3, 31), dt.date(2025, 4, 20), dt.date(2026, 4, 5)]
    with pytest.raises(SkillError):
        answer("until", "my birthday", TODAY)


def test_the_fast_path_answers_another_day_not_today():
    assert match("What day of the week was July 4th 1776?").name == "date_of"
    assert match("How long until Christmas?").name == "date_of"
    assert match("What day is it?").arguments == {"what": "weekday"}


def test_days_since_a_date_counts_back_to_the_last_one():
    # "How many days since January 1?" was muddled; "... since my birthday on March 3?" said today's date
    import datetime as dt

    from assistant.skills.date_math import days_since

    today = dt.date(2026, 12, 2)
    assert match("How many days since January 1?").arguments == {"since": "january 1", "in_weeks": False}
    assert match("How many days has it been since my birthday on March 3?").arguments["since"] == "march 3"
    assert match("How many weeks since Christmas?").arguments == {"since": "christmas", "in_weeks": True}
    assert days_since("january 1", today=today).speech == "It's been 335 days since January 1."
    assert days_since("the start of the year", today=today).data["days"] == 335
    assert days_since("christmas", True, today=today).speech == "It's been 48 weeks and 6 days since December 25, 2025."
    assert days_since("easter", today=today).data["since"] == "2026-04-05"
    assert days_since("yesterday", today=today).speech == "It's been 1 day since December 1."
    assert days_since("december 2", today=today).speech == "That's today."
    with pytest.raises(SkillError):
        days_since("december 25, 2026", today=today)    # still ahead


def test_hours_until_and_what_is_left_of_the_month_and_year():
    # "How many hours until Christmas?" listed the timers; "days left in this month" was 100-12, "weeks left in
    # the year" 49-18; "What day is Christmas on this year?" said today's date
    assert match("How many hours until Christmas?").arguments == {"kind": "hours_until", "when": "christmas"}
    said = answer("hours_until", "christmas", now=dt.datetime(2026, 12, 2, 1, 30))
    assert said.speech == "Christmas is about 550 hours away (22 days and 22 hours), on Friday, December 25."
    today = dt.date.today()
    month_end = asked("how many days are left in this month", today)
    assert answer(**month_end, today=today).data["date"][:7] == today.isoformat()[:7]
    assert asked("how many weeks are left in the year", today) == {"kind": "weeks_until", "when": "december 31"}
    assert match("What day is Christmas on this year?").arguments == {"kind": "weekday", "when": "christmas this year"}
