"""Seasons, solstices and equinoxes ("What season is it?" got the weekday and a weather notice; "What's the
longest day of the year?" a made-up June 22). The instants are checked against the published ones (UTC,
to the minute: US Naval Observatory / timeanddate.com) and said on the local day of the hemisphere's zone."""

import datetime as dt
import zoneinfo

import pytest

from assistant.skills.intents import match
from assistant.skills.here import southern
from assistant.skills.seasons import event, instant, season_now, season_start

PUBLISHED = {   # year: March equinox, June solstice, September equinox, December solstice (UTC)
    2024: ["03-20 03:06", "06-20 20:51", "09-22 12:44", "12-21 09:21"],
    2025: ["03-20 09:01", "06-21 02:42", "09-22 18:19", "12-21 15:03"],
}


@pytest.mark.parametrize("year", PUBLISHED)
def test_the_instants_are_the_published_ones_within_two_minutes(year):
    for month, said in zip(("march", "june", "september", "december"), PUBLISHED[year]):
        published = dt.datetime.strptime(f"{year}-{said}", "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone.utc)
        assert abs((instant(month, year) - published).total_seconds()) <= 120, (year, month)


BERLIN = dt.datetime(2026, 12, 2, 12, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Berlin"))


def test_the_season_now_by_hemisphere():
    assert season_now(BERLIN, south=False).speech == "It's autumn, until winter begins on Monday, December 21."
    assert season_now(BERLIN, south=True).speech.startswith("It's spring in the Southern Hemisphere, until summer")
    assert "in the Northern Hemisphere" in season_now(BERLIN, south=None).speech   # unknown: said which one is meant
    assert season_now(BERLIN.replace(month=12, day=22), south=False).data["season"] == "winter"


def test_when_a_season_begins_and_the_longest_day():
    assert season_start("winter", BERLIN, south=False).speech == \
        "Winter begins on Monday, December 21, with the December solstice."
    assert season_start("fall", BERLIN, south=False).data["season"] == "autumn"
    longest = event("longest day", BERLIN, south=False)
    assert longest.speech.startswith("The longest day of the year is Monday, June 21, 2027: the June solstice, at ")
    assert event("longest day", BERLIN, south=True).data == event("winter solstice", BERLIN, south=False).data


def test_the_hemisphere_of_a_time_zone():
    assert southern("Australia/Sydney") is True and southern("Europe/Berlin") is False
    assert southern("Etc/UTC") is None and southern(None) is None


@pytest.mark.parametrize("text, name, arguments", [
    ("What season is it?", "season", {}), ("What season are we in?", "season", {}),
    ("When does winter start?", "season_start", {"season": "winter"}),
    ("What's the first day of spring?", "season_start", {"season": "spring"}),
    ("When is the first day of fall?", "season_start", {"season": "fall"}),
    ("What's the longest day of the year?", "solstice", {"which": "longest day"}),
    ("When is the summer solstice?", "solstice", {"which": "summer solstice"}),
    ("When is the spring equinox?", "solstice", {"which": "spring equinox"}),
])
def test_the_questions(text, name, arguments):
    intent = match(text)
    assert (intent.name, intent.arguments) == (name, arguments)


def test_a_bare_equinox_asks_which():
    assert match("When is the equinox?").name == "clarify"
