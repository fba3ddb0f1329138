"""Typed events of a turn. The window, the command line, the tests and the benchmark all read these.

Every event carries the turn id (barge-in makes a turn stale: its late events are ignored by id) and
the `time.perf_counter()` at which it happened."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from assistant.errors import AssistantError


@dataclass(frozen=True)
class Event:
    turn_id: int
    t: float = field(default_factory=time.perf_counter, compare=False)


@dataclass(frozen=True)
class ListeningStarted(Event):
    """The microphone delivers its first sound: from now on what is said is heard."""


@dataclass(frozen=True)
class SpokenOver(Event):
    """Hands-free: the person spoke over the reply; it stops and what they say is the next question."""


@dataclass(frozen=True)
class MicLevel(Event):
    rms: float = 0.0  # 0..1, for a level meter


@dataclass(frozen=True)
class SpeakerLevel(Event):
    """The reply's loudness as it is played (about 20 times a second), 0..1 like MicLevel's."""
    rms: float = 0.0


@dataclass(frozen=True)
class SpeechEnded(Event):
    audio_s: float = 0.0


@dataclass(frozen=True)
class PartialTranscript(Event):
    """What has been said so far, re-transcribed at a steady cadence while the user speaks."""
    text: str = ""


@dataclass(frozen=True)
class Transcribed(Event):
    text: str = ""


@dataclass(frozen=True)
class AnswerDelta(Event):
    text: str = ""


@dataclass(frozen=True)
class ToolCalled(Event):
    name: str = ""
    arguments: dict = field(default_factory=dict)
    result: object = None


@dataclass(frozen=True)
class TimerDone(Event):
    name: str = ""
    text: str = ""


@dataclass(frozen=True)
class AnswerDone(Event):
    text: str = ""


@dataclass(frozen=True)
class SpeakingStarted(Event):
    sentence: str = ""


@dataclass(frozen=True)
class SpeakingDone(Event):
    interrupted: bool = False


@dataclass(frozen=True)
class TurnFailed(Event):
    error: AssistantError | None = None


@dataclass(frozen=True)
class TurnFinished(Event):
    result: object = None  # a TurnResult


@dataclass(frozen=True)
class WaitingForWakeWord(Event):
    """Hands-free with the wake word: the microphone is open and only the wake word starts a turn."""
    wake_word: str = ""


@dataclass(frozen=True)
class WakeWordHeard(Event):
    pass


@dataclass(frozen=True)
class HandsFreeNotice(Event):
    """Hands-free runs, but something it would do cannot be done here (said once, when it starts)."""
    text: str = ""


@dataclass(frozen=True)
class HandsFreeStopped(Event):
    error: AssistantError | None = None  # why it stopped, when it was not asked to
