"""The answer model sees the conversation only for a question that leans on it (core/context.py)."""

import json

import pytest

from assistant.core.assistant import Assistant
from assistant.core.context import leans_on_history, model_history
from assistant.distill.data import ASSETS
from assistant.llm.chat import Message
from assistant.settings import Settings


@pytest.mark.parametrize("question", [
    "And of Malta?", "What about Lithuania?", "What does it mean?", "Make it shorter.", "What did you just say?",
    "In Fahrenheit?", "When was he born?", "How many people live there?", "Tell me another one.", "Why?",
    "What's my name?", "Say that again.", "Use Celsius instead.", "Is that true?", "Tell me more about her.",
    "Can you give me another example?", "Can you give me an example?", "What do you mean?", "I don't understand.", "Can you elaborate?",
])
def test_a_question_that_refers_back_gets_the_conversation(question):
    assert leans_on_history(question)


@pytest.mark.parametrize("question", [
    "How do I clean the oven?", "Why is the sky blue?", "What is the capital of France?", "Write a haiku about autumn.",
    "How do I drink more water?", "How do I wake up earlier?", "Translate good morning into Spanish.",
    "What is the tallest mountain in the world?", "How do I get rid of ants in the kitchen?", "Give me an example of a mammal.",
])
def test_a_question_that_stands_alone_is_asked_alone(question):
    assert not leans_on_history(question)
    assert model_history(question, [Message("user", "Hi"), Message("assistant", "Hello!")]) == []


def test_every_evaluation_follow_up_keeps_its_conversation():
    """The frozen splits' follow-ups (given with a history) are all read as follow-ups: the rule does not take
    the conversation from a question that needs it (checked on both splits' questions, not their answers)."""
    for split in ("validation", "test"):
        for line in (ASSETS / "eval" / f"{split}.jsonl").read_text().splitlines():
            prompt = json.loads(line)
            if prompt["expect"].get("history"):
                assert leans_on_history(prompt["prompt"]), prompt["prompt"]


def test_an_unrelated_question_is_answered_as_if_asked_first(models_ready):
    """The greedy student, asked "How do I get rid of ants in the kitchen?" right after "How do I clean my laptop
    screen?", answered "Use a damp cloth to wipe down the ants" (the shape of its last answer) when it saw the
    conversation; asked alone it answers differently. Now the answer after the screen question is the one it
    gives when asked first."""
    def ask(*questions):
        assistant = Assistant(Settings(), play=False)
        for question in questions:
            result = assistant.ask_text(question)
        return result.answer, assistant

    alone, _ = ask("How do I get rid of ants in the kitchen?")
    after, assistant = ask("How do I clean my laptop screen?", "How do I get rid of ants in the kitchen?")
    assert after == alone
    assert [m.role for m in assistant.history] == ["user", "assistant"] * 2   # the conversation is still kept
