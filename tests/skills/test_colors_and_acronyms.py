"""Colors mixed and abbreviations spelled out (skills/colors.py, skills/acronyms.py), through the intents as asked.
The student: "What color do blue and yellow make?" -> "The sky is blue." (issue 13) and "Blue and yellow make a
beautiful combination."; "What does NASA stand for?" -> "NASA Research and Education"."""

import pytest

from assistant.skills.intents import match
from assistant.skills.registry import SkillSet


@pytest.fixture(scope="module")
def skills():
    return SkillSet()


@pytest.mark.parametrize("question, says", [
    ("What color do blue and yellow make?", "Blue and yellow make green."),
    ("What colour do red and yellow make?", "Red and yellow make orange."),
    ("What do red and green make?", "Red and green make brown. Mixed as light, they make yellow."),
    ("What do red and green light make?", "Red and green light make yellow."),
    ("What does NASA stand for?", "NASA stands for National Aeronautics and Space Administration."),
    ("What does FYI mean?", "FYI stands for for your information."),
    ("What is ASAP short for?", "ASAP stands for as soon as possible."),
    ("What does Wifi stand for?", "WIFI is a brand name, Wi-Fi, for wireless networking; it doesn't stand for anything "
                                   "(not wireless fidelity)."),
])
def test_said(skills, question, says):
    intent = match(question)
    assert intent is not None, question
    assert skills.call(intent.name, intent.arguments).speech == says
