"""The clock follows the locale's conventions (CLDR through babel), worded in English."""

import datetime as dt

import pytest

from assistant.skills import clock

FIXED = dt.datetime(2026, 11, 28, 14, 5, tzinfo=dt.timezone.utc)


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: FIXED)


@pytest.mark.parametrize("locale, fmt, time_said, date_said", [
    ("en_US", "auto", "It's 2:05 PM.", "It's Saturday, November 28, 2026."),
    ("en_GB", "auto", "It's 14:05.", "It's Saturday, 28 November 2026."),
    ("de_DE", "auto", "It's 14:05.", "It's Saturday, 28 November 2026."),
    ("en_US", "24h", "It's 14:05.", "It's Saturday, November 28, 2026."),
    ("en_GB", "12h", "It's 2:05 PM.", "It's Saturday, 28 November 2026."),
    ("xx_YY", "auto", "It's 2:05 PM.", "It's Saturday, November 28, 2026."),
])
def test_locale_conventions(locale, fmt, time_said, date_said):
    assert clock.tell("time", fmt, locale).speech == time_said
    assert clock.tell("date", fmt, locale).speech == date_said
    assert clock.tell("weekday", fmt, locale).speech == "It's Saturday."


@pytest.mark.parametrize("env, expected", [({"LANG": "C.UTF-8"}, "en_US"), ({"LANG": "de_DE.UTF-8"}, "de_DE"),
                                           ({"LANG": "fr_FR.UTF-8", "LC_TIME": "en_GB.UTF-8"}, "en_GB"), ({}, "en_US")])
def test_locale_from_environment(monkeypatch, env, expected):
    for var in ("LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert clock.locale_name() == expected


def test_setting_reaches_the_skill():
    from assistant.skills.registry import SkillSet

    fmt = ["12h"]
    skills = SkillSet(clock_format=lambda: fmt[0])
    assert skills.call("clock", {"what": "time"}).speech == "It's 2:05 PM."
    fmt[0] = "24h"
    assert skills.call("clock", {"what": "time"}).speech == "It's 14:05."


def test_the_time_and_the_date_together():
    # "What's the time and the date?" said the time only
    from assistant.skills.intents import match

    for text in ("What's the time and the date?", "What's the date and time?"):
        assert match(text).arguments == {"what": "date_and_time"}, text
    speech = clock.tell("date_and_time", "12h", "en_US").speech
    assert speech.startswith("It's ") and " on " in speech and str(clock.now().year) in speech
