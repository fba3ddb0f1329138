import threading
import time

import pytest

from assistant.skills import protocol
from assistant.skills.calculator import calculate
from assistant.skills.numbers import normalize_numbers
from assistant.skills.registry import SkillSet
from assistant.skills.durations import parse_duration, spoken_units, timer_length
from assistant.skills.units import convert
from tests.conftest import run_json


@pytest.mark.parametrize("text, expected", [
    ("seventeen", "17"), ("twenty-three", "23"), ("one hundred and five", "105"), ("a thousand", "1000"),
    ("two million three hundred thousand", "2300000"), ("three point one four", "3.14"), ("5 - 3", "5 - 3"),
])
def test_spoken_numbers(text, expected):
    assert normalize_numbers(text) == expected


@pytest.mark.parametrize("expression, said", [
    ("17*23", "That's 391."), ("seventeen times twenty three", "That's 391."), ("2**0.5", "That's 1.41421."),
    ("10/4", "That's 2.5."), ("-3+1", "That's -2."), ("sqrt(2)*sqrt(2)", "That's 2."),
    ("15 percent of 80", "That's 12."), ("1000000*1000000", "That's 1,000,000,000,000."),
    ("round(1000/7)", "That's 143."), ("round(2.5)", "That's 3."), ("round(-2.5)", "That's -3."),
    ("ceil(50/12)", "That's 5."), ("ceil(48/12)", "That's 4."),   # boxes of 12 for 50 eggs: a 5th box for the last 2
])
def test_calculator(expression, said):
    assert calculate(expression).speech == said


@pytest.mark.parametrize("expression, refusal", [
    ("10/0", "divide by zero"), ("9**99999", "too large"), ("sqrt(-4)", "no real square root"),
    ("__import__('os').system('ls')", "didn't find"), ("open('/etc/passwd')", "didn't find"),
    ("__import__('os').system('1')", "couldn't"), ("(lambda: 1)()", "couldn't"), ("hello there", "didn't find"),
])
def test_calculator_refuses_politely(expression, refusal):
    """Code in the expression is never run: only numbers, operators, sqrt and cbrt are kept."""
    call = SkillSet().call("calculator", {"expression": expression})
    assert not call.ok and refusal in call.speech


def test_units():
    assert convert(5, "inches", "centimeters").speech == "5 inches is 12.7 centimeters."
    assert convert(100, "degrees fahrenheit", "celsius").speech == "100 degrees fahrenheit is 37.78 celsius."
    call = SkillSet().call("convert_units", {"value": 3, "from_unit": "florps", "to_unit": "meters"})
    assert not call.ok and "don't know the unit florps" in call.speech
    call = SkillSet().call("convert_units", {"value": 3, "from_unit": "kilograms", "to_unit": "meters"})
    assert not call.ok and "can't convert" in call.speech


@pytest.mark.parametrize("value, source, target, said", [
    (100, "C", "F", "100 degrees Celsius is 212 degrees Fahrenheit."),   # temperatures written short, said in words
    (32, "°F", "°C", "32 degrees Fahrenheit is 0 degrees Celsius."),
    (300, "K", "C", "300 kelvin is 26.85 degrees Celsius."),
    (1, "C", "F", "1 degree Celsius is 33.8 degrees Fahrenheit."),      # one of a unit: singular
    (1, "inches", "centimeters", "1 inch is 2.54 centimeters."),
    (1, "feet", "meters", "1 foot is 0.3048 meters."),
    (1, "kilometers", "miles", "1 kilometer is 0.6214 miles."),
    (1, "cup", "ounces", "1 cup is 8 ounces."),          # a volume's ounces are fluid ounces
    (8, "ounces", "grams", "8 ounces is 226.8 grams."),  # a weight's are not
])
def test_units_as_said(value, source, target, said):
    assert convert(value, source, target).speech == said


def test_a_conversion_to_the_same_unit_is_a_muddle():
    """The model's call for "the boiling point of water in Fahrenheit" was 100 F -> °F: no answer in it."""
    call = SkillSet().call("convert_units", {"value": 100.0, "from_unit": "F", "to_unit": "°F"}, from_model=True)
    assert not call.ok and call.result == {"error": "F and °F are the same unit."}


@pytest.mark.parametrize("text, seconds", [
    ("ten minutes", 600), ("an hour and a half", 5400), ("1 hour 30 minutes", 5400), ("half an hour", 1800),
    ("90 seconds", 90), ("two hours", 7200), ("a quarter of an hour", 900), ("two and a half hours", 9000),
    ("three quarters of an hour", 2700), ("half a minute", 30), ("a minute and a half", 90),
])
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


def test_timer_bounds_and_alert():
    alerts = []
    done = threading.Event()
    skills = SkillSet(on_timer=lambda name, text: (alerts.append((name, text)), done.set()))
    assert "above zero" in skills.call("timer_start", {"seconds": 0}).speech
    assert "at most 24 hours" in skills.call("timer_start", {"seconds": 2 * 86400}).speech
    assert skills.call("timer_start", {"seconds": 0.3, "name": "tea"}).ok
    assert skills.call("timer_start", {"seconds": 60, "name": "eggs"}).ok
    assert "tea" in skills.call("timer_list", {}).speech and "eggs" in skills.call("timer_list", {}).speech
    assert done.wait(5)
    assert alerts == [("tea", "Your tea timer is done.")]
    assert skills.call("timer_cancel", {"name": "eggs"}).ok
    assert skills.call("timer_list", {}).speech == "You have no timers or alarms."
    assert not skills.call("timer_cancel", {"name": ""}).ok


def test_unnamed_timers_are_said_once():
    skills = SkillSet()
    assert skills.call("timer_start", {"seconds": 900}).speech == "OK, timer for 15 minutes."
    assert skills.call("timer_start", {"seconds": 60}).speech == "OK, timer 2 for 1 minute."
    assert skills.call("timer_cancel", {"name": "all"}).speech == "Cancelled the timer and the timer 2."


def test_timer_length_in_the_units_said():
    # A model copies "8 minutes" as minutes=8 more reliably than it multiplies by 60 (the first students set
    # "eight minutes" as 800 seconds): timer_start takes hours, minutes and seconds, added up.
    skills = SkillSet()
    assert skills.call("timer_start", {"minutes": 8}).speech == "OK, timer for 8 minutes."
    assert skills.call("timer_start", {"hours": 1, "minutes": 30, "name": "bread"}).speech == \
        "OK, bread timer for 1 hour and 30 minutes."
    assert skills.call("timer_start", {"name": "tea"}).speech == "How long should the timer be?"
    assert "at most 24 hours" in skills.call("timer_start", {"hours": 25}).speech
    skills.call("timer_cancel", {"name": "all"})


@pytest.mark.parametrize("text, seconds, arguments", [
    ("Set a timer for eight minutes.", 480, {"minutes": 8}), ("Remind me in two hours.", 7200, {"hours": 2}),
    ("set a timer for 1 hour 30 minutes", 5400, {"hours": 1, "minutes": 30}),
    ("Set a timer for an hour and a half", 5400, {"hours": 1.5}), ("timer for 90 seconds", 90, {"seconds": 90}),
    ("set a timer for 2 minutes 30 seconds", 150, {"minutes": 2, "seconds": 30}),
    ("start an egg timer", 300, {"minutes": 5}),
])
def test_spoken_units(text, seconds, arguments):
    assert spoken_units(text, seconds) == arguments
    assert timer_length(arguments) == seconds


def test_notes_are_stored_in_the_user_data_dir(user_dirs):
    skills = SkillSet()
    skills.call("note_remember", {"text": "I parked on level B"})
    skills.call("note_remember", {"text": "buy milk"})
    assert (user_dirs / "data" / "notes.json").exists()
    again = SkillSet()  # a new session reads them back
    assert "level B" in again.call("note_recall", {}).speech
    assert again.call("note_forget", {"text": "the parking"}).ok
    assert again.call("note_recall", {}).speech == "You asked me to remember: buy milk."


@pytest.mark.parametrize("arguments, problem", [
    ({"expression": 5}, "should be a str"), ({}, "expression is missing"), ({"expression": "1+1", "x": 1}, "does not take x"),
])
def test_arguments_are_validated(arguments, problem):
    call = SkillSet().call("calculator", arguments)
    assert not call.ok and problem in call.speech


def test_unknown_skill():
    assert SkillSet().call("launch_rockets", {}).speech == "I don't have a skill for that."


def test_tool_call_protocol():
    text = protocol.render("calculator", {"expression": "17*23"})
    assert protocol.parse(text) == protocol.ParsedCall("calculator", {"expression": "17*23"})
    assert protocol.parse("Paris is the capital of France.") is None
    assert protocol.may_be_call("<tool") and protocol.may_be_call("  <tool_call>{")
    assert not protocol.may_be_call("Paris")
    with pytest.raises(protocol.ToolCallError):
        protocol.parse("<tool_call>{not json</tool_call>")
    with pytest.raises(protocol.ToolCallError):
        protocol.parse('<tool_call>{"arguments": {}}</tool_call>')


def test_fast_path_end_to_end_reports_tool_calls(models_ready):
    out = run_json("ask", "--text", "What's seventeen times twenty-three?")
    assert out["answer"] == "That's 391."
    assert out["tool_calls"] == [{"name": "calculator", "arguments": {"expression": "17*23"},
                                  "result": {"expression": "17*23", "value": 391}}]
    out = run_json("ask", "--text", "What's the weather like tomorrow?")
    assert "offline" in out["answer"] and out["tool_calls"][0]["name"] == "offline_notice"
    out = run_json("ask", "--text", "What time is it?")
    assert out["answer"].startswith("It's ") and out["tool_calls"][0]["name"] == "clock"
    # No timing bound here (it failed once at 50.6 ms under load: the first clock answer of a process loads
    # babel's locale data, ~38 ms); the fast path's speed is measured by bench/skills.py.


def test_fast_path_speed_is_far_below_the_model(models_ready):
    start = time.perf_counter()
    from assistant.skills.intents import match

    for _ in range(100):
        match("how many centimeters in five inches")
    assert (time.perf_counter() - start) / 100 < 0.05


def test_small_talk_replies_and_is_not_offered_to_the_model():
    skills = SkillSet()
    assert "small_talk" in skills.skills
    assert "small_talk" not in [s["name"] for s in skills.schemas()]  # the teacher's and student's tool list
    said = skills.call("small_talk", {"kind": "capabilities"}).speech
    for phrase in ("time and date", "timers", "arithmetic", "convert units", "remember notes", "open your apps", "offline"):
        assert phrase in said, said
    thanks = {skills.call("small_talk", {"kind": "thanks"}).speech for _ in range(3)}
    assert len(thanks) > 1  # not the same words every time
    assert skills.call("small_talk", {"kind": "greeting", "said": "Good evening!"}).speech.startswith("Good evening")
    assert "offline" in skills.call("small_talk", {"kind": "identity"}).speech
    assert not skills.call("small_talk", {"kind": "dance"}).ok
    from assistant.skills.small_talk import JOKES

    jokes = [skills.call("small_talk", {"kind": "joke"}).speech for _ in range(len(JOKES))]
    assert sorted(jokes) == sorted(JOKES)   # each in turn: none twice before all were told
    from assistant.skills.small_talk import FUN_FACTS

    facts = [skills.call("small_talk", {"kind": "fun_fact"}).speech for _ in range(len(FUN_FACTS))]
    assert sorted(facts) == sorted(FUN_FACTS)


def test_small_talk_end_to_end(models_ready):
    out = run_json("ask", "--text", "What can you do?")
    assert out["tool_calls"][0]["name"] == "small_talk" and "timers" in out["answer"]
    out = run_json("ask", "--text", "How's it going?")
    assert out["tool_calls"][0]["arguments"]["kind"] == "how_are_you" and "offline" not in out["answer"]


def test_which_calls_changed_something(tmp_path):
    """A request cut short in hands-free is continued only when its fragment changed nothing: a timer
    started or a note saved is not done a second time."""
    from assistant.skills.notes import Notes

    skills = SkillSet(notes=Notes(tmp_path / "notes.json"))
    answered = [skills.call("calculator", {"expression": "2+2"}), skills.call("clock", {})]
    assert not skills.changed_something(answered)
    failed = skills.call("timer_start", {"minutes": -5})
    assert "error" in failed.result and not skills.changed_something([failed])
    started = skills.call("timer_start", {"seconds": 30, "name": "tea"})
    assert skills.changed_something([*answered, started])
    assert skills.changed_something([skills.call("note_remember", {"text": "the car is on level two"})])
    skills.timers.cancel("")


def test_the_calculator_rounds_down_only_where_asked():
    # floor( ) is read for "how many can I buy" (floor(50/12) = 4); the word "floor" in a sentence is not an operation
    from assistant.skills.calculator import calculate

    assert calculate("floor(50/12)").speech == "That's 4."
    assert calculate("the floor is 5 times 3").speech == "That's 15."
