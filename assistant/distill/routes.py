"""Teach a small student to hand arithmetic to its tools. A 135M model cannot multiply ("How many months
are in 15 years?" -> "1500 months" after one epoch on the teacher's worked answers: 3 of 20 unit
questions and 3 of 20 word problems right on the validation split), but it can learn to call
`convert_units` or `calculator`, and the executed call says the exact number.

A kept sample of a unit question or a word problem is rewritten as a tool call when (and only when)
the call, executed, says the number the request expects. Tried in order: the skill planner (the fast
path's own reading of the request); the arithmetic the teacher wrote in its rationale ("16 - 13 = 3"
-> calculator "16-13"); a conversion between two words of the request (convert_units 15 years ->
months); one operation on two numbers of the request, when exactly one operation gives the expected
number. Every other sample is left as it is."""

from __future__ import annotations

import re

from assistant.distill.data import Prompt
from assistant.distill.teachers.assembled import expectation, student_arguments
from assistant.distill.verify import Sandbox, check
from assistant.skills import intents, protocol
from assistant.skills.facts import call_arguments, follow_up_fact

ROUTED = ("units_words", "math_word", "facts", "numeric_facts")
BY_PLANNER_ONLY = ("facts", "numeric_facts")   # a capital or an atomic number: the lookup_fact table, when it knows
_OPERATION = re.compile(r"(\d+(?:\.\d+)?)\s*([-+*/x×÷])\s*(\d+(?:\.\d+)?)")


def expressions(rationale: str) -> list[str]:
    """The arithmetic written in a rationale, in order: "16 - 13 = 3" -> ["16-13"]."""
    found = []
    for a, op, b in _OPERATION.findall(rationale.replace(",", "")):
        op = {"x": "*", "×": "*", "÷": "/"}.get(op, op)
        found.append(f"{a}{op}{b}")
    return found


def route(sample: dict, prompt: Prompt, sandbox: Sandbox) -> dict | None:
    """The sample as a verified tool call, or None (left as the teacher wrote it)."""
    if prompt.category == "multi_turn":
        return _route_follow_up(sample, prompt, sandbox)
    if prompt.category not in ROUTED or prompt.expect.get("history"):
        return None
    expect = expectation(prompt)
    calls = []
    intent = intents.match(prompt.prompt)
    if intent is not None:
        calls.append((intent.name, student_arguments(prompt.prompt, intent.name, intent.arguments)))
    if prompt.category in BY_PLANNER_ONLY:
        calls = [c for c in calls if c[0] == "lookup_fact"]
    else:
        calls += [("calculator", {"expression": e}) for e in reversed(expressions(sample.get("rationale", "")))]
        calls += _conversions(prompt.prompt) if prompt.category == "units_words" else _operations(prompt.prompt, expect)
    return _first_verified(sample, calls, expect, sandbox)


def _first_verified(sample: dict, calls: list, expect: dict, sandbox: Sandbox) -> dict | None:
    for name, arguments in calls:
        answer = protocol.render(name, arguments)
        verdict = check(answer, expect, sandbox)
        if verdict.ok:
            ran = sandbox.run(name, arguments)
            provenance = dict(sample.get("provenance", {}), source="planner", routed_from=sample["answer"])
            return dict(sample, answer=answer, rationale=f"This is a job for the {name} tool, which answers: {ran.speech}",
                        provenance=provenance)
    return None


def _route_follow_up(sample: dict, prompt: Prompt, sandbox: Sandbox) -> dict | None:
    """"And of Malta?" after a capital question: the same fact of the new subject, from lookup_fact."""
    previous = intents.context_of(prompt.earlier_questions)   # as the app reads a follow-up
    if previous is None:
        return None
    found = follow_up_fact(intents.clean(previous), intents.clean(prompt.prompt))
    if found is None:
        return None
    arguments = call_arguments(found, prompt.prompt)
    expect = {k: v for k, v in expectation(prompt).items() if k != "history"}
    return _first_verified(sample, [("lookup_fact", arguments)], expect, sandbox)


_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_NOT_UNITS = {"how", "many", "much", "are", "is", "in", "a", "an", "the", "of", "that", "what", "what's", "if", "i",
              "have", "expressed", "equal", "to", "equals", "into", "me", "tell", "convert", "make", "there", "does"}


def _conversions(text: str) -> list[tuple[str, dict]]:
    numbers = _NUMBER.findall(text)
    if len(numbers) != 1:
        return []
    words = [w for w in re.findall(r"[a-z]+", text.lower()) if w not in _NOT_UNITS]
    value = float(numbers[0])
    return [("convert_units", {"value": value, "from_unit": a, "to_unit": b}) for a in words for b in words if a != b]


def _operations(text: str, expect: dict) -> list[tuple[str, dict]]:
    numbers = _NUMBER.findall(text)
    if len(numbers) != 2 or "number" not in expect:
        return []
    a, b = numbers
    right = [f"{a}{op}{b}" for op in "+-*/" if _value(f"{a}{op}{b}") == float(expect["number"])]
    return [("calculator", {"expression": right[0]})] if len(right) == 1 else []


def _value(expression: str) -> float | None:
    from assistant.skills.base import SkillError
    from assistant.skills.calculator import evaluate

    try:
        return float(evaluate(expression))
    except (SkillError, ZeroDivisionError):
        return None


def route_all(samples: list[dict], prompts: dict[str, Prompt]) -> tuple[list[dict], dict]:
    """Every sample, the unit questions and word problems routed through a tool where one says the
    right number; and the counts (routed / kept as written) per category."""
    sandbox = Sandbox()
    out, counts = [], {}
    for s in samples:
        prompt = prompts.get(s["prompt_id"])
        routed = route(s, prompt, sandbox) if prompt is not None else None
        if prompt is not None and prompt.category in ROUTED + ("multi_turn",):
            key = "routed" if routed else "as_written"
            counts.setdefault(prompt.category, {"routed": 0, "as_written": 0})[key] += 1
        out.append(routed or s)
    return out, counts
