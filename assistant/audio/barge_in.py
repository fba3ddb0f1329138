"""Interrupting a reply by speaking over it (hands-free, no wake word needed).

The microphone hears the reply too. Its chunks go through the echo canceller (assistant/audio/echo.py),
and a chunk counts as the person's voice only when both hold:
- Silero VAD hears speech in the cleaned chunk, and
- the cleaned chunk is louder than what is left of the reply's echo by a margin. What is left is
  estimated as the reply's level (what the speaker played over the echo path's reach: the canceller's
  64 ms after the echo's delay) times the canceller's residual ratio, learnt from the chunks that were not the person (their
  median), so a canceller that has not converged yet makes the check stricter, never looser.
A run of such chunks interrupts, unless the raw microphone over the run is mostly the reply itself
(its best correlation with what was played, at any delay up to 0.3 s): the canceller loses the echo
for a moment now and then (a device glitch shifts it), and what it lets through is then the reply,
not a person. VAD alone is not enough: the residual echo during the canceller's first seconds reads
as speech (runs of 0.3-0.7 s, docs/benchmark.md, session 7).

What was heard from the start of the run (plus a little before) is kept, so the question that
follows loses no words."""

from __future__ import annotations

import collections
import threading
from typing import Iterable, Iterator

import numpy as np

from assistant.audio.echo import RATE, TAIL, EchoCanceller
from assistant.audio.echo_delay import correlate

CHUNK = 512
VAD_MIN = 0.6          # Silero's speech probability for a chunk to count
MARGIN = 3.0           # the person's chunk is this many times louder than the residual echo (~10 dB)
RUN = 4                # chunks in a row (128 ms) that interrupt
FLOOR = 0.003          # below this RMS nothing counts (the room's hiss)
KEEP = 16              # chunks kept before the run (0.5 s) for the question that follows
HISTORY = 94           # residual ratios remembered (3 s of reply)
WARMING = 12           # the reply's first chunks (384 ms): the echo check alone decides (the level rule needs ratios)
REF_WINDOW = max(1, round(TAIL / CHUNK))  # the reply's level over the echo path's reach
ECHO_EXPLAINS = 0.5    # a run whose raw sound is this much (correlation squared) the reply is echo
ECHO_EXPLAINS_WARMING = 0.25   # the same for a run with chunks from the reply's first moments (see is_person)
MAX_LAG = int(0.3 * RATE)
WAKE_WINDOW = RATE     # the raw sound a wake word's detection is checked over (1 s: about "hey Jarvis")
WAKE_ECHO_EXPLAINS = 0.7   # a detection whose sound is this much the reply is the reply's own words


def _rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x)))) if x.size else 0.0


class SpeechOverReply:
    """Feed (arrival time, raw chunk) pairs from one open microphone; `watch` returns True once the
    person speaks over the reply. Then `heard()` yields what followed, cleaned, from just before
    their first word on, for the question's recording."""

    def __init__(self, canceller: EchoCanceller | None = None, vad=None) -> None:
        from assistant.speech.vad import StreamingVad

        self.canceller = canceller or EchoCanceller()
        self.vad = vad or StreamingVad()
        self._pending = np.zeros(0, np.float32)
        self._played = np.zeros(0, np.float32)
        self._ref_levels: collections.deque = collections.deque(maxlen=REF_WINDOW)
        self._residual: collections.deque = collections.deque(maxlen=HISTORY)
        self._kept: collections.deque = collections.deque(maxlen=KEEP + RUN)
        self._raw = np.zeros(0, np.float32)
        self.run = 0
        self._replying = 0   # chunks judged while the reply played
        self.decisions = 0   # chunks judged (for the benchmark)
        self.trace: list | None = None   # a list: each chunk's (vad, level, reply level, ratio) goes there

    def _cleaned(self, timed: Iterable[tuple[float, np.ndarray]]) -> Iterator[tuple[np.ndarray, float]]:
        """512-sample cleaned chunks with the reply's level near them (the canceller's frames are 10 ms)."""
        for arrived, chunk in timed:
            cleaned = self.canceller.process(chunk, arrived)
            self._raw = np.concatenate([self._raw, chunk])[-RUN * CHUNK:]
            played = self.canceller.last_played
            self._pending = np.concatenate([self._pending, cleaned])
            if played is not None:
                self._played = np.concatenate([self._played, played])
            while self._pending.size >= CHUNK:
                block, self._pending = self._pending[:CHUNK], self._pending[CHUNK:]
                ref, self._played = self._played[:CHUNK], self._played[CHUNK:]
                self._ref_levels.append(_rms(ref))
                yield block, max(self._ref_levels)

    def is_person(self, block: np.ndarray, reply_level: float) -> bool:
        """One chunk's verdict; also learns the canceller's residual ratio from chunks that are not."""
        level = _rms(block)
        p = self.vad(block)
        speech = p >= VAD_MIN and level > FLOOR
        ratio = np.median(self._residual) if len(self._residual) >= 8 else 1.0  # unknown: as if no cancelling
        if self.trace is not None:
            self.trace.append((round(p, 2), round(level, 4), round(reply_level, 4), round(float(ratio), 3)))
        if reply_level <= FLOOR:   # nothing was playing just now: the voice is the person's
            return speech
        self._replying += 1
        person = speech and level > MARGIN * ratio * reply_level
        if not person:
            self._residual.append(min(1.0, level / reply_level))
        if self._replying <= WARMING:
            # The reply's first moments: how much of it the canceller leaves is not known yet, so the level
            # rule (learning as always) does not decide; the run's own check (echo_explains: is the raw
            # sound the reply?) does. (A person going on as the reply began was not heard: "What is the
            # capital of ... Spain?")
            return speech
        return person

    def watch(self, timed: Iterable[tuple[float, np.ndarray]], stop: threading.Event) -> bool:
        """Consume the microphone until the person speaks over the reply (True) or `stop` (False)."""
        for block, reply_level in self._cleaned(timed):
            if stop.is_set():
                return False
            self.decisions += 1
            self._kept.append(block)
            self.run = self.run + 1 if self.is_person(block, reply_level) else 0
            if self.run >= RUN:
                explained = self.echo_explains()
                if self.trace is not None:
                    self.trace[-1] = (*self.trace[-1], round(explained, 2))
                # A run reaching into the reply's first moments was judged by this check alone: the stricter
                # limit. There a pure echo through a loopback correlated only 0.46-0.95 with what was played
                # (later 0.97-1.0); a person over a reply read 0.02-0.3, one going on as it began 0.03-0.06
                # (tests/audio/test_hands_free.py, traced).
                warming = 0 < self._replying < WARMING + RUN
                if explained < (ECHO_EXPLAINS_WARMING if warming else ECHO_EXPLAINS):
                    return True
                self.run = RUN - 1   # the reply itself: look again at the next chunk
        return False

    def echo_explains(self) -> float:
        """How much of the microphone's last run is the reply (0..1)."""
        return echo_explains(self.canceller, self._raw)

    def heard(self, timed: Iterable[tuple[float, np.ndarray]], stop: threading.Event) -> Iterator[np.ndarray]:
        """After `watch` returned True: the kept chunks, then the rest of the same microphone (`timed`
        goes on where `watch`'s stream stopped), cleaned."""
        while self._kept:
            yield self._kept.popleft()
        for block, _ in self._cleaned(timed):
            if stop.is_set():
                return
            yield block

    def close(self) -> None:
        self.canceller.close()


def echo_explains(canceller: EchoCanceller, mic: np.ndarray) -> float:
    """How much of `mic`, the raw microphone's latest samples, is the reply (0..1): its best squared correlation
    with what was played, over the delays the echo can have."""
    if not mic.size:
        return 0.0
    played = canceller.reference.read(canceller.last_time, mic.size + MAX_LAG)
    if not np.any(played):
        return 0.0
    corr, played_norm = correlate(played, mic)
    norms = played_norm * np.linalg.norm(mic)
    explained = np.square(corr) / (np.square(norms) + 1e-12)
    # where next to nothing was playing the ratio is rounding noise (it read 2.5-10 there): not the reply
    explained[played_norm < FLOOR * np.sqrt(mic.size)] = 0.0
    return float(np.max(explained))


class WakeOverReply:
    """The wake word over a reply: openWakeWord scores the cleaned microphone, and a detection whose raw
    sound (the last second: about "hey Jarvis") is mostly the reply itself is not taken. What the canceller
    lets through of the reply's own words can sound like the wake word: bench/barge_in.py's tea reply woke
    the detector 2.2-2.4 s in ("... cup of tea, start ...") in 5 of 60 uninterrupted runs."""

    def __init__(self, detector, canceller: EchoCanceller | None = None) -> None:
        self.detector = detector
        self.canceller = canceller or EchoCanceller()
        self._raw = np.zeros(0, np.float32)
        self.ignored: list[float] = []   # how much of the sound was the reply, for each detection not taken
        self.explained: float | None = None   # the same, at the last detection

    def wait(self, timed: Iterable[tuple[float, np.ndarray]], stop: threading.Event) -> bool:
        """Consume (arrival time, raw chunk) pairs until the wake word is heard (True) or `stop` (False)."""
        return self.detector.wait(self._cleaned(timed), stop, accept=self._not_the_reply)

    def _cleaned(self, timed: Iterable[tuple[float, np.ndarray]]) -> Iterator[np.ndarray]:
        for arrived, chunk in timed:
            self._raw = np.concatenate([self._raw, chunk])[-WAKE_WINDOW:]
            yield self.canceller.process(chunk, arrived)

    def _not_the_reply(self) -> bool:
        self.explained = round(echo_explains(self.canceller, self._raw), 3)
        if self.explained < WAKE_ECHO_EXPLAINS:
            return True
        self.ignored.append(self.explained)
        return False

    def close(self) -> None:
        self.canceller.close()
