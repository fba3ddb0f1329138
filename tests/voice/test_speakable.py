import pytest

from assistant.voice.speakable import speakable


@pytest.mark.parametrize("text, expected", [
    ("**Paris** is the capital.", "Paris is the capital."),
    ("# Answer\nIt is *sunny*.", "Answer. It is sunny."),
    ("- eggs\n- milk", "eggs. milk"),
    ("1. Boil water\n2. Add pasta", "Boil water. Add pasta"),
    ("See [the docs](https://example.org) now", "See the docs now"),
    ("Go to https://example.org for more", "Go to a link for more"),
    ("Use `ls` to list", "Use ls to list"),
    ("Salt & pepper 😀", "Salt and pepper"),
    ("```\ncode\n```", ""),
    ("***", ""),
    ("It's 14:05.", "It's 14 oh 5."), ("It's 2:30 PM.", "It's 2 30 PM."), ("It's 09:00.", "It's 9 o'clock."),
    ("It's 18:00.", "It's 18 hundred."), ("It's 12:00 AM.", "It's 12 AM."),
])
def test_speakable(text, expected):
    assert speakable(text) == expected
