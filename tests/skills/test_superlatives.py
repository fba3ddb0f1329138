"""The world's record holders (assistant/skills/superlatives.py): "What's the tallest building in the world?" was "the
Burj Khalifa in Saudi Arabia", "What's the largest animal?" was "elephant" (issue 13), "the fastest animal" "the
cheetaser"."""

import pytest

from assistant.skills.intents import match
from assistant.skills.registry import SkillSet


@pytest.mark.parametrize("question, names", [
    ("What's the tallest building in the world?", "Burj Khalifa in Dubai"),
    ("What is the largest animal?", "blue whale"),
    ("What's the fastest animal?", "peregrine falcon"),
    ("What's the fastest land animal?", "cheetah"),
    ("What is the longest river in the world?", "Nile"),
    ("Which is the biggest planet?", "Jupiter"),
    ("What's the tallest mountain in the world?", "Mount Everest"),
    ("What is the largest desert?", "Antarctica"),
])
def test_a_record_holder(question, names):
    intent = match(question)
    assert intent is not None and intent.name == "record", intent
    assert names in SkillSet().call(intent.name, intent.arguments).speech


@pytest.mark.parametrize("question", ["What is the longest river in Africa?", "What's the tallest building in Paris?",
                                      "What is the largest country?"])
def test_other_questions_are_not_records(question):
    assert getattr(match(question), "name", None) != "record"
