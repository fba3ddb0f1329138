"""How long until a time of day (assistant/skills/time_until.py), from a fixed "now"."""

import datetime as dt

import pytest

from assistant.skills.base import SkillError
from assistant.skills.time_until import time_after, time_until

NOW = dt.datetime(2026, 12, 1, 19, 16, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("at, said", [
    ("midnight", "It's 4 hours and 44 minutes until midnight."),
    ("noon", "It's 16 hours and 44 minutes until noon."),
    ("5 pm", "It's 21 hours and 44 minutes until 5:00 PM tomorrow."),
    ("7 tonight", "It's 23 hours and 44 minutes until 7:00 PM tomorrow."),
    ("9:30", "It's 2 hours and 14 minutes until 9:30 PM."),          # no half of the day said: the next 9:30
    ("half past seven", "It's 14 minutes until 7:30 PM."),
])
def test_the_time_left_is_said(at, said):
    assert time_until(at, now=lambda: NOW).speech == said


def test_a_time_that_is_none_is_said_so():
    with pytest.raises(SkillError):
        time_until("the meeting", now=lambda: NOW)


@pytest.mark.parametrize("after, said", [
    ("2 hours", "In 2 hours it will be 9:16 PM."),
    ("15 minutes", "In 15 minutes it will be 7:31 PM."),
    ("5 hours", "In 5 hours it will be 12:16 AM tomorrow."),
])
def test_the_clock_after_a_length_of_time(after, said):
    assert time_after(after, now=lambda: NOW).speech == said
