"""The time somewhere else, from the real time zone database (zoneinfo) and CLDR's country zones (babel)."""

import datetime as dt

import pytest

from assistant.skills.base import SkillError
from assistant.skills.intents import match
from assistant.skills.world_clock import tell, tell_date

NOON_UTC = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.timezone.utc)   # a Tuesday


@pytest.mark.parametrize("place, said", [
    ("Tokyo", "In Tokyo it's 9:00 PM, 9 hours ahead of you."),
    ("new york", "In New York it's 7:00 AM, 5 hours behind you."),
    ("Beijing", "In Beijing it's 8:00 PM, 8 hours ahead of you."),                 # filed under Shanghai
    ("India", "In India it's 5:30 PM, 5 hours and 30 minutes ahead of you."),    # a country with one zone
    ("Kathmandu", "In Kathmandu it's 5:45 PM, 5 hours and 45 minutes ahead of you."),
    ("Canada", "In Ottawa, the capital of Canada, it's 7:00 AM, 5 hours behind you."),   # several zones
    ("Honolulu", "In Honolulu it's 2:00 AM, 10 hours behind you."),
    ("Auckland", "In Auckland it's 1:00 AM on Wednesday, 13 hours ahead of you."),   # already tomorrow
    ("the UK", "In the UK it's 12:00 PM, the same time as here."),
])
def test_the_time_there(place, said):
    assert tell(place, "12h", here=NOON_UTC).speech == said


def test_the_24_hour_clock_and_an_unknown_place():
    assert tell("Paris", "24h", here=NOON_UTC).speech == "In Paris it's 13:00, 1 hour ahead of you."
    with pytest.raises(SkillError, match="I don't know the time zone of Atlantis"):
        tell("Atlantis", "12h", here=NOON_UTC)


@pytest.mark.parametrize("text, place", [
    ("What time is it in Tokyo?", "tokyo"), ("What's the time in New York right now?", "new york"),
    ("Time in Paris?", "paris"), ("What time is it in my dreams?", None),
])
def test_the_question_is_read_and_the_time_here_is_not_given_instead(text, place):
    intent = match(text)
    if place is None:
        assert intent is None or intent.name != "time_in"
    else:
        assert intent.name == "time_in" and intent.arguments == {"place": place}
    assert match("What time is it?").name == "clock"


@pytest.mark.parametrize("place, said", [
    ("Tokyo", "In Tokyo it's Tuesday, December 1, the same day as here."),
    ("Auckland", "In Auckland it's Wednesday, December 2, a day ahead of here."),
    ("Honolulu", "In Honolulu it's Tuesday, December 1, the same day as here."),
])
def test_the_date_there(place, said):
    assert tell_date(place, here=NOON_UTC).speech == said
    late = dt.datetime(2026, 12, 1, 20, 0, tzinfo=dt.timezone.utc)
    assert tell_date("Tokyo", here=late).speech == "In Tokyo it's Wednesday, December 2, a day ahead of here."
    with pytest.raises(SkillError):
        tell_date("Atlantis", here=NOON_UTC)


@pytest.mark.parametrize("text, said", [
    # (was the time here: "It's 9:56 PM.")
    ("What's the time difference between New York and Tokyo?", "Tokyo is 14 hours ahead of New York right now."),
    ("time difference between Tokyo and New York", "New York is 14 hours behind Tokyo right now."),
    ("how many hours ahead is India from London", "India is 5 hours and 30 minutes ahead of London right now."),
    ("what is the time difference between Paris and Berlin", "Berlin has the same time as Paris right now."),
])
def test_the_time_difference_between_two_places(text, said):
    from assistant.skills.world_clock import difference

    intent = match(text)
    assert intent is not None and intent.name == "time_difference", text
    assert difference(**intent.arguments, now=NOON_UTC).speech == said


def test_summer_time_in_july_not_in_december():
    # New York moves its clock in March and November: 5 hours behind London in December, 5 in July too, but
    # 4 hours between the two changes (2 weeks in March): a difference is said for "right now"
    from assistant.skills.world_clock import difference

    march = dt.datetime(2026, 3, 20, 12, 0, tzinfo=dt.timezone.utc)
    assert difference("london", "new york", now=march).speech == "New York is 4 hours behind London right now."
    assert difference("london", "new york", now=NOON_UTC).speech == "New York is 5 hours behind London right now."
    assert match("Is it daylight saving time?").name == "daylight_saving"
    assert match("Are we on daylight saving time now?").name == "daylight_saving"


@pytest.mark.parametrize("text, said", [
    ("What's 6 am in Tokyo time?", "6:00 AM here is 3:00 PM in Tokyo."),   # (the student: "12 pm"; here is UTC in tests)
    ("If it's 3 pm in London, what time is it in New York?", "3:00 PM in London is 10:00 AM in New York."),
    ("what is 9:30 pm here in sydney", "9:30 PM here is 8:30 AM the next day in Sydney."),
])
def test_a_time_said_in_another_place(text, said):
    from assistant.skills.world_clock import time_there

    intent = match(text)
    assert intent is not None and intent.name == "time_there", text
    assert time_there(**intent.arguments, today=NOON_UTC).speech == said


@pytest.mark.parametrize("zone, when, said", [
    ("Europe/Berlin", "end", "Daylight saving time ends on Sunday, October 31, 2027: the clocks go back an hour in the night."),
    ("America/New_York", "start", "Daylight saving time starts on Sunday, March 14, 2027: the clocks go forward an hour "
                                  "in the night."),
    ("Australia/Sydney", "change", "Daylight saving time ends on Sunday, April 4, 2027: the clocks go back an hour in "
                                   "the night."),
    ("Asia/Tokyo", "end", "Your time zone doesn't change its clocks: there is no daylight saving time here."),
])
def test_when_the_clocks_change_here(monkeypatch, zone, when, said):
    """"When does daylight saving time end?" (the student: "Dawn saving time ends at 11:59 AM."): the next change of
    this computer's zone, found in the time zone database (from December 2, 2026)."""
    import datetime as dt

    from assistant.skills import world_clock

    monkeypatch.setenv("TZ", zone)
    real = world_clock._transitions
    monkeypatch.setattr(world_clock, "_transitions",
                        lambda z, start, days=400: real(z, dt.datetime(2026, 12, 2, tzinfo=dt.timezone.utc), days))
    assert world_clock.daylight_saving(when).speech == said


def test_a_places_time_zone():
    """"What time zone is Chicago in?" (the student: "the Eastern Time Zone")."""
    from assistant.skills.world_clock import time_zone

    said = time_zone("chicago").speech
    assert said in ("Chicago is in the America/Chicago time zone: CST, UTC minus 6 right now.",
                    "Chicago is in the America/Chicago time zone: CDT, UTC minus 5 right now.")
    assert time_zone("india").speech == "India is in the Asia/Kolkata time zone: IST, UTC plus 5:30 right now."
