"""The moon's phases and the sun's times (skills/sky.py, PyEphem). "When is the next full moon?" got "in the
month of January" (made up); sunrise and sunset could only be refused. Checked against published instants:
the full moon of 25 January 2024 at 17:54 UTC, and Berlin's sunrise and sunset on 2 December 2026 (7:55 and
15:55, timeanddate.com)."""

import datetime as dt
import zoneinfo

import pytest

from assistant.skills.intents import match
from assistant.skills.sky import next_phase, phase_now, sun

BERLIN = dt.datetime(2026, 12, 2, 9, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Berlin"))


def test_the_next_full_moon_is_the_published_one():
    at = dt.datetime.fromisoformat(next_phase("full", dt.datetime(2024, 1, 20, tzinfo=dt.timezone.utc)).data["at"])
    assert abs(at - dt.datetime(2024, 1, 25, 17, 54, tzinfo=dt.timezone.utc)) <= dt.timedelta(minutes=2)
    assert next_phase("full", BERLIN).speech.startswith("The next full moon is on Thursday, December 24, at ")


def test_the_phase_now_and_a_yes_or_no():
    said = phase_now(BERLIN)
    assert said.speech.startswith("The moon is a waning ") and 0 < said.data["lit_percent"] < 100
    assert phase_now(BERLIN, asked="full").speech.startswith("No: the moon is")
    full = dt.datetime.fromisoformat(next_phase("full", BERLIN).data["at"])
    assert phase_now(full.astimezone(BERLIN.tzinfo), asked="full").speech.startswith("Yes: the moon is full")


def test_sunrise_and_sunset_at_the_time_zones_place():
    said = sun("sunset", now=BERLIN, zone="Europe/Berlin")
    assert said.speech == "In Berlin, the sun sets at 3:55 PM today."
    assert said.data["sunrise"] == "2026-12-02T07:55+01:00"
    assert sun("daylight", "tomorrow", now=BERLIN, zone="Europe/Berlin").speech.startswith("In Berlin, tomorrow has 7 hours")
    assert sun("sunrise", now=BERLIN, zone="Antarctica/Vostok").speech == "In Vostok, the sun is up all day today: it doesn't set."


@pytest.mark.parametrize("text, name", [
    ("When is the next full moon?", "moon_next"), ("When's the new moon?", "moon_next"),
    ("What phase is the moon tonight?", "moon_phase"), ("Is there a full moon tonight?", "moon_phase"),
])
def test_the_moon_questions(text, name):
    assert match(text).name == name


def test_the_sun_is_said_for_a_known_zone_and_refused_for_none(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    assert match("What time is sunset?").arguments == {"which": "sunset", "day": "today"}
    assert match("When does the sun rise tomorrow?").arguments == {"which": "sunrise", "day": "tomorrow"}
    assert match("How many hours of daylight are there today?").arguments["which"] == "daylight"
    monkeypatch.setenv("TZ", "Etc/UTC")           # names no place: the offline notice, as before
    assert match("What time is sunset?").name == "offline_notice"
    assert match("How long is the day today?").name == "offline_notice"
