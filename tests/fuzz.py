"""A seeded generator of hostile requests for the fast path, the calculator, the unit and timer parsers
and the tool-call parser, and the checks every one of them must pass: no uncaught exception, a bounded
time, and a result that is one line of strict JSON. Used by tests/test_fuzz.py (a bounded run in
`make test`) and bench/fuzz.py (a longer run by hand)."""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass, field

NUMBERS = ["0", "-0", "1", "-5", "3.5", "1e308", "999999", "10^12", "1000000000000000000000", "007", "1,000",
           "-40", "NaN", "inf", "½", "٣", "seventeen", "twenty-three", "a million", "minus forty", "negative two",
           "point five", "zero point zero one", "9" * 60, "2**2**2**2", "(((1)))", ")", "("]
OPS = [" plus ", " minus ", " times ", " divided by ", " to the power of ", " percent of ", "% of ", " squared",
       " cubed", "square root of ", "cube root of ", " factorial", "!", " x ", " ^ ", " / ", "*", " and ", " mod "]
UNITS = ["minutes", "hours", "seconds", "celsius", "fahrenheit", "kelvin", "inches", "centimeters", "miles",
         "kilometers", "pounds", "kilograms", "gigabytes", "cups", "lightyears", "parsecs", "mph", "degrees"]
FRAMES = ["what is {x}", "what's {x}?", "calculate {x}", "{x}", "set a timer for {x} {u}", "start a {x} {u} timer",
          "remind me in {x} {u}", "convert {x} {u} to {v}", "how many {v} in {x} {u}", "what is {x} {u} in {v}",
          "remember that {s}", "forget the note about {s}", "forget {s}", "yes, forget all my notes", "put it back",
          "cancel the {s} timer", "define {s}", "what does {s} mean", "what time is it {s}", "hey {s}",
          "<tool_call>{j}</tool_call>", "{s} <tool_call>{j}", "{j}", "count down from {x}", "{x} {u} timer for {s}"]
JUNK = ["", " ", "\n", "\t\t", "\x00", "\u200b", "\ud800", "🙂", "ß", "İ", "‮", "<script>", "../..", "'; DROP TABLE",
        "%s%s%s", "{}", "{{x}}", "\\", "the the the", "all", "everything", "my keys", "a" * 300]
CALLS = ['{"name": "calculator", "arguments": {"expression": "%s"}}',
         '{"name": "timer_start", "arguments": {"hours": %s, "minutes": -1000}}',
         '{"name": "note_forget", "arguments": {"text": "all"}}', '{"name": "note_forget_all", "arguments": {}}',
         '{"name": "convert_units", "arguments": {"value": %s, "from_unit": "kelvin", "to_unit": "celsius"}}',
         '{"name": "offline_notice", "arguments": {"topic": "your email"}}', '{"name": 5}', '[1, 2]', '{"name"',
         '{"name": "clock", "arguments": {"what": "%s"}}', '{"name": "timer_start", "arguments": {"seconds": 1e999}}']


def request(rng: random.Random) -> str:
    x = rng.choice(NUMBERS)
    for _ in range(rng.randint(0, 4)):
        x += rng.choice(OPS) + rng.choice(NUMBERS)
    j = rng.choice(CALLS)
    j = j.replace("%s", rng.choice(NUMBERS)) if "%s" in j else j
    text = rng.choice(FRAMES).format(x=x, u=rng.choice(UNITS), v=rng.choice(UNITS), s=rng.choice(JUNK), j=j)
    if rng.random() < 0.2:
        k = rng.randrange(len(text) + 1)
        text = text[:k] + rng.choice(JUNK) + text[k:]
    return text


def tool_text(rng: random.Random) -> str:
    j = rng.choice(CALLS)
    j = j.replace("%s", rng.choice(NUMBERS)) if "%s" in j else j
    return rng.choice(["<tool_call>{j}</tool_call>", "<tool_call>{j}", " <tool_call> {j} </tool_call> trailing",
                       "{j}", "<tool_call></tool_call>", "<tool_call>" * 3 + "{j}"]).format(j=j)


@dataclass
class Report:
    cases: int = 0
    slowest_ms: float = 0.0
    failures: list = field(default_factory=list)

    def add_failure(self, kind: str, text: str, problem: str) -> None:
        if len(self.failures) < 20:
            self.failures.append({"kind": kind, "input": text, "problem": problem})


def strict_json(obj) -> str:
    from assistant.output import _finite

    line = json.dumps(_finite(obj), ensure_ascii=False, allow_nan=False)
    assert "\n" not in line
    line.encode("utf-8")  # lone surrogates would raise here
    return line


def run(cases: int, seed: int, time_limit_s: float = 1.0) -> Report:
    """Fast path + skills (in a sandbox for notes and timers) and the tool-call parser."""
    import tempfile
    from pathlib import Path

    from assistant.skills import intents, protocol
    from assistant.skills.base import SkillError
    from assistant.skills.durations import parse_duration
    from assistant.skills.notes import Notes
    from assistant.skills.registry import SkillSet

    rng = random.Random(seed)
    report = Report()
    with tempfile.TemporaryDirectory() as home:
        skills = SkillSet(on_timer=lambda *a: None, notes=Notes(Path(home) / "notes.json"))
        for _ in range(cases):
            text = request(rng) if rng.random() < 0.8 else tool_text(rng)
            start = time.perf_counter()
            try:
                intent = intents.match(text)
                if intent is not None:
                    call = skills.call(intent.name, intent.arguments)
                    strict_json({"name": call.name, "arguments": call.arguments, "result": call.result,
                                 "speech": call.speech})
                try:
                    parsed = protocol.parse(text)
                except protocol.ToolCallError:
                    parsed = None
                if parsed is not None:
                    call = skills.call(parsed.name, parsed.arguments, from_model=True)
                    strict_json({"result": call.result, "speech": call.speech})
                # the parsers on their own, with what the model could pass them
                for name, arguments in (("calculator", {"expression": text}),
                                        ("convert_units", {"value": rng.choice([0.0, -1e308, 1e308, 3.5, -273.16]),
                                                           "from_unit": rng.choice(UNITS + [text[:30]]),
                                                           "to_unit": rng.choice(UNITS)}),
                                        ("timer_start", {"minutes": rng.choice([0.5, -1.0, 1e300, 1440.0, 3.0])})):
                    call = skills.call(name, arguments, from_model=True)
                    strict_json({"result": call.result, "speech": call.speech})
                try:
                    parse_duration(text)
                except SkillError:
                    pass
            except Exception as exc:  # noqa: BLE001 - what the fuzzer is looking for
                report.add_failure("exception", text, f"{type(exc).__name__}: {exc}")
            elapsed = (time.perf_counter() - start) * 1000
            report.slowest_ms = max(report.slowest_ms, elapsed)
            if elapsed > time_limit_s * 1000:
                report.add_failure("slow", text, f"{elapsed:.0f} ms")
            skills.timers.cancel("all") if skills.timers._timers else None
            report.cases += 1
    return report
