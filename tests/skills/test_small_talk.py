"""Small talk the student got wrong."""

import pytest

from assistant.skills.intents import match
from assistant.skills.registry import SkillSet


def test_a_joke_found_unfunny_is_taken_well():
    # "That's not funny." after a joke: the student called note_forget
    from assistant.skills.intents import match

    assert match("That's not funny.").arguments["kind"] == "unfunny"


@pytest.mark.parametrize("said, starts", [
    ("I'm stressed about work.", "I'm sorry it's a stressful time."),   # (the student: "I'm here to help. What can I do")
    ("I'm feeling sad.", "I'm sorry you're feeling down."),
    ("I feel lonely.", "I'm sorry you're feeling lonely."),
    ("I'm nervous about my exam.", "That's natural before something that matters."),
])
def test_a_feeling_is_answered_kindly(said, starts):
    intent = match(said)
    assert intent is not None and (intent.name, intent.arguments["kind"]) == ("small_talk", "feeling")
    assert SkillSet().call(intent.name, intent.arguments).speech.startswith(starts)
