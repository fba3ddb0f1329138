"""A book, a film, a weekend idea or a quote (assistant/skills/suggestions.py): the student answered them all "I'm
here to help, so I'll be there. What can I do for you?"."""

import pytest

from assistant.skills.intents import match
from assistant.skills.registry import SkillSet
from assistant.skills.suggestions import _TABLE


@pytest.mark.parametrize("question, kind", [
    ("Recommend a good book.", "book"), ("What should I read next?", "book"), ("What's a good movie to watch?", "movie"),
    ("What film should I watch tonight?", "movie"), ("What should I do this weekend?", "weekend"),
    ("Give me a motivational quote.", "quote"), ("Inspire me.", "quote"),
])
def test_a_suggestion_of_each_kind(question, kind):
    intent = match(question)
    assert intent is not None and intent.arguments == {"kind": kind}, intent
    said = SkillSet().call(intent.name, intent.arguments)
    assert said.ok and said.result["suggestion"] in _TABLE[kind] and said.result["suggestion"] in said.speech


def test_another_one_is_the_next():
    skills = SkillSet()
    first = skills.call("suggest", {"kind": "book"}).result["suggestion"]
    again = match("Another one.", "Recommend a good book.")
    assert again.name == "suggest" and skills.call(again.name, again.arguments).result["suggestion"] != first


@pytest.mark.parametrize("question", ["Recommend a good restaurant near me.", "Write a book about dragons."])
def test_other_requests_are_not_suggestions(question):
    assert getattr(match(question), "name", None) != "suggest"
