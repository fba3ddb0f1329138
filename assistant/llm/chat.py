"""Chat templating with the model's own template (jinja2, as transformers renders it) and a token
budget for history: the oldest turns are dropped first, the system prompt and the new question never."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import jinja2
import jinja2.sandbox


@dataclass(frozen=True)
class Message:
    role: str  # "system" | "user" | "assistant" | "tool"
    content: str


class ChatTemplate:
    def __init__(self, template: str, *, bos_token: str = "", eos_token: str = "") -> None:
        env = jinja2.sandbox.ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
        env.globals["raise_exception"] = _raise
        self._template = env.from_string(template)
        self._special = {"bos_token": bos_token, "eos_token": eos_token}

    def render(self, messages: Sequence[Message], *, add_generation_prompt: bool = True) -> str:
        return self._template.render(
            messages=[{"role": m.role, "content": m.content} for m in messages],
            add_generation_prompt=add_generation_prompt,
            **self._special,
        )


def _raise(message: str) -> None:
    raise jinja2.TemplateError(message)


def fit_history(
    system: Message | None,
    history: Sequence[Message],
    question: Message,
    count_tokens: Callable[[Sequence[Message]], int],
    budget: int,
) -> list[Message]:
    """The longest suffix of `history` (whole user/assistant exchanges) that fits in `budget` tokens
    together with the system prompt and the question. Whole exchanges are dropped, oldest first, so
    the model never sees an answer without its question."""
    head = [system] if system else []
    exchanges: list[list[Message]] = []
    for message in history:
        if message.role == "user" or not exchanges:
            exchanges.append([message])
        else:
            exchanges[-1].append(message)
    while exchanges:
        candidate = head + [m for ex in exchanges for m in ex] + [question]
        if count_tokens(candidate) <= budget:
            return candidate
        exchanges.pop(0)
    return head + [question]
