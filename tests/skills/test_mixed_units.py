"""Amounts said in two units (heights, weights, durations): read from the request, added up, said back."""

import pytest

from assistant.skills.base import SkillError
from assistant.skills.intents import match
from assistant.skills.mixed_units import convert_mixed


@pytest.mark.parametrize("text, arguments", [
    ("What is 5 feet 10 inches in centimeters?", {"amount": "5 feet 10 inches", "to_unit": "centimeters"}),
    ("Convert five foot ten to cm.", {"amount": "5 feet 10 inches", "to_unit": "cm"}),
    ("How many grams is 3 pounds 4 ounces?", {"amount": "3 pounds 4 ounces", "to_unit": "grams"}),
    ("What's 2 hours and 30 minutes in minutes?", {"amount": "2 hours 30 minutes", "to_unit": "minutes"}),
    ("What is 180 cm in feet and inches?", {"amount": "180 cm", "to_unit": "feet and inches"}),
    ("How much is 70 kilograms in stone and pounds?", {"amount": "70 kilograms", "to_unit": "stone and pounds"}),
])
def test_the_request_is_read(text, arguments):
    intent = match(text)
    assert intent is not None and (intent.name, intent.arguments) == ("convert_mixed", arguments)


@pytest.mark.parametrize("text, name", [("How many inches in 5 feet?", "convert_units"),
                                        ("What is 10 km in miles?", "convert_units")])
def test_one_unit_stays_a_plain_conversion(text, name):
    assert match(text).name == name


@pytest.mark.parametrize("amount, to_unit, said", [
    ("5 feet 10 inches", "centimeters", "5 feet 10 inches is 177.8 centimeters."),
    ("3 pounds 4 ounces", "grams", "3 pounds 4 ounces is 1474 grams."),
    ("2 hours 30 minutes", "minutes", "2 hours 30 minutes is 150 minutes."),
    ("180 cm", "feet and inches", "180 cm is 5 feet 10.9 inches."),
    ("6 feet", "feet and inches", "6 feet is 6 feet."),
    ("182.8 cm", "feet and inches", "182.8 cm is 6 feet."),   # 71.97 inches: 5 feet 12 inches is said 6 feet
    ("1 foot 1 inch", "inches", "1 foot 1 inch is 13 inches."),
])
def test_the_answer_adds_up(amount, to_unit, said):
    assert convert_mixed(amount, to_unit).speech == said


def test_what_cannot_be_done_is_said():
    with pytest.raises(SkillError, match="can't add up"):
        convert_mixed("5 feet 10 kilograms", "centimeters")
    with pytest.raises(SkillError, match="in kilograms and inches"):
        convert_mixed("180 cm", "kilograms and inches")
