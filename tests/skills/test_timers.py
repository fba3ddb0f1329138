"""Pausing, resuming and adding time to timers, and two timers in one request (a new user asked for each:
"Add five minutes to the timer" started a second timer, "Pause the timer" was muddled, "a pasta timer for 9
minutes and an egg timer for 6 minutes" made one pasta timer of 15 minutes)."""

import threading
import time

import pytest

from assistant.skills.intents import match
from assistant.skills.registry import SkillSet


def _left(skills: SkillSet, name: str) -> float:
    return next(t["seconds_left"] for t in skills.timers.active() if t["name"] == name)


def test_added_time_moves_the_ring():
    rang = threading.Event()
    skills = SkillSet(on_timer=lambda name, text: rang.set())
    skills.call("timer_start", {"seconds": 0.4, "name": "tea"})
    said = skills.call("timer_add", {"seconds": 1.0})
    assert said.ok and said.speech.startswith("OK, 1 second more on the tea timer.")
    assert not rang.wait(0.8)          # it would have rung at 0.4 s
    assert rang.wait(2.0)              # and rings at 1.4 s


def test_a_paused_timer_keeps_its_time_and_never_rings_until_resumed():
    rang = threading.Event()
    skills = SkillSet(on_timer=lambda name, text: rang.set())
    skills.call("timer_start", {"seconds": 0.5, "name": "pasta"})
    assert "Paused the pasta timer" in skills.call("timer_pause", {}).speech
    left = _left(skills, "pasta")
    assert not rang.wait(0.8)
    assert _left(skills, "pasta") == left and skills.timers.active()[0]["paused"]
    assert "paused" in skills.call("timer_list", {}).speech
    assert "already paused" in skills.call("timer_pause", {"name": "pasta"}).speech
    assert skills.call("timer_add", {"seconds": 0.2}).ok            # more time while paused: still paused
    assert not rang.wait(0.4)
    assert "goes on" in skills.call("timer_resume", {}).speech
    assert rang.wait(2.0)
    assert skills.call("timer_list", {}).speech == "You have no timers or alarms."


def test_which_timer_is_asked_when_it_is_unclear():
    skills = SkillSet()
    skills.call("timer_start", {"seconds": 600, "name": "pasta"})
    skills.call("timer_start", {"seconds": 300, "name": "egg"})
    said = skills.call("timer_pause", {})
    assert not said.ok and said.speech.startswith("Which timer?")
    assert skills.call("timer_pause", {"name": "egg"}).ok
    assert skills.call("timer_resume", {}).ok                       # the only paused one
    assert not skills.call("timer_resume", {}).ok                   # none is paused now
    assert not skills.call("timer_add", {"seconds": 60, "name": "rice"}).ok
    skills.call("timer_cancel", {"name": "all"})
    assert not skills.call("timer_pause", {}).ok


def test_two_timers_in_one_request():
    skills = SkillSet()
    intent = match("Set a pasta timer for 9 minutes and an egg timer for 6 minutes.")
    said = skills.call(intent.name, intent.arguments)
    assert said.speech == "OK, pasta timer for 9 minutes and egg timer for 6 minutes."
    assert [t["name"] for t in skills.timers.active()] == ["egg", "pasta"]   # soonest first
    assert match("Which timer finishes first?").name == "timer_list"
    assert skills.call("timer_list", {}).speech.startswith("egg: ")
    skills.call("timer_cancel", {"name": "all"})


@pytest.mark.parametrize("text, name, arguments", [
    ("Add five minutes to the timer.", "timer_add", {"seconds": 300.0, "name": ""}),
    ("add 2 more minutes to my tea timer", "timer_add", {"seconds": 120.0, "name": "tea"}),
    ("give the timer 30 more seconds", "timer_add", {"seconds": 30.0, "name": ""}),
    ("5 more minutes on the egg timer", "timer_add", {"seconds": 300.0, "name": "egg"}),
    ("extend the timer by 10 minutes", "timer_add", {"seconds": 600.0, "name": ""}),
    ("Pause the timer.", "timer_pause", {"name": ""}), ("pause the pasta timer", "timer_pause", {"name": "pasta"}),
    ("Resume the timer", "timer_resume", {"name": ""}), ("start the timer again", "timer_resume", {"name": ""}),
    ("unpause the pasta timer", "timer_resume", {"name": "pasta"}),
    ("how many more minutes on the timer", "timer_list", {}),
    ("set a timer for 5 minutes and another timer for 10 minutes", "timers_start", {"names": ",", "lengths": "300,600"}),
    ("add a timer for 5 minutes", "timer_start", {"seconds": 300.0, "name": ""}),
])
def test_what_is_asked_of_a_timer(text, name, arguments):
    intent = match(text)
    assert (intent.name, intent.arguments) == (name, arguments)


def test_snooze_rings_the_last_one_again_with_its_message():
    rang: list[tuple[str, str]] = []
    done = threading.Event()
    skills = SkillSet(on_timer=lambda name, text: (rang.append((name, text)), done.set()))
    assert not skills.call("timer_snooze", {}).ok                    # nothing has rung
    skills.timers.start(0.2, "reminder to stretch", message="Reminder: stretch.")
    assert done.wait(2)
    done.clear()
    intent = match("Snooze.")                                        # (was "Sorry, I can't do that on this computer.")
    said = skills.call(intent.name, {"seconds": 0.3})
    assert said.ok and said.speech.startswith("OK, the reminder to stretch will ring again in")
    assert not skills.call("timer_snooze", {}).ok                    # snoozed already; nothing rang since
    assert done.wait(2) and rang == [("reminder to stretch", "Reminder: stretch.")] * 2
    assert skills.call("timer_snooze", {}).speech == "OK, the reminder to stretch will ring again in 5 minutes."
    skills.call("timer_cancel", {"name": "all"})


@pytest.mark.parametrize("text", ["What time is my alarm?", "When does my alarm go off?", "Is my alarm set?"])
def test_asking_about_the_alarm_lists_it(text):
    assert match(text).name == "timer_list"                          # (was the time now)


def test_snooze_is_read_with_its_length():
    assert match("snooze for 10 minutes").arguments == {"seconds": 600.0}
    assert match("Snooze it.").arguments == {"seconds": 300.0}


def test_the_time_left_on_one_timer():
    skills = SkillSet()
    skills.call("timer_start", {"seconds": 300, "name": "laundry"})
    skills.call("timer_start", {"seconds": 720, "name": "pizza"})
    intent = match("How much time is left on the laundry timer?")   # (was every timer)
    assert skills.call(intent.name, intent.arguments).speech in ("The laundry timer has 5 minutes left.",
                                                                "The laundry timer has 4 minutes and 59 seconds left.")
    assert not skills.call("timer_list", {"name": "rice"}).ok
    skills.call("timer_cancel", {"name": "all"})


def test_a_new_length_for_a_timer():
    rang = threading.Event()
    skills = SkillSet(on_timer=lambda name, text: rang.set())
    skills.call("timer_start", {"seconds": 60, "name": "tea"})
    assert skills.call("timer_change", {"seconds": 0.3}).speech == "OK, the tea timer is now 0 seconds."
    assert rang.wait(2)                                          # rings at its new length, not the old one
    assert not skills.call("timer_change", {"seconds": 60}).ok   # none left to change


def test_how_long_the_timer_has_been_running_lists_it():
    assert match("How long has the timer been running?").name == "timer_list"   # (muddled)


def test_another_timer_in_the_same_request():
    # "Set a timer for 3 minutes and another for 7 minutes." started one timer of 10 minutes
    for text in ("Set a timer for 3 minutes and another for 7 minutes.", "Set a timer for 3 minutes and another one for 7 minutes."):
        assert match(text).arguments == {"names": ",", "lengths": "180,420"}, text
    assert match("How many hours until Christmas?").name != "timer_list"   # (listed the timers)


def test_what_time_a_timer_goes_off():
    # "What time will it be done?" right after a timer: the model started another ("Sorry, I can't do that")
    skills = SkillSet()
    skills.call("timer_start", {"seconds": 1500, "name": ""})
    intent = match("What time will it be done?", "Set a timer for 25 minutes.")
    assert intent.name == "timer_list" and intent.arguments["at"] is True
    said = skills.call(intent.name, intent.arguments).speech
    assert said.startswith("The timer goes off at ") and said.endswith(", in 25 minutes.")
    assert match("When will the pasta timer be done?").arguments == {"name": "pasta", "at": True}
    skills.call("timer_cancel", {"name": "all"})


def test_the_second_timer_how_many_and_cancelling_many():
    skills = SkillSet()
    for seconds in (600, 900, 1200):
        skills.call("timer_start", {"seconds": seconds, "name": ""})
    assert match("How many timers do I have?").name == "timer_list"                      # (muddled)
    assert skills.call("timer_cancel", {"name": "second"}).speech == "Cancelled the timer 2."   # ("There is no second timer.")
    skills.call("timer_start", {"seconds": 60, "name": "laundry"})
    assert match("How long on the laundry?").arguments == {"name": "laundry"}             # (every timer)
    said = skills.call("timer_cancel", {"name": "all"}).speech
    assert said == "Cancelled all 3: timer, timer 3 and laundry timer."


def test_a_timer_is_renamed_and_an_alarm_is_not():
    """"Rename the laundry timer to dryer." and "Call it pasta instead." (the student said the timer was set again)."""
    from assistant.skills.registry import SkillSet

    skills = SkillSet()
    skills.call("timer_start", {"seconds": 1200.0, "name": "laundry"})
    assert skills.call("timer_rename", {"new": "dryer", "name": "laundry"}).speech == \
        "OK, the laundry timer is now the dryer timer."
    assert [t["name"] for t in skills.timers.active()] == ["dryer"]
    skills.call("alarm_set", {"hour": 7.0, "said_half": True})
    said = skills.call("timer_rename", {"new": "wake up", "name": "alarm"}).speech
    assert said.startswith("An alarm is called by its time.")
    skills.call("timer_cancel", {"name": "all"})


def test_cancelling_all_alarms_with_only_reminders_set_says_how_to_cancel_those():
    from assistant.skills.base import SkillError
    from assistant.skills.timers import Timers

    """("Cancel all my alarms." with a weekly reminder set: "There are no alarms to cancel.", and nothing more)"""
    timers = Timers(lambda name, text: None)
    timers.start(600, "reminder to call mom")
    with pytest.raises(SkillError, match='There is 1 reminder: say "cancel all my reminders" to cancel it.'):
        timers.cancel("all alarms")
    timers.cancel("all")
