"""The tool-call format the answer model emits (and the distilled student learns):

    <tool_call>{"name": "calculator", "arguments": {"expression": "17*23"}}</tool_call>

One call, as the whole answer. The runtime validates it against the skill's schema, runs the skill
and speaks the skill's own sentence (a 135M model phrases numbers and times less reliably than code).
Malformed calls become a polite spoken error, never an exception; the model's text is never executed."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

OPEN, CLOSE = "<tool_call>", "</tool_call>"
_CALL = re.compile(re.escape(OPEN) + r"\s*(.*?)\s*(?:" + re.escape(CLOSE) + r"|$)", re.S)


class ToolCallError(ValueError):
    pass


@dataclass(frozen=True)
class ParsedCall:
    name: str
    arguments: dict


def may_be_call(text: str) -> bool:
    """True while `text` (an answer being streamed) could still turn out to be a tool call."""
    head = text.lstrip()
    return head.startswith(OPEN) or (len(head) < len(OPEN) and OPEN.startswith(head))


def parse(text: str) -> ParsedCall | None:
    """None when `text` is a plain answer; a ParsedCall, or ToolCallError when it is a broken call."""
    match = _CALL.search(text)
    if not match or not text.lstrip().startswith(OPEN):
        return None
    try:
        data = json.loads(match.group(1))
    except ValueError as exc:
        raise ToolCallError("the call is not valid JSON") from exc
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        raise ToolCallError("the call has no skill name")
    arguments = data.get("arguments", {})
    if not isinstance(arguments, dict):
        raise ToolCallError("the call's arguments are not an object")
    return ParsedCall(data["name"], arguments)


def named(text: str) -> str | None:
    """The skill a call names, read from its text even when the call itself is broken."""
    match = re.search(r'"name"\s*:\s*"([A-Za-z_]+)"', text)
    return match.group(1) if match else None


def written_by_user(question: str) -> bool:
    """True when the user's own text holds tool-call markup (or its JSON shape): a call the model emits
    for such a question may be a copy of it, so it is not executed."""
    q = question.lower()
    return "tool_call" in q or "tool call" in q or bool(re.search(r'"name"\s*:', q))


def render(name: str, arguments: dict) -> str:
    return f"{OPEN}{json.dumps({'name': name, 'arguments': arguments}, ensure_ascii=False)}{CLOSE}"


def tools_prompt(schemas: list[dict]) -> str:
    """The instructions a teacher (or a prompted model) gets; the student learns them by heart."""
    lines = [f"- {s['name']}: {s['description']} Arguments: {json.dumps(s['parameters'])}" for s in schemas]
    return ("You can use these tools. To use one, answer with exactly one line "
            f"{OPEN}{{\"name\": ..., \"arguments\": {{...}}}}{CLOSE} and nothing else.\n" + "\n".join(lines))
