"""One interface for every voice: text in, a mono float32 waveform out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np


@dataclass(frozen=True)
class Speech:
    samples: np.ndarray  # mono float32 in [-1, 1]
    sample_rate: int

    @property
    def seconds(self) -> float:
        return self.samples.size / self.sample_rate


@dataclass(frozen=True)
class VoiceOptions:
    voice_id: str | None = None  # an engine's voice id; None: its default
    rate: int = 175              # words per minute
    volume: float = 1.0          # 0..1


class Voice(Protocol):
    name: str

    def synthesize(self, text: str) -> Speech: ...
