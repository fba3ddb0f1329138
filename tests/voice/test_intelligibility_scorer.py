"""bench.voice's scorer: the same spoken words written another way are not errors; wrong words are."""

import pytest

from bench.voice import heard_error


@pytest.mark.parametrize("reply, heard", [
    ("It's 7:45 AM.", "It's 745am."), ("It's 12:30 PM on Monday.", "It's 12 30 p.m. on Monday."),
    ("It's 11:05 AM on Saturday.", "It's 11 o 5 a.m. on Saturday."), ("3 liters is 0.79 gallons.", "3L is 0.79 gallons."),
    ("Your train leaves at 8:40 in the morning.", "Your train leaves at 840 in the morning."),
    ("OK, the wifi password is on the fridge.", "Okay, the Wi-Fi password is on the fridge."),
    ("That's 1,250.", "That's 1250."), ("Today is the 3rd of March.", "Today is the third of March."),
])
def test_spellings_of_the_same_words(reply, heard):
    assert heard_error(reply, heard)[0] == 0


@pytest.mark.parametrize("reply, heard, errors, words", [
    ("Your train leaves at 8:40 in the morning.", "You're train leaves at 840 in the morning.", 1, 9),
    ("Your flight leaves at 6:15 in the evening.", "Your flight leaves at 6.50 in the evening.", 1, 9),
    ("An ant has six legs.", "and then has six legs.", 2, 5), ("It's 7:45 AM.", "It's 745pm.", 1, 4),
])
def test_wrong_words_count_once_each(reply, heard, errors, words):
    assert heard_error(reply, heard) == (errors, words)
