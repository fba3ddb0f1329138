"""Who someone famous was, from WordNet (assistant/skills/people.py), through the fast path as the app reads it.
The student made up the details ("Albert Einstein ... was born in Bern, Switzerland, on March 18, 1879")."""

import pytest

from assistant.skills import dictionary
from assistant.skills.intents import context_of, match
from assistant.skills.registry import SkillSet


@pytest.fixture(autouse=True)
def _wordnet():
    assert dictionary.available(), "wordnet-base is missing: `make test` installs it (scripts/system-deps.sh)"


@pytest.mark.parametrize("question, said", [
    ("Who is Albert Einstein?", "Albert Einstein (born in 1879, died in 1955) was a physicist born in Germany who "
                                "formulated the special theory of relativity and the general theory of relativity."),
    ("Who was Abraham Lincoln?", "Abraham Lincoln (born in 1809, died in 1865) was the 16th President of the United States."),
    ("who was newton", "Isaac Newton (born in 1642, died in 1727) was an English mathematician and physicist."),
    ("Tell me about Julius Caesar.", "Julius Caesar (born in 100 BC, died in 44 BC) was a conqueror of Gaul and master of Italy."),
    ("Who was Gandhi?", "Which one: Indira Gandhi or Mahatma Gandhi?"),   # a name two people share
])
def test_a_famous_person_is_said_from_the_dictionary(question, said):
    intent = match(question)
    assert intent is not None and intent.name == "who_is", question
    assert SkillSet().call(intent.name, intent.arguments).speech == said


def test_the_name_said_next_answers_which_one():
    intent = match("Mahatma Gandhi", context_of(["Who was Gandhi?"]))
    assert intent is not None and intent.name == "who_is"
    assert SkillSet().call(intent.name, intent.arguments).speech.startswith("Mahatma Gandhi (born in 1869, died in 1948)")


@pytest.mark.parametrize("question", [
    "Who is Sam?",                       # someone the person knows (WordNet's "john" is first a toilet)
    "Who is John?", "Who is the president of France?", "Who are you?", "Who wrote Hamlet?",
    "Who was the first person on the moon?", "Who is Michael Jordan?",   # not in WordNet 3.0: the model's
])
def test_others_are_not_taken_as_famous_people(question):
    intent = match(question)
    assert intent is None or intent.name != "who_is"


def test_when_the_person_just_asked_about_was_born_or_died():
    # "When was he born?" after "Who is Albert Einstein?" got "March 18, 1879" (made up: WordNet has the year only)
    from assistant.skills.intents import match
    from assistant.skills.people import who_is

    intent = match("When was he born?", "Who is Albert Einstein?")
    assert intent.arguments == {"name": "albert einstein", "aspect": "born"}
    assert who_is(**intent.arguments).speech == "Albert Einstein was born in 1879 (my dictionary gives the year only)."
    assert who_is("albert einstein", "died").speech == "Albert Einstein died in 1955, aged about 75 or 76."
    assert match("When was he born?", "What is the capital of France?") is None or \
        match("When was he born?", "What is the capital of France?").name != "who_is"


@pytest.mark.parametrize("question, said", [
    ("How old was Einstein when he died?", "Albert Einstein died in 1955, aged about 75 or 76."),   # (the student: 96)
    ("When did Mozart die?", "Wolfgang Amadeus Mozart died in 1791, aged about 34 or 35."),
    ("When was Shakespeare born?", "William Shakespeare was born in 1564 (my dictionary gives the year only)."),
    ("Where was Einstein born?", "Albert Einstein was born in Germany."),
    # WordNet has no birthplace for Mozart: what it has, not a guess (the student: "Italy")
    ("Where was Mozart born?", "My dictionary doesn't say where Wolfgang Amadeus Mozart was born. It has: a prolific "
                               "Austrian composer and child prodigy."),
    ("Who was Beethoven?", "Ludwig van Beethoven (born in 1770, died in 1827) was a German composer of instrumental music "
                           "(especially symphonic and chamber music)."),   # (was "van Beethoven")
])
def test_a_lifes_dates_and_place_asked_by_name(question, said):
    intent = match(question)
    assert intent is not None and intent.name == "who_is", question
    assert SkillSet().call(intent.name, intent.arguments).speech == said


@pytest.mark.parametrize("question", ["When was the Eiffel Tower built?", "Where was the movie Titanic filmed?",
                                      "When was my mom born?", "Where was I born?"])
def test_other_when_and_where_questions_are_not_taken(question):
    intent = match(question)
    assert intent is None or intent.name != "who_is"


def test_a_name_with_jr_said_without_its_dot():
    # "Who was Martin Luther King Jr?": cleaned to "jr", WordNet's "Jr." (was left to the model, then said as "King")
    intent = match("Who was Martin Luther King Jr?")
    assert SkillSet().call(intent.name, intent.arguments).speech.startswith("Martin Luther King Jr. (born in 1929, died in 1968)")
