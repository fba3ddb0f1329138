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
    # years as people read them ("seventeen seventy-six"), not quantities
    ("July 4, 1776 was a Thursday.", "July 4, 17 76 was a Thursday."), ("It was built in 1889.", "It was built in 18 89."),
    ("In 1900, it was", "In 19 hundred, it was"), ("Born in 1905.", "Born in 19 oh 5."), ("By 2003.", "By 2003."),
    ("That costs 1776 dollars.", "That costs 1776 dollars."), ("in 1500 meters", "in 1500 meters"),
])
def test_speakable(text, expected):
    assert speakable(text) == expected
