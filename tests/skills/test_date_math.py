"""Arithmetic on dates (assistant/skills/date_math.py), from a fixed today."""

import datetime as dt

import pytest

from assistant.skills.base import SkillError
from assistant.skills.date_math import age, days_between

TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize("start, end, weeks, said", [
    ("march 1", "april 15", False, "There are 45 days between March 1, 2027 and April 15, 2027."),
    ("december 20", "january 5", False, "There are 16 days between December 20 and January 5, 2027."),
    ("today", "christmas", False, "There are 24 days between December 1 and December 25."),
    ("july 4 1776", "july 4 2026", False, "There are 91,310 days between July 4, 1776 and July 4, 2026."),
    ("january 1", "december 25", True, "There are 51 weeks and 1 day between January 1, 2027 and December 25, 2027."),
])
def test_days_between(start, end, weeks, said):
    assert days_between(start, end, weeks, today=TODAY).speech == said


def test_an_age():
    assert age("1990", today=TODAY).speech == \
        "Someone born in 1990 turns 36 this year: 35 before the birthday, 36 after it."   # the student: "That's 0."
    assert age("march 3 1990", today=TODAY).speech == "36 years old."
    assert age("december 25 1990", today=TODAY).speech == "35 years old."
    for bad in ("3000", "march 3"):
        with pytest.raises(SkillError):
            age(bad, today=TODAY)
