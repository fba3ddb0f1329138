"""Small talk the student got wrong."""

import pytest

from assistant.skills.intents import match
from assistant.skills.registry import SkillSet


def test_a_joke_found_unfunny_is_taken_well():
    # "That's not funny." after a joke: the student called note_forget
    from assistant.skills.intents import match

    assert match("That's not funny.").arguments["kind"] == "unfunny"


@pytest.mark.parametrize("said, starts", [
    ("I'm stressed about work.", "I'm sorry it's a stressful time."),   # (the student: "I'm here to help. What can I do")
    ("I'm feeling sad.", "I'm sorry you're feeling down."),
    ("I feel lonely.", "I'm sorry you're feeling lonely."),
    ("I'm nervous about my exam.", "That's natural before something that matters."),
])
def test_a_feeling_is_answered_kindly(said, starts):
    intent = match(said)
    assert intent is not None and (intent.name, intent.arguments["kind"]) == ("small_talk", "feeling")
    assert SkillSet().call(intent.name, intent.arguments).speech.startswith(starts)


def test_the_assistants_own_controls_say_where_they_are():
    from assistant.settings import Settings

    skills = SkillSet(voice=(lambda: Settings(hotkey="f8"), lambda new: None))
    said = skills.call("app_help", {"topic": "wake word"}).speech
    assert said.startswith("Hold F8, or the talk button,") and "Hey Jarvis" in said   # the key the person chose
    assert skills.call("app_help", {"topic": "history"}).speech.startswith("Choose History, then Clear")


def test_what_we_talked_about_is_the_last_questions():
    from assistant.llm.chat import Message

    history = [Message("user", "What time is it?"), Message("assistant", "It's 5 PM."),
               Message("user", "Set a timer for 5 minutes."), Message("assistant", "OK.")]
    said = SkillSet(history=lambda: history).call("repeat", {"what": "questions"}).speech
    assert said == 'You asked me: "What time is it?" and "Set a timer for 5 minutes."'


@pytest.mark.parametrize("said, starts", [
    ("Who made you?", "I was made by the people behind this app"),
    ("Do you have feelings?", "No. I'm a program"),
    ("Are you a robot?", "I'm not a person: I'm an AI"),
    ("What's your name?", "I'm your offline voice assistant"),
])
def test_who_i_am_answers_what_was_asked(said, starts):
    # each was "I'm your offline voice assistant..." (session 25)
    from assistant.skills.small_talk import SmallTalk

    intent = match(said)
    assert intent.name == "small_talk" and intent.arguments["kind"] == "identity"
    assert SmallTalk([]).reply("identity", said).speech.startswith(starts)


@pytest.mark.parametrize("said, starts", [
    ("Are you listening to me all the time?", "No. I listen only while you hold the talk key"),   # ("I'm listening to you all
    ("Do you save my conversations?", "Our conversation is kept only on this computer"),          # the time.")
    ("Is my data private?", "Yes. Everything I do runs on this computer"),
    ("Can you keep a secret?", "Yes. Everything I do runs on this computer"),
    ("Can you learn?", "Not from our conversations"),
    ("I had a rough day.", "I'm sorry it's been a rough day."),
])
def test_privacy_and_feelings_are_answered_as_asked(said, starts):
    from assistant.skills.small_talk import SmallTalk

    intent = match(said)
    assert intent.name == "small_talk"
    assert SmallTalk([]).reply(intent.arguments["kind"], said).speech.startswith(starts)
