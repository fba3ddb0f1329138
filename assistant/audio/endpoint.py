"""End-of-speech detection as pure logic: fed one speech probability per audio chunk, no I/O.

Defaults follow what works in the field: Home Assistant ends a command after 0.7 s of silence,
GLaDOS after 0.64 s with 0.8 s of pre-roll."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class EndpointState(enum.Enum):
    WAITING = "waiting"       # no speech yet
    SPEAKING = "speaking"     # speech is going on (short pauses included)
    DONE = "done"             # speech ended: enough silence after it
    TIMED_OUT = "timed_out"   # no speech at all within `no_speech_timeout_s`
    TOO_LONG = "too_long"     # the recording reached `max_speech_s` and was cut


@dataclass
class EndpointOptions:
    chunk_s: float = 0.032            # Silero VAD's 512 samples at 16 kHz
    threshold: float = 0.5            # probability above which a chunk is speech
    min_speech_s: float = 0.15        # this much speech in a row starts an utterance (clicks don't)
    end_silence_s: float = 0.7        # this much silence after speech ends it
    pre_roll_s: float = 0.8           # audio kept from before speech started
    no_speech_timeout_s: float = 8.0  # give up when nobody speaks
    max_speech_s: float = 30.0        # bound on one utterance
    end_on_silence: bool = True       # False for push-to-talk: only `release()` ends the utterance


@dataclass
class Endpointer:
    """Call `feed(prob)` once per chunk; read `state`. `speech_start` / `speech_end` are chunk indexes
    (pre-roll included in the start) of the utterance once known."""

    options: EndpointOptions = field(default_factory=EndpointOptions)
    state: EndpointState = EndpointState.WAITING
    chunks: int = 0
    speech_start: int | None = None
    speech_end: int | None = None
    _run: int = 0      # consecutive speech chunks while waiting
    _silence: int = 0  # consecutive silent chunks while speaking

    def _n(self, seconds: float) -> int:
        return max(1, round(seconds / self.options.chunk_s))

    def feed(self, prob: float) -> EndpointState:
        if self.state in (EndpointState.DONE, EndpointState.TIMED_OUT, EndpointState.TOO_LONG):
            return self.state
        index = self.chunks
        self.chunks += 1
        speech = prob >= self.options.threshold
        if self.state is EndpointState.WAITING:
            self._run = self._run + 1 if speech else 0
            if self._run >= self._n(self.options.min_speech_s):
                first_speech = index - self._run + 1
                self.speech_start = max(0, first_speech - self._n(self.options.pre_roll_s))
                self.state = EndpointState.SPEAKING
                self._silence = 0
            elif self.chunks >= self._n(self.options.no_speech_timeout_s):
                self.state = EndpointState.TIMED_OUT
            return self.state
        # SPEAKING
        self._silence = 0 if speech else self._silence + 1
        if self.options.end_on_silence and self._silence >= self._n(self.options.end_silence_s):
            self.speech_end = index + 1
            self.state = EndpointState.DONE
        elif self.chunks - (self.speech_start or 0) >= self._n(self.options.max_speech_s):
            self.speech_end = index + 1
            self.state = EndpointState.TOO_LONG
        return self.state

    def release(self) -> EndpointState:
        """Push-to-talk: the key was let go. An utterance in progress ends here."""
        if self.state is EndpointState.SPEAKING:
            self.speech_end = self.chunks
            self.state = EndpointState.DONE
        return self.state

    @property
    def trailing_silence(self) -> int:
        """Silent chunks at the end when the utterance ended (the silence waited for, or before a release)."""
        return self._silence

    @property
    def silent_chunks(self) -> int:
        """Consecutive silent chunks since speech last paused (0 while speech goes on)."""
        return self._silence if self.state is EndpointState.SPEAKING else 0

    @property
    def finished(self) -> bool:
        return self.state in (EndpointState.DONE, EndpointState.TIMED_OUT, EndpointState.TOO_LONG)
