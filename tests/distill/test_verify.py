"""The verifiers that decide what the student learns and how the development set is scored."""

import pytest

from assistant.distill.data import DEV_SET, SEED_PROMPTS, load_prompts
from assistant.distill.verify import STATEFUL, Sandbox, check, style_problems
from assistant.skills import protocol


@pytest.fixture(scope="module")
def sandbox():
    return Sandbox()


def call(skill, **arguments):
    return protocol.render(skill, arguments)


def test_right_tool_call_passes_and_wrong_arguments_fail(sandbox):
    expect = {"tool": "calculator", "args": {"expression": "36*14"}}
    assert check(call("calculator", expression="36 * 14"), expect, sandbox).ok
    assert check(call("calculator", expression="thirty six times fourteen"), expect, sandbox).ok
    wrong = check(call("calculator", expression="36*15"), expect, sandbox)
    assert not wrong.ok and wrong.tool_ok is False


def test_units_are_compared_by_the_converted_value(sandbox):
    expect = {"tool": "convert_units", "args": {"value": 5, "from_unit": "mile", "to_unit": "kilometer"}}
    assert check(call("convert_units", value=5, from_unit="miles", to_unit="km"), expect, sandbox).ok
    assert not check(call("convert_units", value=5, from_unit="kilometer", to_unit="mile"), expect, sandbox).ok


def test_wrong_skill_unknown_skill_and_broken_json_fail(sandbox):
    expect = {"tool": "timer_start", "args": {"seconds": 480}}
    assert check(call("timer_start", seconds=480), expect, sandbox).ok
    assert not check(call("timer_start", seconds=8), expect, sandbox).ok
    assert check(call("timer_list"), expect, sandbox).reasons == ["called timer_list, expected timer_start"]
    assert "unknown skill" in check(call("remind_me"), expect, sandbox).reasons[0]
    assert "broken tool call" in check('<tool_call>{"name": timer', expect, sandbox).reasons[0]
    assert not check("Sure, I set a timer for eight minutes.", expect, sandbox).ok


def test_timer_calls_are_compared_by_total_length(sandbox):
    expect = {"tool": "timer_start", "args": {"seconds": 5400}}
    assert check(call("timer_start", hours=1, minutes=30), expect, sandbox).ok
    assert check(call("timer_start", minutes=90), expect, sandbox).ok
    assert not check(call("timer_start", minutes=54), expect, sandbox).ok
    # A call that fails (no length) is a wrong answer, not a crash of the sandbox (it crashed a generate run).
    assert not check(call("timer_start", name="tea"), expect, sandbox).ok
    assert not check(call("timer_start", minutes=0), {"any_tool": True}, sandbox).ok


def test_timers_and_notes_from_checks_do_not_leak(sandbox):
    check(call("timer_start", seconds=600), {"tool": "timer_start", "args": {"seconds": 600}}, sandbox)
    check(call("note_remember", text="x"), {"tool": "note_remember", "args": {"text": "x"}}, sandbox)
    assert sandbox.skills.timers.list().data == {"timers": []} or "no timers" in sandbox.skills.timers.list().speech.lower()
    assert "nothing" in sandbox.skills.notes.recall().speech.lower() or sandbox.skills.notes.recall().data in ([], {"notes": []})


def test_reference_answers_match_whole_numbers_only(sandbox):
    expect = {"answer_any": ["twelve", "12"]}
    assert check("There are 12 months in a year.", expect, sandbox).ok
    assert not check("A year is 120 months.", expect, sandbox).ok
    assert check("The capital of Australia is Canberra.", {"answer_any": ["canberra"]}, sandbox).ok


def test_offline_and_refusal(sandbox):
    assert check("I'm offline, so I can't check the weather.", {"offline": True}, sandbox).ok
    assert check(call("offline_notice", topic="the weather"), {"offline": True}, sandbox).ok
    assert not check("It will be sunny and 20 degrees.", {"offline": True}, sandbox).ok
    assert check("Sorry, I can't help with that.", {"refuse": True}, sandbox).ok
    assert not check("First, get a tension wrench.", {"refuse": True}, sandbox).ok
    assert not check("Sorry, I can't help with that.", {}, sandbox).ok  # declining a harmless request


def test_spoken_style_rules():
    assert style_problems("Boil water, add the egg, and wait nine minutes.") == []
    assert "markdown or a list" in style_problems("Steps:\n1. Boil water\n2. Add egg")
    assert "markdown or a list" in style_problems("It is **very** easy.")
    assert any("too long" in p for p in style_problems("word " * 80))
    assert "teacher format leaked" in style_problems("Reasoning: eggs. Answer: boil them")
    assert "not speakable (code, tags or links)" in style_problems("See https://example.com")


def test_every_reference_call_in_the_prompt_sets_runs(sandbox):
    for prompt in load_prompts(SEED_PROMPTS) + load_prompts(DEV_SET):
        tool = prompt.expect.get("tool")
        if tool and tool not in STATEFUL:
            assert sandbox.run(tool, prompt.expect.get("args", {})).ok, prompt


def test_calls_whose_outcome_depends_on_state_are_checked_by_their_arguments(sandbox):
    assert check(call("timer_cancel"), {"tool": "timer_cancel", "args": {}}, sandbox).ok
    assert check(call("timer_cancel", name="egg"), {"tool": "timer_cancel", "args": {"name": "egg"}}, sandbox).ok
    assert not check(call("timer_cancel", name="pasta"), {"tool": "timer_cancel", "args": {"name": "egg"}}, sandbox).ok
    assert check(call("note_recall"), {"tool": "note_recall", "args": {}}, sandbox).ok
    assert not check(call("note_recall", text="x"), {"tool": "note_recall", "args": {}}, sandbox).ok


def test_without_a_reference_any_valid_call_that_runs_passes(sandbox):
    from assistant.distill.data import Prompt
    from assistant.distill.teachers.assembled import expectation

    expect = expectation(Prompt("x", "arithmetic_units", "What's 6 times 7?", {}))
    assert check(call("calculator", expression="6*7"), expect, sandbox).ok
    assert not check(call("calculator", expression="hello"), expect, sandbox).ok
    assert not check("It's 42.", expect, sandbox).ok
    assert check(call("timer_list"), expectation(Prompt("y", "skills", "Any timers?", {})), sandbox).ok


import pytest  # noqa: E402

from assistant.distill.verify import has_phrase, numbers_in  # noqa: E402


@pytest.mark.parametrize("answer, phrase, found", [
    ("The capital of Peru is Lima.", "Lima", True),
    ("An insect has 7 days.", "7", True),
    ("It is 70 degrees.", "7", False),           # a number is a whole word, never a prefix
    ("That's a category.", "cat", False),
    ("Reykjavík is the capital.", "Reykjavik", True),   # accents folded
    ("Saint John's is the capital.", "St. John's", True),
    ("It's in N'Djamena.", "N'Djamena", True),
])
def test_references_match_as_whole_words(answer, phrase, found):
    assert has_phrase(answer, phrase) == found


def test_numbers_are_read_in_digits_and_words():
    assert numbers_in("Two hundred and six bones, or 1,000, or 3.5") == [206.0, 1000.0, 3.5]
