"""Alarms and reminders kept on disk (assistant/skills/alarm_store.py, alarms.Alarms with a store): they outlive
the process that set them, repeat, ring once wherever several processes watch, and one due while the app was
closed is said when it starts. Before: "Remind me to take out the trash tomorrow at 8 pm." -> "I can only set
alarms and reminders up to a day ahead"; "every weekday" -> "It rings once: I can't repeat alarms yet."; and an
alarm set by `assistant ask` was gone when that process ended."""

import datetime as dt
import json
import threading
import time

import pytest

from assistant.skills.alarm_store import new_record, next_ring
from assistant.skills.alarm_intents import asked
from assistant.skills.alarms import Alarms
from assistant.skills.timers import Timers


def _now():
    return dt.datetime.now().astimezone()


def _alarms(path, rang, who="A", now=_now):
    return Alarms(Timers(lambda name, text: rang.append((who, name, text))), now=now, store=path)


def _on_file(path):
    return json.loads(path.read_text())["alarms"] if path.exists() else []


def _put(path, record):
    path.write_text(json.dumps({"version": 1, "alarms": _on_file(path) + [record]}))


@pytest.mark.parametrize("text, repeat", [
    ("Set an alarm for 7 am every day.", "daily"), ("Wake me up every weekday at 6:30.", "weekdays"),
    ("Set an alarm for 6:30 am on weekdays.", "weekdays"), ("Set an alarm for 9 am every Monday.", "monday"),
    ("Remind me to water the plants at 6 pm on Sundays.", "sunday"), ("Set an alarm for 10 am every weekend.", "weekends"),
])
def test_a_repeat_is_read(text, repeat):
    from assistant.skills.intents import match
    intent = match(text)
    assert intent.name == "alarm_set" and intent.arguments["repeat"] == repeat


def test_every_evening_is_in_the_evening():
    assert asked("remind me to take my pills every evening at 8") == {
        "hour": 20.0, "minute": 0.0, "said_half": True, "about": "take my pills", "repeat": "daily"}


def test_next_ring_skips_the_days_it_does_not_ring_on():
    wednesday_7 = dt.datetime(2026, 12, 2, 7, 0).astimezone()
    friday_evening = dt.datetime(2026, 12, 4, 20, 0).astimezone()
    assert next_ring(wednesday_7, "weekdays", friday_evening).strftime("%A %H:%M") == "Monday 07:00"
    assert next_ring(wednesday_7, "weekends", wednesday_7).strftime("%A %d") == "Saturday 05"
    assert next_ring(wednesday_7, "daily", wednesday_7 - dt.timedelta(hours=1)) == wednesday_7


def test_a_reminder_for_tomorrow_evening_is_set_and_kept(tmp_path):
    path, rang = tmp_path / "alarms.json", []
    morning = dt.datetime(2026, 12, 2, 6, 0).astimezone()
    said = _alarms(path, rang, now=lambda: morning).set(20, 0, about="take out the trash", tomorrow=True).speech
    assert said == "OK, I'll remind you to take out the trash at 8:00 PM tomorrow."
    assert [(r["name"], r["at"][:16]) for r in _on_file(path)] == [("reminder to take out the trash", "2026-12-03T20:00")]
    # another process (the window after `assistant ask`) has it too: listed, and cancelled there for good
    timers = Timers()
    Alarms(timers, now=lambda: morning, store=path)
    assert timers.list().speech == "A reminder to take out the trash at 8:00 PM tomorrow."
    timers.cancel("reminder to take out the trash")
    assert _on_file(path) == []


def test_an_alarm_set_by_another_process_rings_once_where_it_is_watched(tmp_path):
    path, rang = tmp_path / "alarms.json", []
    watchers = [_alarms(path, rang, "A"), _alarms(path, rang, "B")]
    soon = _now() + dt.timedelta(seconds=1.5)
    _put(path, new_record("reminder to stretch", soon, message="Reminder: stretch."))   # `assistant ask` wrote it
    for w in watchers:
        w._sync()   # what the watch thread does every few seconds
    time.sleep(2.5)
    assert [(name, text) for _, name, text in rang] == [("reminder to stretch", "Reminder: stretch.")]
    assert _on_file(path) == []


def test_a_repeating_alarm_is_set_again_after_it_rings(tmp_path):
    path, rang = tmp_path / "alarms.json", []
    alarms = _alarms(path, rang)
    soon = (_now() + dt.timedelta(seconds=1.5)).replace(microsecond=0)
    _put(path, new_record("7:00 am alarm", soon, repeat="daily", message="It's 7:00 AM: your alarm."))
    alarms._sync()
    time.sleep(2.5)
    assert len(rang) == 1
    (record,) = _on_file(path)
    assert dt.datetime.fromisoformat(record["at"]) == soon + dt.timedelta(days=1)
    assert alarms.timers.list().data[0]["seconds_left"] > 23 * 3600
    assert alarms.timers.list().speech.startswith("An alarm at ") and alarms.timers.list().speech.endswith(", every day.")


def test_what_came_due_while_the_app_was_closed_is_said_when_it_starts(tmp_path):
    path, rang = tmp_path / "alarms.json", []
    _put(path, new_record("reminder to call mom", _now() - dt.timedelta(hours=1), message="Reminder: call mom.",
                          about="call mom"))
    _put(path, new_record("7:00 am alarm", _now() - dt.timedelta(days=2), message="It's 7:00 AM: your alarm."))
    _alarms(path, rang).watch()
    time.sleep(1.5)
    assert len(rang) == 1 and rang[0][2].startswith("While I was closed, a reminder to call mom came due at ")
    assert _on_file(path) == []   # both taken off: the old one without a word


def test_an_unreadable_file_is_put_aside_and_the_person_told(tmp_path):
    path, rang = tmp_path / "alarms.json", []
    path.write_text("{not json")
    said = _alarms(path, rang).set(7, 0, said_half=True).speech
    assert said.startswith("Your alarms file could not be read, so I put it aside as alarms.json.bad-")
    assert said.endswith("OK, alarm set for 7:00 AM" + said.split("OK, alarm set for 7:00 AM", 1)[1])
    assert list(tmp_path.glob("alarms.json.bad-*")) and len(_on_file(path)) == 1


def test_without_a_store_a_repeating_alarm_still_repeats():
    rang, clock = [], [dt.datetime(2026, 12, 2, 6, 0).astimezone()]
    alarms = Alarms(Timers(lambda name, text: rang.append(name)), now=lambda: clock[0])
    record = new_record("7:00 am alarm", clock[0] + dt.timedelta(seconds=1), repeat="weekdays", message="Up!")
    alarms._arm(record, seconds=0.5)
    done = threading.Event()
    threading.Timer(1.2, done.set).start()
    done.wait()
    assert rang == ["7:00 am alarm"]
    (left,) = alarms.timers.list().data   # Thursday 6:00:01 AM, a day after Wednesday's
    assert 24 * 3600 - 5 < left["seconds_left"] <= 24 * 3600 + 1


def test_an_alarm_moved_to_a_new_time_replaces_the_old_one(tmp_path):
    """"Set an alarm for 7." then "Actually make it 7:30." (the model started a 7-minute timer): one alarm, at 7:30."""
    path, rang = tmp_path / "alarms.json", []
    alarms = _alarms(path, rang, now=lambda: dt.datetime(2026, 12, 2, 5, 0).astimezone())
    alarms.set(7, 0)
    said = alarms.set(7, 30, replaces="7:00 am alarm").speech
    assert said.startswith("OK, alarm set for 7:30 AM")
    assert [r["name"] for r in _on_file(path)] == ["7:30 AM alarm"]
    assert alarms.timers.list().speech == "An alarm at 7:30 AM today."


def test_a_reminder_on_a_day_of_the_week(tmp_path):
    """"Remind me to call the dentist on Monday at 9." was saved as a note, and never rang."""
    path, rang = tmp_path / "alarms.json", []
    wednesday = dt.datetime(2026, 12, 2, 10, 0).astimezone()
    alarms = _alarms(path, rang, now=lambda: wednesday)
    assert alarms.set(9, 0, about="call the dentist", day="monday").speech == \
        "OK, I'll remind you to call the dentist at 9:00 AM on Monday."
    assert alarms.set(3, 0, about="call mom", day="friday").speech == "OK, I'll remind you to call mom at 3:00 PM on Friday."
    assert alarms.set(9, 0, said_half=True, day="wednesday").speech == "OK, alarm set for 9:00 AM on Wednesday."   # a week on
    assert [r["at"][:16] for r in _on_file(path)] == ["2026-12-07T09:00", "2026-12-04T15:00", "2026-12-09T09:00"]


def test_a_reminder_days_ahead_after_a_length_of_time(tmp_path):
    """"Remind me in 2 days to call grandma." (the student: a "timer" of 2 minutes and "when you get home"): kept on file,
    at that time of day, or that day's morning when it would fall in the night."""
    path, rang = tmp_path / "alarms.json", []
    evening = dt.datetime(2026, 12, 2, 18, 30).astimezone()
    alarms = _alarms(path, rang, now=lambda: evening)
    assert alarms.remind_in(2 * 86400, "call grandma").speech == \
        "OK, I'll remind you to call grandma on Friday, December 4, at 6:30 PM."
    assert alarms.remind_in(30 * 3600, "check the mail").speech == \
        "OK, I'll remind you to check the mail on Friday, December 4, at 9:00 AM."   # (12:30 AM: in the night)
    assert [r["at"][:16] for r in _on_file(path)] == ["2026-12-04T18:30", "2026-12-04T09:00"]


@pytest.mark.parametrize("text", ["Remind me when it's Monday.", "Remind me on Friday."])
def test_a_day_without_what_to_remind_of_sets_nothing(text):
    """(a day said alone: no reminder "to when it's" at 9 AM; "Monday" is no length of time either)"""
    from assistant.skills.intents import match

    assert getattr(match(text), "name", None) not in ("alarm_set", "timer_start")


def test_two_alarms_of_one_name_on_file_do_not_stop_the_app(tmp_path):
    """Two processes writing "7:00 am alarm" at once leave two records of one name: the app still starts."""
    path, rang = tmp_path / "alarms.json", []
    soon = _now() + dt.timedelta(hours=1)
    _put(path, new_record("7:00 am alarm", soon, message="Up!"))
    _put(path, new_record("7:00 am alarm", soon, message="Up!"))
    alarms = _alarms(path, rang)
    alarms._sync()
    assert [t["name"] for t in alarms.timers.active()] == ["7:00 am alarm"]


def test_my_alarm_changed_to_a_new_time_is_the_one_alarm_moved(tmp_path):
    """"Change my alarm to 7:15." (the student: "Sorry, I can't help with that."): the one alarm there is, moved, in
    its half of the day (a 6:15 AM alarm becomes 7:15 AM, not the next 7:15, tonight's); with two, which one."""
    from assistant.skills.intents import match

    path, rang = tmp_path / "alarms.json", []
    alarms = _alarms(path, rang, now=lambda: dt.datetime(2026, 12, 2, 9, 0).astimezone())
    alarms.set(6, 15, said_half=True)
    intent = match("Change my alarm to 7:15.")
    assert (intent.name, intent.arguments) == ("alarm_set", {"hour": 7.0, "minute": 15.0, "said_half": False,
                                                             "replaces": "alarm"})
    assert alarms.set(**intent.arguments).speech.startswith("OK, alarm set for 7:15 AM tomorrow")
    assert [r["name"] for r in _on_file(path)] == ["7:15 AM alarm"]
    alarms.set(21, 0, said_half=True)
    with pytest.raises(Exception, match="Which alarm: the 7:15 AM or 9:00 PM one?"):
        alarms.set(**match("Move my alarm to 8.").arguments)


def test_the_calendar_asked_for_is_the_alarms_and_reminders(tmp_path):
    """"What's on my calendar today?" (the student: "I'm on my calendar for a meeting."): there is none; what is kept is."""
    from assistant.skills.alarms import agenda

    path, rang = tmp_path / "alarms.json", []
    alarms = _alarms(path, rang, now=lambda: dt.datetime(2026, 12, 2, 9, 0).astimezone())
    assert agenda(alarms.timers).speech.startswith("I don't keep a calendar, and no alarms or reminders are set.")
    alarms.set(15, 0, about="about the meeting with tom", tomorrow=True)
    assert agenda(alarms.timers).speech == \
        "I don't keep a calendar, but I'll remind you: a reminder about the meeting with tom at 3:00 PM tomorrow."
