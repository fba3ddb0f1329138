"""What one turn produced: the `assistant ask --json` object other tools read. Keep the field names."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from assistant.errors import AssistantError


@dataclass
class ToolCall:
    name: str
    arguments: dict
    result: object


@dataclass
class TurnResult:
    transcript: str = ""
    answer: str = ""
    tool_calls: list[ToolCall] = field(default_factory=list)
    timings_ms: dict = field(default_factory=lambda: dict.fromkeys(
        ("asr", "first_token", "answer_done", "first_audio", "total")))
    models: dict = field(default_factory=lambda: {"asr": None, "lm": None, "tts": None})
    spoken: str = ""          # what the user actually heard (less than `answer` after a barge-in)
    interrupted: bool = False
    notice: str = ""          # a non-fatal problem, e.g. the voice failed but the answer is shown
    error: AssistantError | None = None  # why the turn produced no answer

    def to_json(self) -> dict:
        return {
            "transcript": self.transcript,
            "answer": self.answer,
            "tool_calls": [asdict(c) for c in self.tool_calls],
            "timings_ms": self.timings_ms,
            "models": self.models,
        }
