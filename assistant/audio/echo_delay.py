"""The echo's bulk delay: how much later than the speaker's sound its echo reaches the microphone, on the
canceller's timeline (the device latencies and the sound's way through the room).

Found by cross-correlating the microphone's last half second with what was played up to 0.3 s before
(normalised, FFT), and trusted when two estimates in a row agree. The devices rarely change between
turns, so the last delay found is where the next canceller starts. Reading the reference that much later
lets the echo canceller use a short filter, which converges in about a second instead of several
(measured on the virtual speaker-to-microphone loopback, docs/benchmark.md)."""

from __future__ import annotations

import numpy as np

RATE = 16000
WINDOW = RATE // 2      # the microphone's last half second is matched
MAX_DELAY = int(0.3 * RATE)
EVERY = RATE // 4       # an estimate every 0.25 s of audio
MARGIN = int(0.004 * RATE)  # the filter starts a little before the found delay (it can only model later sound)
AGREE = int(0.002 * RATE)
MIN_CORRELATION = 0.3


def correlate(ref: np.ndarray, mic: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`mic` against each stretch ref[k:k + mic.size] of the longer `ref`, k = 0 .. ref.size - mic.size:
    their dot products (FFT) and the stretches' norms (a running sum), for a normalised correlation.
    (Each caller guards the near-silent stretches its own way.)"""
    n, lags = mic.size, ref.size - mic.size
    size = 1 << (ref.size + n - 1).bit_length()
    corr = np.fft.irfft(np.fft.rfft(ref, size) * np.conj(np.fft.rfft(mic, size)), size)[: lags + 1]
    energy = np.concatenate([[0.0], np.cumsum(np.square(ref, dtype=np.float64))])
    return corr, np.sqrt(energy[n:n + lags + 1] - energy[: lags + 1])


class DelayEstimator:
    last_found: int | None = None   # by any estimator in this process: the devices are the same

    def __init__(self) -> None:
        self._mic = np.zeros(0, np.float32)
        self._ref = np.zeros(0, np.float32)
        self._since = 0
        self._last: int | None = None
        self.found = DelayEstimator.last_found   # the last trusted estimate, in samples
        self.delay = 0 if self.found is None else max(0, self.found - MARGIN)   # the reference is read this late

    def feed(self, mic: np.ndarray, played: np.ndarray) -> bool:
        """`mic` and `played` (the reference read with no delay) of one chunk. True when `delay` changed."""
        keep = WINDOW + MAX_DELAY
        self._mic = np.concatenate([self._mic, mic])[-WINDOW:]
        self._ref = np.concatenate([self._ref, played])[-keep:]
        self._since += mic.size
        if self._since < EVERY or self._ref.size < keep or self._mic.size < WINDOW:
            return False
        self._since = 0
        lag = self._estimate()
        if lag is None:
            self._last = None
            return False
        agreed = self._last is not None and abs(lag - self._last) <= AGREE
        self._last = lag
        if not agreed or (self.found is not None and abs(lag - self.found) <= MARGIN):
            return False   # a change within the margin is the filter's to follow: no fresh start for it
        self.found = DelayEstimator.last_found = lag
        self.delay = max(0, lag - MARGIN)
        return True

    def _estimate(self) -> int | None:
        mic, ref = self._mic, self._ref
        if np.sqrt(np.mean(np.square(ref))) < 0.01 or np.sqrt(np.mean(np.square(mic))) < 0.003:
            return None   # nothing playing, or nothing heard: nothing to match
        corr, ref_norm = correlate(ref, mic)
        score = corr / ((ref_norm + 1e-9) * (np.linalg.norm(mic) + 1e-9))
        k = int(np.argmax(score))  # ref[k:k+WINDOW] matches the microphone: the echo is MAX_DELAY - k later
        return MAX_DELAY - k if score[k] >= MIN_CORRELATION else None
