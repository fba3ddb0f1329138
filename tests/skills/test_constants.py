"""Physical facts and a few counts asked by name (assistant/skills/constants.py), through the fast path as the
app reads them. Each was answered wrongly by the student when a new user asked."""

import pytest

from assistant.skills.intents import match
from assistant.skills.registry import SkillSet


@pytest.mark.parametrize("request_, said", [
    ("What's the freezing point of water in Fahrenheit?", "Water freezes at 32 degrees Fahrenheit."),   # "-32"
    ("How much is a baker's dozen?", "A baker's dozen is 13: a dozen and one more."),   # "12 dozeners"
    ("How far is the moon?", "The moon is on average about 384,400 kilometers, or 238,900 miles, from the Earth."),
    ("How far is the moon in miles?", "The moon is on average about 238,900 miles from the Earth."),   # "2,192,000 miles"
    ("How far away is the sun?", "The sun is on average about 149.6 million kilometers, or 93 million miles, from the Earth."),
    ("How many continents are there?", "There are 7 continents: Africa, Antarctica, Asia, Australia, Europe, North "
                                       "America and South America."),   # "four continents"
    ("How many planets are in our solar system?", "There are 8 planets in our solar system: Mercury, Venus, Earth, Mars, "
                                                  "Jupiter, Saturn, Uranus and Neptune."),
])
def test_the_answer_is_right(request_, said):
    intent = match(request_)
    assert intent is not None and intent.name == "constant", request_
    assert SkillSet().call(intent.name, intent.arguments).speech == said


@pytest.mark.parametrize("request_", ["How far is the moon from Mars?", "How many continents have you visited?",
                                      "How far is the nearest star?"])
def test_other_questions_go_to_the_model(request_):
    intent = match(request_)
    assert intent is None or intent.name != "constant"


def test_a_unit_it_has_no_figure_in_is_said_so():
    said = SkillSet().call("constant", {"what": "moon", "unit": "kelvin"})
    assert not said.ok and "kilometers, miles" in said.speech


def test_the_largest_and_the_smallest_country():
    skills = SkillSet()
    for request_, said in (("What's the smallest country in the world?",   # (the student: Tuvalu)
                            "Vatican City, about 0.44 square kilometers, is the smallest country in the world."),
                           ("Which country is the biggest?",
                            "Russia, about 17.1 million square kilometers, is the largest country in the world.")):
        intent = match(request_)
        assert skills.call(intent.name, intent.arguments).speech == said


def test_offline_topics_said_in_their_own_words():
    # "Order a pizza" got "... I can order a drink or a meal."; "How do I get to the airport?" "... can't check flights"
    skills = SkillSet()
    for request_, said in (("Order a pizza.", "I'm offline, so I can't order or book anything for you."),
                           ("How do I get to the airport?", "I'm offline, so I can't look up maps or directions."),
                           ("Find a restaurant near me.", "I'm offline, so I can't look up maps or directions.")):
        intent = match(request_)
        assert skills.call(intent.name, intent.arguments).speech.startswith(said), request_
    assert match("Order the list alphabetically.") is None or match("Order the list alphabetically.").name != "offline_notice"


def test_volume_and_weight_are_said_to_depend_on_what_it_is():
    said = SkillSet().call("convert_units", {"value": 1, "from_unit": "cup", "to_unit": "grams"})   # (can't convert)
    assert not said.ok and "it depends on what you're measuring" in said.speech
