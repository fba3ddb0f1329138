"""How far apart two places are (assistant/skills/distance.py): "How far is Paris from Rome?" got the offline notice
for maps. Great-circle distances from the capitals' and time zone cities' coordinates, rounded as said."""

import pytest

from assistant.skills.intents import match
from assistant.skills.registry import SkillSet


@pytest.mark.parametrize("question, said", [
    ("How far is Paris from Rome?", "Paris and Rome are about 1,100 kilometers, or 690 miles, apart"),
    ("What is the distance between London and New York?", "London and New York are about 5,600 kilometers, or 3,450 miles"),
    ("How many miles from Tokyo to Sydney?", "Tokyo and Sydney are about 4,850 miles, or 7,800 kilometers"),
    ("How far is Berlin from Moscow in miles?", "Berlin and Moscow are about 1,000 miles, or 1,600 kilometers"),
    ("How far is France from Spain?", "Paris and Madrid are about 1,050 kilometers"),   # a country: its capital
])
def test_the_distance_between_two_places(question, said):
    intent = match(question)
    assert intent is not None and intent.name == "distance", intent
    assert SkillSet().call(intent.name, intent.arguments).speech.startswith(said)


@pytest.mark.parametrize("question, name", [("How far is it to the airport?", "offline_notice"),
                                            ("How far is the moon?", "constant"),
                                            ("How far is Narnia from Mordor?", None)])
def test_anything_else_is_not_a_distance(question, name):
    assert getattr(match(question), "name", None) == name
