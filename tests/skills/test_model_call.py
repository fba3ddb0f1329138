"""The answer model's tool calls that cannot answer what was asked (assistant/skills/model_call.py: off_topic):
answered in words instead, or not done. Each case is one the student made when a new user asked."""

import pytest

from assistant.skills.model_call import off_topic


@pytest.mark.parametrize("name, arguments, question", [
    ("calculator", {"expression": "1+1"}, "What is infinity plus one?"),          # "That's 2."
    ("calculator", {"expression": "10*10"}, "Go forward 10 meters."),
    ("calculator", {"expression": "33000"}, "How many people live in Tokyo?"),
    ("clock", {"what": "year"}, "What year was the Eiffel Tower built?"),
    ("offline_notice", {"topic": "the weather"}, "How far is the sun?"),
])
def test_a_call_that_cannot_answer_the_question(name, arguments, question):
    assert off_topic(name, arguments, question)


@pytest.mark.parametrize("name, arguments, question", [
    ("calculator", {"expression": "17*23"}, "What is 17 times 23?"),
    ("clock", {"what": "time"}, "What time is it?"),
    ("offline_notice", {"topic": "the weather"}, "Will it rain tomorrow?"),
])
def test_a_call_that_answers_it(name, arguments, question):
    assert not off_topic(name, arguments, question)
