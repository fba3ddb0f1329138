"""The person's words said back (skills/said_back.py): "remind me to take my vitamins" was confirmed "I'll remind you to
take my vitamins"; what is kept (a reminder's name) stays in the person's words, so "cancel the reminder to take my
vitamins" still finds it."""

import pytest

from assistant.skills.intents import match
from assistant.skills.registry import SkillSet
from assistant.skills.said_back import to_you


@pytest.mark.parametrize("said, back", [
    ("take my vitamins", "take your vitamins"), ("call me back", "call you back"), ("check if I'm free", "check if you're free"),
    ("tell Sam I am late", "tell Sam you are late"), ("water the plants", "water the plants"),
    ("pick up mine and Sam's coats", "pick up yours and Sam's coats"), ("buy milk, i think", "buy milk, you think"),
])
def test_to_you(said, back):
    assert to_you(said) == back


def test_a_reminder_is_said_back_and_cancelled_in_the_persons_words(tmp_path):
    skills = SkillSet(alarms_file=tmp_path / "alarms.json")
    set_it = match("Remind me in 10 minutes to check my email.")
    assert skills.call(set_it.name, set_it.arguments).speech == "OK, I'll remind you to check your email in 10 minutes."
    listed = match("What are my timers?")   # (was a note looked up: "I have no note about your timers.")
    assert listed.name == "timer_list"
    assert skills.call(listed.name, listed.arguments).speech == "The reminder to check your email has 10 minutes left."
    cancel = match("Cancel the reminder to check my email.")   # (was the offline notice: "I can't check your email")
    assert skills.call(cancel.name, cancel.arguments).speech == "Cancelled the reminder to check your email."
