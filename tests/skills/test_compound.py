"""Requests said together ("What time is it and what's the date?"): each part answered, in order. The
matchers read a whole with one pattern and dropped the rest ("What is 5 plus 5 and what is 10 times 3?" was
5+5+10*3 = 35; "Set an alarm for 7 am and remind me to call mom in 10 minutes" became a note)."""

import pytest

from assistant.skills.compound import parts, requests, said_together
from assistant.skills.registry import SkillSet


@pytest.mark.parametrize("text, names", [
    ("What time is it and what's the date?", ["clock", "clock"]),
    ("What is 5 plus 5 and what is 10 times 3?", ["calculator", "calculator"]),
    ("Set an alarm for 7 am and remind me to call mom in 10 minutes", ["alarm_set", "reminder_in"]),
    ("Set a timer for 5 minutes. What's the weather like?", ["timer_start", "offline_notice"]),
    ("Tell me a joke and then set a timer for 5 minutes.", ["small_talk", "timer_start"]),
    ("Convert 5 miles to kilometers and 10 pounds to kilograms.", ["convert_units", "convert_units"]),
    ("What's the capital of Peru and what's its population?", ["lookup_fact", "lookup_fact"]),   # the second reads the first
    ("Start a stopwatch and set a timer for one minute.", ["stopwatch", "timer_start"]),
])
def test_each_request_said_together_is_answered(text, names):
    found = requests(text)
    assert [i.name for i in found] == names
    if names == ["calculator", "calculator"]:
        assert [i.arguments["expression"] for i in found] == ["5+5", "10*3"]
    if names[0] == "lookup_fact":
        assert found[1].arguments == {"subject": "Peru", "fact": "population"}


@pytest.mark.parametrize("text", [
    "What is the difference between a frog and a toad?",      # no request starts after "and"
    "Add eggs and milk to my shopping list.",
    "How do I boil an egg and how long does it take?",        # a part the fast path does not know: the model's
    "What's 2 and 2?",
])
def test_a_single_request_with_and_in_it_stays_whole(text):
    found = requests(text)
    assert found is None or len(found) == 1


def test_a_timer_with_a_reminder_is_one_request():
    [one] = requests("Set a timer for 10 minutes and remind me to check the oven.")
    assert one.name == "reminder_in" and one.arguments["about"] == "check the oven"


def test_parts_and_the_joined_answer():
    assert parts("Flip a coin and roll a die.") == ["Flip a coin", "roll a die."]
    assert parts("One thing only") == ["One thing only"]
    assert said_together(["I'm offline.", "It's 2 PM.", "I'm offline."]) == "I'm offline. It's 2 PM."


def test_every_part_runs(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    skills = SkillSet()
    speeches = [skills.call(i.name, i.arguments).speech for i in requests("Spell cat and define dog.")]
    assert speeches[0] == "Cat: C, A, T." and "dog" in speeches[1].lower()


def test_a_second_request_said_short_repeats_the_first():
    assert parts("What's the time in Tokyo and in New York?") == ["What's the time in Tokyo", "What's the time in New York?"]
    found = requests("What's the capital of France and of Spain?")
    assert [i.arguments["subject"] for i in found] == ["France", "Spain"]
    # the time here was said for the first (the clock's pattern read the whole)
    assert [i.name for i in requests("What's the time in Tokyo and in New York?")] == ["time_in", "time_in"]


@pytest.mark.parametrize("text", ["How many days until Christmas and how many until New Year?",
                                  "How many days until Christmas and until New Year?"])
def test_a_second_request_that_leaves_words_out_takes_them_from_the_first(text):
    # "how many until New Year" alone is no request (the whole was read as "what's the date")
    assert [(i.name, i.arguments["when"]) for i in requests(text)] == [("date_of", "christmas"), ("date_of", "new year")]


def test_cancel_one_and_set_a_new_one():
    assert [(i.name, i.arguments) for i in requests("Turn off the timer and set a new one for 5 minutes.")] == \
        [("timer_cancel", {"name": ""}), ("timer_start", {"seconds": 300.0, "name": ""})]


def test_one_reminder_at_two_times_is_two_reminders():
    """"Remind me to take my pills at 8 am and 8 pm." was kept as one note, which never rang."""
    from assistant.skills.compound import requests

    found = requests("Remind me to take my pills at 8 am and 8 pm.")
    assert [(i.name, i.arguments["hour"], i.arguments["about"]) for i in found] == \
        [("alarm_set", 8.0, "take my pills"), ("alarm_set", 20.0, "take my pills")]
