"""Desktop how-tos said as commands the assistant cannot carry out itself (assistant/skills/desktop_help.py)."""

import pytest

from assistant.skills.desktop_help import desktop_help
from assistant.skills.intents import match


@pytest.mark.parametrize("text, topic", [
    ("Take a screenshot.", "screenshot"), ("Lock the screen.", "lock"), ("Empty the trash.", "trash"),
    ("Increase the brightness.", "brightness"), ("Shut down the computer.", "shut down"),
    ("Switch to dark mode.", "dark mode"), ("Turn on do not disturb.", "do not disturb"),
])
def test_a_command_it_cannot_do_is_said_and_explained(text, topic):
    # the student: "I can't take a screenshot." and nothing more; "Increase the brightness." a made-up call
    intent = match(text)
    assert intent.arguments == {"topic": topic, "commanded": True}
    said = desktop_help(**intent.arguments).speech
    assert said.startswith("I can't do that myself, but here's how. ") and len(said) > 60
    assert not desktop_help(topic).speech.startswith("I can't")     # asked how: just how


def test_free_space_is_the_disk():
    assert match("How much free space do I have?").arguments == {"what": "disk"}   # (the calculator: "1000 free space")
