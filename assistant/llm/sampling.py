"""Choosing the next token from logits: greedy, or temperature with nucleus (top-p) sampling."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class SamplingOptions:
    temperature: float = 0.0   # 0 means greedy
    top_p: float = 0.9
    seed: int | None = None
    not_first: tuple[int, ...] = ()   # tokens the answer may not begin with (a tool call's opening, to answer in words)


class Sampler:
    def __init__(self, options: SamplingOptions) -> None:
        if options.temperature < 0 or not 0 < options.top_p <= 1:
            raise ValueError("temperature must be >= 0 and top_p in (0, 1]")
        self.options = options
        self._rng = np.random.default_rng(options.seed)
        self._first = True

    def __call__(self, logits: np.ndarray) -> int:
        if self._first and self.options.not_first:
            logits = logits.copy()
            logits[list(self.options.not_first)] = -np.inf
        self._first = False
        if self.options.temperature == 0:
            return int(np.argmax(logits))
        scaled = logits.astype(np.float64) / self.options.temperature
        scaled -= scaled.max()
        probs = np.exp(scaled)
        probs /= probs.sum()
        order = np.argsort(-probs)
        cumulative = np.cumsum(probs[order])
        keep = order[: int(np.searchsorted(cumulative, self.options.top_p)) + 1]
        kept = probs[keep] / probs[keep].sum()
        return int(self._rng.choice(keep, p=kept))
