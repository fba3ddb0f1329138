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


@pytest.mark.parametrize("text", [
    '<tool_call>\n{"name": "manager", "arguments": {"topic": "the game"}}\n</tool_call>',   # made up
    '<tool_call>\n{"name": "clarify", "arguments": {"text": "Done."}}\n</tool_call>',       # not the model's to call
])
def test_a_skill_the_model_made_up_is_answered_in_words(tmp_path, monkeypatch, text):
    """"How many players are on a soccer team?" -> the student called a "manager" skill that does not exist, and the
    app said "I don't have a skill for that."; now the model answers in its own words, as for a broken call."""
    from assistant.skills.model_call import handle
    from assistant.skills.registry import SkillSet
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    call = handle(SkillSet(), text, "How many players are on a soccer team?")
    assert call is not None and call.in_words and not call.ran
