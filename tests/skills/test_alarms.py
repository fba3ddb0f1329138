"""Alarms and reminders at a clock time: read from the words, set for the next such time, run as timers that
say what they are for when they ring (real threading timers, a fixed "now")."""

import datetime as dt
import threading

import pytest

from assistant.skills.alarm_intents import asked
from assistant.skills.alarms import Alarms, clock_time, next_time
from assistant.skills.base import SkillError
from assistant.skills.intent import Intent
from assistant.skills.intents import match
from assistant.skills.timers import Timers

AFTERNOON = dt.datetime(2026, 12, 1, 13, 26, 30).astimezone()


@pytest.mark.parametrize("text, expected", [
    ("7:30", (7, 30, False)), ("seven thirty", (7, 30, False)), ("seven thirty pm", (19, 30, True)),
    ("half past seven", (7, 30, False)), ("quarter to eight in the morning", (7, 45, True)), ("noon", (12, 0, True)),
    ("19:45", (19, 45, True)), ("07:30", (7, 30, True)), ("6 in the morning", (6, 0, True)),
    ("eight at night", (20, 0, True)), ("ten oh five", (10, 5, False)), ("seven o'clock", (7, 0, False)),
    ("12 am", (0, 0, True)), ("nine forty-five", (9, 45, False)), ("20 past 6", (6, 20, False)),
    ("banana", None), ("25:00", None), ("10 minutes", None),
])
def test_a_time_on_the_clock_is_read(text, expected):
    assert clock_time(text) == expected


def test_the_next_such_time_without_am_or_pm_is_the_first_of_the_two():
    assert next_time(7, 30, False, AFTERNOON) == AFTERNOON.replace(hour=19, minute=30, second=0)
    assert next_time(7, 30, True, AFTERNOON) == (AFTERNOON + dt.timedelta(days=1)).replace(hour=7, minute=30, second=0)
    assert next_time(1, 0, False, AFTERNOON) == (AFTERNOON + dt.timedelta(days=1)).replace(hour=1, minute=0, second=0)


@pytest.mark.parametrize("text, expected", [
    ("set an alarm for 7:30", {"hour": 7.0, "minute": 30.0, "said_half": False}),
    ("wake me up at 7", {"hour": 7.0, "minute": 0.0, "said_half": True}),     # waking is in the morning
    ("remind me to take out the trash at 8 pm", {"hour": 20.0, "minute": 0.0, "said_half": True, "about": "take out the trash"}),
    ("remind me at noon to eat lunch", {"hour": 12.0, "minute": 0.0, "said_half": True, "about": "eat lunch"}),
    # "tomorrow" anywhere: that time tomorrow (the student had set a 6-minute timer named "the alarm")
    ("set an alarm for 6:30 tomorrow morning", {"hour": 6.0, "minute": 30.0, "said_half": True, "tomorrow": True}),
    ("set an alarm for tomorrow at 6", {"hour": 6.0, "minute": 0.0, "said_half": False, "tomorrow": True}),
    ("i need to wake up at 7", {"hour": 7.0, "minute": 0.0, "said_half": True}),
    ("i have to get up at 5:45 tomorrow", {"hour": 5.0, "minute": 45.0, "said_half": True, "tomorrow": True}),
    # a reminder set for a time, said either way round (the student set a 3-minute timer; a note)
    ("set a reminder for 3 pm to take my medicine", {"hour": 15.0, "minute": 0.0, "said_half": True,
                                                     "about": "take my medicine"}),
    ("remind me tomorrow at 9 to call the dentist", {"hour": 9.0, "minute": 0.0, "said_half": False,
                                                     "about": "call the dentist", "tomorrow": True}),
    ("remind me to call the dentist tomorrow at 9", {"hour": 9.0, "minute": 0.0, "said_half": False,
                                                     "about": "call the dentist", "tomorrow": True}),
    # "every day": a repeating alarm (the student set a 7-minute timer; then it rang once; test_alarm_store.py)
    ("set an alarm for 7 am every day", {"hour": 7.0, "minute": 0.0, "said_half": True, "repeat": "daily"}),
    ("set an alarm for 10 minutes from now", None),    # a length of time: a timer
    ("remind me to buy milk", None),                    # no time: a note
])
def test_the_request_is_read(text, expected):
    assert asked(text) == expected


def test_the_fast_path_sets_alarms_and_leaves_lengths_and_notes_alone():
    assert match("Set an alarm for seven thirty.").name == "alarm_set"
    assert match("Set an alarm for 10 minutes from now.").name == "timer_start"
    assert match("Remind me to buy milk.").name == "note_remember"
    assert match("Cancel my alarm.").arguments == {"name": "alarm"}
    # a reminder after a length of time, with what it is for: a timer that says so, not a note
    assert match("Remind me in 20 minutes to check the oven.") == Intent("reminder_in", {"seconds": 1200.0, "about": "check the oven"})
    assert match("Remind me to stretch in half an hour.") == Intent("reminder_in", {"seconds": 1800.0, "about": "stretch"})
    assert match("Remind me to check in with Bob.").name == "note_remember"


def test_a_reminder_after_a_length_of_time_rings_with_what_it_is_for():
    rang: list[tuple[str, str]] = []
    done = threading.Event()
    timers = Timers(lambda name, text: (rang.append((name, text)), done.set()))
    alarms = Alarms(timers)
    assert alarms.remind_in(1, "check the oven.").speech == "OK, I'll remind you to check the oven in 1 second."
    assert done.wait(3) and rang == [("reminder to check the oven", "Reminder: check the oven.")]
    alarms.remind_in(60, "stretch")
    with pytest.raises(SkillError, match="already a reminder to stretch"):
        alarms.remind_in(120, "stretch")
    timers.cancel("all")


def test_an_alarm_and_a_reminder_ring_with_what_they_are_for():
    rang: list[tuple[str, str]] = []
    done = threading.Event()
    timers = Timers(lambda name, text: (rang.append((name, text)), done.set()))
    now = dt.datetime(2026, 12, 1, 7, 29, 59, 500000).astimezone()   # half a second before 7:30
    alarms = Alarms(timers, now=lambda: now)
    said = alarms.set(7, 30, said_half=True)
    assert said.speech == "OK, alarm set for 7:30 AM, 1 minute from now."
    assert done.wait(3) and rang == [("7:30 am alarm", "It's 7:30 AM: your alarm.")]
    with pytest.raises(SkillError, match="There is already an alarm for 7:30 PM"):
        alarms.set(19, 30), alarms.set(19, 30)
    reminder = alarms.set(20, 0, about="take out the trash", said_half=True)
    assert reminder.speech == "OK, I'll remind you to take out the trash at 8:00 PM."
    assert timers.cancel("reminder").speech == "Cancelled the reminder to take out the trash."
    assert timers.cancel("alarm").speech == "Cancelled the 7:30 pm alarm."


def test_tomorrow_is_tomorrow_even_when_the_time_comes_round_today():
    # at 8 PM, "remind me tomorrow at 9" was the next 9 o'clock: 9 PM tonight
    timers = Timers()
    now = dt.datetime(2026, 12, 1, 20, 0).astimezone()
    alarms = Alarms(timers, now=lambda: now)
    assert alarms.set(9, 0, "call the dentist", tomorrow=True).speech == \
        "OK, I'll remind you to call the dentist at 9:00 AM tomorrow."
    assert alarms.set(3, 0, "pick up the kids", tomorrow=True).speech == \
        "OK, I'll remind you to pick up the kids at 3:00 PM tomorrow."   # 3 in the afternoon, not the night
    assert alarms.set(21, 0, said_half=True, tomorrow=True).speech == \
        "OK, alarm set for 9:00 PM tomorrow."   # 25 hours away ("I can only set alarms ... up to a day ahead")
    timers.cancel("all")


def test_a_time_that_is_not_on_the_clock_is_said_so():
    intent = match("Set an alarm for 25:00.")   # (the model started a 25-minute timer named "clock")
    assert (intent.name, intent.arguments["text"]) == ("clarify", "That isn't a time on the clock. Say, for example, "
                                                                  "seven thirty.")


def test_all_alarms_or_all_reminders_are_cancelled_and_the_timers_stay():
    from assistant.skills.registry import SkillSet

    skills = SkillSet()
    skills.alarms.set(7, 30, said_half=True)
    skills.alarms.set(20, 0, "call mom", said_half=True)
    skills.call("timer_start", {"seconds": 60, "name": "tea"})
    intent = match("Cancel all alarms.")   # (refused)
    assert skills.call(intent.name, intent.arguments).speech == "Cancelled the 7:30 am alarm."
    assert skills.call("timer_cancel", match("Cancel all my reminders").arguments).speech == \
        "Cancelled the reminder to call mom."
    assert [t["name"] for t in skills.timers.active()] == ["tea"]
    assert not skills.call("timer_cancel", {"name": "all alarms"}).ok
    skills.call("timer_cancel", {"name": "all"})
    assert match("Set a reminder for tomorrow.").name == "clarify"   # what and when are asked (was muddled)


def test_an_alarm_or_a_reminder_without_a_time_asks():
    # "Set an alarm." / "Remind me." got the model's "How many minutes should the timer be?"
    assert match("Set an alarm.").arguments["text"].startswith("What time should the alarm be?")
    assert match("Remind me.").arguments["text"].startswith("What should I remind you of, and when?")
