"""A short two-tone chime (for timers), made here rather than shipped as a file."""

from __future__ import annotations

import numpy as np

RATE = 22050


def chime() -> tuple[np.ndarray, int]:
    parts = []
    for freq in (880.0, 1320.0):
        t = np.arange(int(RATE * 0.18)) / RATE
        envelope = np.minimum(1.0, t / 0.01) * np.exp(-t * 9)
        parts.append(0.35 * np.sin(2 * np.pi * freq * t) * envelope)
    return np.concatenate(parts).astype(np.float32), RATE
