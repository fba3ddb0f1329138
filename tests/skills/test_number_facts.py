"""Facts about numbers said (assistant/skills/number_facts.py), through the fast path as the app reads them."""

import pytest

from assistant.skills.intents import match
from assistant.skills.registry import SkillSet


@pytest.mark.parametrize("request_, said", [
    ("Is 17 a prime number?", "Yes, 17 is a prime number."),          # the student: 17*17, "That's 289."
    ("Is 91 prime?", "No, 91 is not a prime number: it is 7 times 13."),
    ("What's 1/3 as a percentage?", "One third is about 33.33 percent."),   # the calculator: 0.333333
    ("What is 45 out of 60 as a percentage?", "45 over 60 is 75 percent."), ("What is 0.25 as a percent?", "0.25 is 25 percent."),
    ("Is 1 a prime number?", "No, 1 is not a prime number."),
    ("Is 2 a prime number?", "Yes, 2 is a prime number."),
    ("Is 999983 prime?", "Yes, 999,983 is a prime number."),
    ("Is 42 even?", "Yes, 42 is even."), ("Is seven odd?", "Yes, 7 is odd."), ("Is 10 odd?", "No, 10 is even."),
    ("What's the average of 4, 8 and 12?", "The average is 8."),       # the student: 4+8*12, "That's 100."
    ("What is the mean of 3 and 4?", "The average is 3.5."),
    ("Round 3.14159 to two decimal places.", "3.14159 rounded to 2 decimal places is 3.14."),   # the student: 3.142
    ("Round 2.5 to the nearest whole number", "2.5 rounded to the nearest whole number is 3."),
    ("Round 3.145 to 2 decimal places", "3.145 rounded to 2 decimal places is 3.15."),   # as written, half up
    ("Round 7.5", "7.5 rounded to the nearest whole number is 8."),
    ("What's pi to 5 decimal places?", "Pi rounded to 5 decimal places is 3.14159."),   # (the student: 3.14*5)
    ("Is 1,000,000 divisible by 7?", "No, 1,000,000 is not divisible by 7: it leaves a remainder of 1."),   # "is divisible"
    ("Is 21 divisible by 7?", "Yes, 21 is divisible by 7: it is 7 times 3."),
    ("What's the remainder when 17 is divided by 5?", "17 divided by 5 is 3 with a remainder of 2."),   # 3.4
    ("What is 17 mod 5?", "17 divided by 5 is 3 with a remainder of 2."),
    ("What is 0.25 as a fraction?", "0.25 is one quarter."), ("Convert 1.5 to a fraction", "1.5 is 3 halves."),
    ("What is 0.625 as a fraction?", "0.625 is 5 eighths."), ("What is 0.3333 as a fraction?", "0.3333 is about one third."),
])
def test_the_answer_is_right(request_, said):
    intent = match(request_)
    assert intent is not None, request_
    assert SkillSet().call(intent.name, intent.arguments).speech == said


@pytest.mark.parametrize("request_", ["Is 4.5 prime?", "Is 1000000000000001 prime?"])
def test_what_cannot_be_said_is_said_so(request_):
    intent = match(request_)
    result = SkillSet().call(intent.name, intent.arguments)
    assert not result.ok and result.speech


@pytest.mark.parametrize("request_", ["What is the average of 4 and some apples", "Is 17 a good age?",
                                      "What is the average height of a man?"])
def test_other_questions_are_left_alone(request_):
    intent = match(request_)
    assert intent is None or intent.name not in ("number_fact", "average", "round_number"), intent


def test_factors_and_the_next_prime():
    """(the student: "What are the factors of 12?" -> 24 from the calculator; "The next prime after 13 is 14.")"""
    from assistant.skills.number_facts import number_fact

    assert number_fact(12, "factors").speech == "The factors of 12 are 1, 2, 3, 4, 6 and 12."
    assert number_fact(13, "next prime").speech == "The next prime after 13 is 17."
    assert number_fact(1, "next prime").speech == "The next prime after 1 is 2."
    assert number_fact(49, "factors").data["factors"] == [1, 7, 49]
