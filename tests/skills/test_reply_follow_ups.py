"""Follow-ups on the reply just given (assistant/skills/reply_follow_ups.py), read as the app reads them, with the
real skills. Each went to the student in session 25 (its answers in the comments)."""

import pytest

from assistant.skills.intents import context_of, match
from assistant.skills.registry import SkillSet


def said(question: str, earlier: list[str]) -> str:
    intent = match(question, context_of(earlier))
    assert intent is not None, question
    return SkillSet().call(intent.name, intent.arguments).speech


def test_where_a_painting_is_and_how_old_its_painter_was():
    # ("Leonardo da Vinci was born in 1467."; the chain was lost after "Where is it now?")
    earlier = ["Who painted the Mona Lisa?"]
    assert said("Where is it now?", earlier) == "The Mona Lisa is in the Louvre in Paris."
    assert said("How old was he when he painted it?", earlier + ["Where is it now?"]).startswith(
        "Leonardo da Vinci was born in 1452, so about 50 or 51 when the Mona Lisa was painted")
    assert said("Where is the Mona Lisa?", []) == "The Mona Lisa is in the Louvre in Paris."
    assert match("Where is Olympia?") is None or match("Where is Olympia?").name != "artwork"   # a city too


def test_a_continents_highest_mountain_then_how_tall_in_feet():
    # ("The tallest mountain in Africa is Mount Kilimanjaro, 5,895 meters." said again for "In feet?")
    earlier = ["What's the tallest mountain in Africa?"]
    assert said("How tall is it?", earlier) == "Mount Kilimanjaro is 5,895 meters, or 19,341 feet, high."
    assert said("In feet?", earlier + ["How tall is it?"]) == "Mount Kilimanjaro is 19,341 feet high."


def test_the_riddles_answer_a_shorter_message_and_a_funny_film():
    assert match("What's the answer?", "Tell me a riddle.").name == "repeat"
    shorter = match("Make it shorter.", "Write an apology message to my friend.")   # (note_recall, and a new message)
    assert shorter.name == "write_message" and shorter.arguments["short"] is True
    funny = match("Something funny?", "What's a good movie to watch?")   # (a comedy "by John Mccoy")
    assert funny.arguments == {"kind": "comedy"}
    assert SkillSet().call("suggest", funny.arguments).speech.startswith("A well-loved comedy: ")


@pytest.mark.parametrize("question, earlier", [
    ("What's the answer?", "What is 5 plus 5?"), ("Make it shorter.", "Tell me a joke."),
    ("Something funny?", "What's the capital of France?"), ("Where is it now?", "Set a timer for 5 minutes."),
])
def test_they_are_only_read_after_their_own_reply(question, earlier):
    intent = match(question, earlier)
    assert intent is None or intent.name not in ("repeat", "write_message", "suggest", "artwork")


@pytest.mark.parametrize("earlier, question, name, arguments", [
    # (the student's answers in the comments)
    (["How many calories are in a banana?"], "What about an apple?", "food_fact", {"kind": "calories", "what": "apple"}),  # 125
    (["How many calories are in a banana?", "What about an apple?"], "And protein?", "food_fact",
     {"kind": "protein", "what": "apple"}),
    (["What's the square root of 81?"], "And of 144?", "calculator", {"expression": "sqrt(144)"}),   # (1,296)
    (["What's 20% of 150?"], "What about 30%?", "calculator", {"expression": "30/100*150"}),   # (36)
    (["How far is Paris from London?"], "And from Berlin?", "distance", {"first": "paris", "second": "berlin"}),
    (["What time is it in Tokyo?"], "And in London?", "time_in", None),   # ("I got muddled")
    (["Define ephemeral."], "Use it in a sentence.", "use_in_sentence", {"word": "ephemeral"}),   # (a sentence with "it")
    (["Define ephemeral.", "Use it in a sentence."], "What's the opposite?", "opposite", {"word": "ephemeral"}),
    (["Who discovered penicillin?"], "When was he born?", "who_is", {"name": "alexander fleming", "aspect": "born"}),  # (1928)
    (["Who discovered penicillin?"], "Where was he born?", "who_is", {"name": "alexander fleming", "aspect": "birthplace"}),
])
def test_the_same_question_of_something_else_and_more_of_the_same_thing(earlier, question, name, arguments):
    intent = match(question, context_of(earlier))
    assert intent is not None and intent.name == name, intent
    if arguments is not None:
        assert intent.arguments == arguments
    else:
        assert "london" in str(intent.arguments).lower()


def test_one_timer_is_said_in_a_sentence(tmp_path):
    skills = SkillSet(alarms_file=tmp_path / "alarms.json")
    skills.call("timer_start", {"minutes": 10.0})
    assert skills.call("timer_list", {}).speech == "The timer has 10 minutes left."   # (was "timer: 10 minutes left.")
