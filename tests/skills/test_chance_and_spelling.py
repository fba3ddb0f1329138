"""Coins, dice and random numbers (the system's random source: checked by range and by spread), and spelling."""

import pytest

from assistant.skills.base import SkillError
from assistant.skills.chance import flip, pick, roll
from assistant.skills.intents import match
from assistant.skills.spelling import spell


@pytest.mark.parametrize("text, name, arguments", [
    ("Flip a coin.", "coin_flip", {}), ("Heads or tails?", "coin_flip", {}),
    ("Roll a die.", "dice_roll", {"dice": 1.0, "sides": 6.0}), ("Roll two dice.", "dice_roll", {"dice": 2.0, "sides": 6.0}),
    ("Roll a d20.", "dice_roll", {"dice": 1.0, "sides": 20.0}),
    ("Roll a twenty sided die.", "dice_roll", {"dice": 1.0, "sides": 20.0}),
    ("Pick a random number between 1 and 10.", "random_number", {"low": 1.0, "high": 10.0}),
    ("Pick a number between one and ten.", "random_number", {"low": 1.0, "high": 10.0}),
    ("How do you spell necessary?", "spell", {"word": "necessary"}),
    ("Spell the word rhythm.", "spell", {"word": "rhythm"}),
])
def test_the_request_is_read(text, name, arguments):
    intent = match(text)
    assert intent is not None and (intent.name, intent.arguments) == (name, arguments)


@pytest.mark.parametrize("text", ["How is the weather?", "Spell check my essay.", "What is a coin?"])
def test_other_requests_are_not_taken(text):
    intent = match(text)
    assert intent is None or intent.name not in ("spell", "coin_flip", "dice_roll", "random_number")


def test_chance_stays_in_range_and_varies():
    sides = {flip().data["coin"] for _ in range(60)}
    assert sides == {"heads", "tails"}
    rolls = [roll(1, 6).data["rolls"][0] for _ in range(300)]
    assert set(rolls) == set(range(1, 7))
    two = roll(2, 6)
    assert len(two.data["rolls"]) == 2 and two.data["total"] == sum(two.data["rolls"]) and " in all." in two.speech
    assert {pick(10, 1).data["number"] for _ in range(200)} == set(range(1, 11))   # either order
    with pytest.raises(SkillError):
        roll(100, 6)


def test_a_word_is_spelled_letter_by_letter():
    assert spell("necessary").speech == "Necessary: N, E, C, E, S, S, A, R, Y."
    assert spell("don't").speech == "Don't: D, O, N, apostrophe, T."
    with pytest.raises(SkillError):
        spell("two words")


def test_counting_aloud():
    from assistant.skills.spelling import count

    assert count(1, 5).speech == "1, 2, 3, 4, 5."
    assert count(10, 0).speech == "10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0. Lift off!"
    with pytest.raises(SkillError, match="100 numbers at most"):
        count(1, 1000000)
    with pytest.raises(SkillError, match="whole numbers"):
        count(1, 2.5)


@pytest.mark.parametrize("text, said", [
    ("How many letters are in the word banana?", "Banana has 6 letters."),   # (the student: 11)
    ("how many letters does necessary have", "Necessary has 9 letters."),
    ("How many r's are in strawberry?", "There are 3 R's in strawberry."),
    ("how many times does the letter s appear in mississippi", "There are 4 S's in mississippi."),
    ("how many z's in pizza", "There are 2 Z's in pizza."),
    ("How many letters are in cat?", "Cat has 3 letters."),
])
def test_the_letters_of_a_word_are_counted(text, said):
    from assistant.skills.registry import SkillSet

    intent = match(text)
    assert intent is not None and intent.name == "letter_count", text
    assert SkillSet().call(intent.name, intent.arguments).speech == said


@pytest.mark.parametrize("text", ["How many letters are in the alphabet?", "How many legs does a spider have?",
                                  "How many letters did you send?"])
def test_other_counts_are_not_taken_as_letters(text):
    intent = match(text)
    assert intent is None or intent.name != "letter_count"
