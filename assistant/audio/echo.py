"""Echo cancellation for listening while the assistant speaks: the speaker's own sound is taken out of
the microphone's, so the wake word can be heard over a reply.

What the speaker plays is written to `PLAYING` (by the player, with the time it was handed over); the
microphone's chunks are matched to it by the time they arrived, and Speex's echo canceller (libspeexdsp,
Xiph; a ctypes binding, as it ships with PulseAudio on every desktop) learns the path from one to the
other: the device latencies and the room. The reference is always earlier than its echo when matched
this way (the echo arrives output latency + room + input latency later), which is what the canceller
needs. That delay is measured (echo_delay.py, up to 0.3 s) and the reference read that much later, so
the filter itself covers only the room's first 64 ms and converges within about a second."""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
import time

import numpy as np

from assistant.audio.echo_delay import DelayEstimator

RATE = 16000
FRAME = 160             # 10 ms frames for the canceller
TAIL = 1024            # the echo path it models after the bulk delay (echo_delay.py): 64 ms of room
KEEP_S = 4.0            # the reference kept for matching
_SET_SAMPLING_RATE = 24   # SPEEX_ECHO_SET_SAMPLING_RATE
_SET_ECHO_STATE = 24      # SPEEX_PREPROCESS_SET_ECHO_STATE


class Reference:
    """The sound being played, at 16 kHz, on one timeline (time.monotonic() of its samples). It is kept
    only while an echo canceller listens: the player does no extra work otherwise."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._samples = np.zeros(0, np.float32)
        self._start = 0.0   # the time of _samples[0]
        self.listeners = 0

    def write(self, block: np.ndarray, at: float | None = None) -> None:
        """`block` (16 kHz mono float32, see `resample`) was handed to the speaker at `at` (default: now)."""
        at = time.monotonic() if at is None else at
        block = np.asarray(block, np.float32)
        with self._lock:
            end = self._start + self._samples.size / RATE
            if not self._samples.size or at - end > KEEP_S:   # a new timeline
                self._samples, self._start = block.copy(), at
            elif at > end + 0.005:   # after a pause: silence up to this sound
                self._samples = np.concatenate([self._samples, np.zeros(int((at - end) * RATE), np.float32), block])
            else:   # the next block of the same sound: continuous, whatever the callback's jitter
                self._samples = np.concatenate([self._samples, block])
            excess = self._samples.size - int(KEEP_S * RATE)
            if excess > 0:
                self._samples = self._samples[excess:]
                self._start += excess / RATE

    def read(self, until: float, n: int) -> np.ndarray:
        """The `n` samples that ended at time `until` (zeros where nothing was playing)."""
        out = np.zeros(n, np.float32)
        with self._lock:
            last = int(round((until - self._start) * RATE))   # index just past the wanted stretch
            first = last - n
            lo, hi = max(first, 0), min(last, self._samples.size)
            if hi > lo:
                out[lo - first:hi - first] = self._samples[lo:hi]
        return out


PLAYING = Reference()


def resample(samples: np.ndarray, sample_rate: int) -> np.ndarray:
    samples = np.asarray(samples, np.float32).reshape(-1)
    if sample_rate == RATE or samples.size == 0:
        return samples.copy()
    n = max(1, int(round(samples.size * RATE / sample_rate)))
    return np.interp(np.arange(n) * (sample_rate / RATE), np.arange(samples.size), samples).astype(np.float32)


def _speex():
    name = ctypes.util.find_library("speexdsp") or "libspeexdsp.so.1"
    lib = ctypes.CDLL(name)
    lib.speex_echo_state_init.restype = ctypes.c_void_p
    lib.speex_echo_state_init.argtypes = [ctypes.c_int, ctypes.c_int]
    lib.speex_echo_state_destroy.argtypes = [ctypes.c_void_p]
    lib.speex_echo_state_reset.argtypes = [ctypes.c_void_p]
    lib.speex_echo_ctl.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
    lib.speex_echo_cancellation.argtypes = [ctypes.c_void_p] * 4
    lib.speex_preprocess_state_init.restype = ctypes.c_void_p
    lib.speex_preprocess_state_init.argtypes = [ctypes.c_int, ctypes.c_int]
    lib.speex_preprocess_state_destroy.argtypes = [ctypes.c_void_p]
    lib.speex_preprocess_ctl.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
    lib.speex_preprocess_run.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    return lib


class EchoCanceller:
    """Microphone chunks in, the same chunks with the speaker's sound taken out. Without libspeexdsp
    (`available()` is False) the audio passes through unchanged."""

    def __init__(self, reference: Reference = PLAYING) -> None:
        self.reference = reference
        self.last_played: np.ndarray | None = None
        self.last_time = 0.0   # the end of the last chunk on the reference's timeline
        try:
            self._lib = _speex()
        except OSError:
            self._lib = None
            return
        reference.listeners += 1
        self._echo = self._lib.speex_echo_state_init(FRAME, TAIL)
        rate = ctypes.c_int(RATE)
        self._lib.speex_echo_ctl(self._echo, _SET_SAMPLING_RATE, ctypes.byref(rate))
        self._pre = self._lib.speex_preprocess_state_init(FRAME, RATE)  # and what is left of the echo
        self._lib.speex_preprocess_ctl(self._pre, _SET_ECHO_STATE, ctypes.c_void_p(self._echo))
        self._mic = np.zeros(0, np.int16)
        self._ref = np.zeros(0, np.int16)
        self._t0: float | None = None   # when the first sample was captured, as best known
        self._n = 0                     # samples since then
        self.delay = DelayEstimator()

    def available(self) -> bool:
        return self._lib is not None

    @staticmethod
    def usable() -> bool:
        """Whether libspeexdsp can be loaded (without it nothing is cancelled)."""
        try:
            _speex()
        except OSError:
            return False
        return True

    def process(self, chunk: np.ndarray, arrived: float) -> np.ndarray:
        """`chunk`: 16 kHz float32 from the microphone, delivered at `arrived` (time.monotonic())."""
        if self._lib is None:
            self.last_played = None
            return chunk
        # Chunks arrive in bursts, so arrival times jitter by tens of ms; the samples themselves are evenly
        # spaced. Their timeline: anchored at the earliest arrival seen (the least delayed), then by count.
        self._n += chunk.size
        start = arrived - self._n / RATE
        if self._t0 is None or start < self._t0 or start - self._t0 > 0.25:  # earlier, or the stream lost time
            self._t0 = start
        now = self.last_time = self._t0 + self._n / RATE
        played = self.reference.read(now, chunk.size)
        self.last_played = played   # what the speaker played as this chunk was heard (barge-in weighs it)
        if self.delay.feed(chunk, played):   # the echo's delay is (newly) known: the filter starts afresh there
            self._lib.speex_echo_state_reset(self._echo)
        if self.delay.delay:
            played = self.reference.read(now - self.delay.delay / RATE, chunk.size)
            self.last_played = played
        self._mic = np.concatenate([self._mic, _pcm(chunk)])
        self._ref = np.concatenate([self._ref, _pcm(played)])
        frames = self._mic.size // FRAME
        out = np.empty(frames * FRAME, np.int16)
        for i in range(frames):   # slices of contiguous 1-D arrays: contiguous, passed by address
            mic, ref, clean = (a[i * FRAME:(i + 1) * FRAME] for a in (self._mic, self._ref, out))
            self._lib.speex_echo_cancellation(self._echo, mic.ctypes.data, ref.ctypes.data, clean.ctypes.data)
            self._lib.speex_preprocess_run(self._pre, clean.ctypes.data)
        self._mic, self._ref = self._mic[frames * FRAME:], self._ref[frames * FRAME:]
        return out.astype(np.float32) / 32767

    def close(self) -> None:
        if self._lib is not None and self._echo:
            self._lib.speex_preprocess_state_destroy(self._pre)
            self._lib.speex_echo_state_destroy(self._echo)
            self._echo = self._pre = None
            self.reference.listeners -= 1

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:
            pass


def _pcm(x: np.ndarray) -> np.ndarray:
    return np.clip(np.asarray(x, np.float32) * 32767, -32768, 32767).astype(np.int16)
