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
    # a continent's or a country's (session 22: the student said the Danube for Europe)
    ("What's the longest river in Europe?", "The Volga"), ("What is the longest river in Africa?", "The Nile"),
    ("What's the tallest mountain in the UK?", "Ben Nevis"),
])
def test_a_record_holder(question, names):
    intent = match(question)
    assert intent is not None and intent.name == "record", intent
    assert names in SkillSet().call(intent.name, intent.arguments).speech


@pytest.mark.parametrize("question", ["What is the longest river in Narnia?", "What's the tallest building in Paris?",
                                      "What is the largest country?"])
def test_other_questions_are_not_records(question):
    assert getattr(match(question), "name", None) != "record"


def test_food_figures_and_kitchen_basics_are_said_as_kept():
    """Calories and protein of a typical serving (USDA figures, "about"), counted ("two eggs"); the kitchen basics
    that must be right (the student: "Boil an egg for 180 minutes.")."""
    from assistant.skills.food import food_fact

    assert food_fact("calories", "banana").speech == "About 105 calories in a medium banana, with 1.3 grams of protein."
    assert food_fact("protein", "egg").speech == "About 6.3 grams of protein in a large egg, with 72 calories."
    assert food_fact("calories", "egg", 2).speech == "About 144 calories in 2 (72 in a large egg), with 12.6 grams of protein."
    assert "10 to 12 minutes" in food_fact("kitchen", "boil egg").speech
    assert "165 degrees Fahrenheit, 74 Celsius" in food_fact("kitchen", "chicken").speech


def test_who_made_a_work_of_art_and_when():
    from assistant.skills.artworks import artwork

    assert artwork("mona lisa").speech == "The Mona Lisa was painted by Leonardo da Vinci beginning in about 1503."
    assert artwork("The Starry Night", when=True).speech == "The Starry Night was painted in 1889, by Vincent van Gogh."
    assert artwork("david").speech == "Michelangelo's David was sculpted by Michelangelo between 1501 and 1504."


def test_when_events_in_history_happened():
    """(the student: the Titanic sank "in 1996")"""
    from assistant.skills.history_dates import history_date
    from assistant.skills.intents import match

    said = history_date(**match("What year did the Titanic sink?").arguments).speech
    assert said == "The Titanic sank on April 15, 1912, after hitting an iceberg the night before."
    assert history_date(**match("When did World War II end?").arguments).speech == \
        "World War II ended in 1945: in Europe on May 8, and in the Pacific on September 2."


def test_a_joke_on_the_topic_asked_or_said_to_be_another():
    from assistant.skills.small_talk import _joke

    assert "cat" in _joke("Tell me a joke about cats.", 0)
    assert _joke("Tell me a joke about giraffes", 0).startswith("I don't know one about giraffes, but here's one: ")


def test_who_wrote_a_well_known_book_and_when():
    from assistant.skills.books import book_author

    assert book_author("pride and prejudice").speech == "Pride and Prejudice was written by Jane Austen, and published in 1813."
    assert book_author("1984", when=True).speech == "Nineteen Eighty-Four was published in 1949, by George Orwell."


@pytest.mark.parametrize("question, said", [
    ("How tall is Mount Everest in feet?", "Mount Everest is 29,032 feet high."),   # (the student: "8,848 feet")
    ("How hot is the sun?", "The sun's core is about 15 million degrees Celsius, and its surface about 5,500 degrees "
                            "Celsius, or 9,900 degrees Fahrenheit."),   # ("5,388,000 degrees")
])
def test_heights_and_the_suns_heat(question, said):
    intent = match(question)
    assert SkillSet().call(intent.name, intent.arguments).speech == said


def test_who_invented_or_discovered_it():
    assert SkillSet().call("discovery", {"what": "gravity"}).speech == \
        "Gravity was explained by Isaac Newton, who described universal gravitation in 1687."
    assert SkillSet().call("discovery", {"what": "the wheel"}).speech.startswith("No one knows who invented the wheel")


def test_what_a_famous_place_is():
    assert SkillSet().call("about_place", {"name": "the eiffel tower"}).speech == \
        "The Eiffel Tower is a wrought iron tower 300 meters high that was constructed in Paris in 1889."
    assert SkillSet().call("about_place", {"name": "the taj mahal"}).speech.startswith("The Taj Mahal is a beautiful mausoleum")


def test_words_people_mix_up():
    assert SkillSet().call("usage_pair", {"words": "effect affect"}).speech.startswith("Affect is usually the verb")


@pytest.mark.parametrize("arguments, said", [
    ({"hour": 9.0, "minute": 50.0, "minutes": 15.0}, "That's 10:05."),
    ({"hour": 11.0, "minute": 30.0, "half": "am", "minutes": 120.0}, "That's 1:30 PM."),
    ({"hour": 2.0, "minute": 0.0, "half": "pm", "minutes": -45.0}, "That's 1:15 PM."),
])
def test_a_clock_time_plus_a_length_of_time(arguments, said):
    assert SkillSet().call("clock_plus", arguments).speech == said


def test_young_animals_and_groups_wordnet_does_not_name_and_counts():
    assert SkillSet().call("animal_word", {"animal": "magpies", "kind": "group"}).speech == \
        "A group of magpies is called a tiding, or tidings."
    assert SkillSet().call("count_of", {"what": "hearts", "thing": "octopus"}).speech == "An octopus has 3 hearts."
