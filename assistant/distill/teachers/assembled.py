"""The strongest teacher this machine can assemble from a small model: the model with the long expert
prompt and worked examples, several samples per request, the app's own skill planner (a parser that
proposes an exact tool call, executed in a sandbox), and verifiers that keep only the best candidate.
With a large endpoint teacher the same class adds the planner and the verifiers around it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from assistant.distill import prompting
from assistant.distill.data import Prompt, similarity
from assistant.distill.teachers.base import Request, Teacher
from assistant.distill.verify import Sandbox, Verdict, check
from assistant.skills import intents, protocol
from assistant.skills.durations import spoken_units


@dataclass
class Candidate:
    answer: str
    rationale: str
    source: str              # planner | greedy | sample-<k>
    verdict: Verdict | None = None


class AssembledTeacher:
    def __init__(self, lm: Teacher, *, samples: int = 4, temperature: float = 0.7, max_tokens: int = 96,
                 planner: bool = True) -> None:
        self.lm = lm
        self.samples = samples
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.planner = planner
        self.sandbox = Sandbox()
        self.name = f"assembled({lm.name})"

    def describe(self) -> dict:
        return {"kind": "assembled", "lm": self.lm.describe(), "samples": self.samples, "temperature": self.temperature,
                "max_tokens": self.max_tokens, "planner": self.planner,
                "expert_prompt": "assistant/distill/prompting.py: EXPERT_RULES, the tool schemas, the request "
                                 "category's guidance and its worked examples "
                                 f"({sum(map(len, prompting.WORKED_EXAMPLES.values()))} in all)"}

    def planned(self, prompt: Prompt) -> Candidate | None:
        """The planner's verified tool call for a tool request: when it holds, no sampling is needed."""
        if not self.planner or prompt.category not in ("skills", "arithmetic_units", "offline", "tool_calls"):
            return None
        for candidate in self.candidates(prompt, []):
            candidate.verdict = check(candidate.answer, expectation(prompt), self.sandbox)
            if candidate.verdict.ok:
                return candidate
        return None

    def requests(self, prompt: Prompt) -> list[Request]:
        messages = tuple(prompting.teacher_messages(prompt.prompt, protocol.tools_prompt(self.sandbox.schemas()),
                                                       prompt.category, prompt.expect.get("history")))
        reqs = [Request(messages, 0.0, self.max_tokens, 0)]
        reqs += [Request(messages, self.temperature, self.max_tokens, k) for k in range(1, self.samples)]
        return reqs

    def candidates(self, prompt: Prompt, completions: Sequence[str]) -> list[Candidate]:
        found = []
        if self.planner and not prompt.expect.get("history"):
            intent = intents.match(prompt.prompt)
            if intent is not None:
                arguments = student_arguments(prompt.prompt, intent.name, intent.arguments)
                ran = self.sandbox.run(intent.name, arguments)
                found.append(Candidate(protocol.render(intent.name, arguments),
                                       f"This is a job for the {intent.name} tool, which answers: {ran.speech}",
                                       "planner"))
        for k, text in enumerate(completions):
            rationale, answer = prompting.parse_teacher(text)
            found.append(Candidate(answer, rationale, "greedy" if k == 0 else f"sample-{k}"))
        return found

    def choose(self, prompt: Prompt, candidates: list[Candidate]) -> Candidate | None:
        """The verified best candidate, or None when none is good enough to teach."""
        expect = expectation(prompt)
        for c in candidates:
            c.verdict = check(c.answer, expect, self.sandbox)
        answers = Counter(_canonical(c.answer) for c in candidates)
        has_reference = bool(expect)

        def rank(c: Candidate):
            agreement = answers[_canonical(c.answer)]
            consensus = sum(similarity(c.answer, o.answer) for o in candidates if o is not c)
            return (c.verdict.score, c.source == "planner", agreement, consensus, -len(c.answer))

        best = max(candidates, key=rank, default=None)
        if best is None or not best.verdict.ok:
            return None
        if not has_reference:
            # No reference to check against: keep only what several samples (or the planner) agree on,
            # for categories whose answers are facts or tool calls; style decides the rest.
            needs_consensus = prompt.category in ("facts", "skills", "arithmetic_units")
            if needs_consensus and best.source != "planner" and answers[_canonical(best.answer)] < 2:
                return None
        return best


def expectation(prompt: Prompt) -> dict:
    """The prompt's reference, or what its category alone implies."""
    if prompt.expect:
        return prompt.expect
    if prompt.category == "offline":
        return {"offline": True}
    if prompt.category in ("refuse", "refusal"):
        return {"refuse": True}
    if prompt.category in ("skills", "arithmetic_units"):
        return {"any_tool": True}   # no reference call: a valid call that runs is what can be checked
    return {}


def student_arguments(text: str, name: str, arguments: dict) -> dict:
    """The planner's call in the form a small model copies best: a timer's length in the units the
    request says (the planner itself computes seconds), and no empty name."""
    if name == "timer_start" and "seconds" in arguments:
        rest = {k: v for k, v in arguments.items() if k != "seconds" and v != ""}
        return {**spoken_units(text, arguments["seconds"]), **rest}
    return arguments


def _canonical(answer: str) -> str:
    try:
        call = protocol.parse(answer)
    except protocol.ToolCallError:
        return answer.strip().lower()
    if call is not None:
        return protocol.render(call.name, dict(sorted(call.arguments.items())))
    return " ".join(answer.lower().split())
