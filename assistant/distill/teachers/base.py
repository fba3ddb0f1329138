"""The one interface every teacher has."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

from assistant.llm.chat import Message


@dataclass(frozen=True)
class Request:
    messages: tuple[Message, ...]
    temperature: float = 0.0
    max_tokens: int = 128
    sample: int = 0           # the n-th sample of the same prompt (part of the cache key)
    stop: tuple[str, ...] = ("\n\n",)


def cut_at_stop(text: str, stop: Sequence[str]) -> str:
    cut = min((text.find(s) for s in stop if s and s in text), default=-1)
    return (text[:cut] if cut >= 0 else text).strip()


class Teacher(Protocol):
    name: str

    def describe(self) -> dict:
        """Settings for provenance: endpoint, model, never a secret."""

    def complete(self, requests: Sequence[Request], progress=None) -> list[str]:
        """One completion per request, in order. Raises TeacherError after retries; completions
        already received are cached, so running again resumes where it stopped."""


def as_dicts(messages: Sequence[Message]) -> list[dict]:
    return [{"role": m.role, "content": m.content} for m in messages]
