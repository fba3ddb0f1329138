"""Roman numerals, both ways (assistant/skills/roman.py), read as the app reads them. "What is that in Roman
numerals?" after 432 / 3 was "144 is 144,000." (the student, session 25)."""

import pytest

from assistant.skills.base import SkillError
from assistant.skills.intents import match
from assistant.skills.registry import SkillSet


@pytest.mark.parametrize("question, said", [
    ("What is 144 in Roman numerals?", "144 in Roman numerals is CXLIV."),
    ("How do you write 1999 in roman numerals?", "1,999 in Roman numerals is MCMXCIX."),
    ("What is XIV in numbers?", "The Roman numeral XIV is 14."),
    ("What does the Roman numeral MCMXC mean?", "The Roman numeral MCMXC is 1,990."),
])
def test_roman_numerals_both_ways(question, said):
    intent = match(question)
    assert intent is not None and intent.name == "roman_numeral", question
    assert SkillSet().call(intent.name, intent.arguments).speech == said


def test_the_last_result_in_roman_numerals():
    intent = match("What is that in Roman numerals?", "What is 432 divided by 3?")
    assert intent.name == "roman_numeral" and intent.arguments == {"number": "144"}


@pytest.mark.parametrize("said", ["5000", "0", "IIII", "VV"])
def test_what_is_no_standard_numeral_is_said(said):
    from assistant.skills.roman import roman_numeral

    with pytest.raises(SkillError):
        roman_numeral(said)


@pytest.mark.parametrize("question", ["What is mix?", "What is civil?", "What is XL in clothing sizes?"])
def test_words_made_of_those_letters_are_not_numerals(question):
    intent = match(question)
    assert intent is None or intent.name != "roman_numeral"
