"""Speaking an answer sentence by sentence while it is still being generated.

A worker thread takes sentences from a queue, renders each with the voice and plays it (or only keeps
it, for --save-reply). Stopping is data: the stop event ends playback within one audio block and the
worker drops whatever is still queued. `spoken` is what was actually heard, for the history.

`first_rendered` is set once the first sentence's audio exists (or it had none, or the speaker gave up): the answer's
generator waits on it, so that on two cores the voice renders the first sentence alone instead of
sharing the CPU with the rest of the answer, which it has the first sentence's playback to catch up in."""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from assistant.errors import AssistantError
from assistant.voice.base import Speech, Voice
from assistant.voice.speakable import speakable

_END = object()


@dataclass
class SpeakerReport:
    first_audio: float | None = None      # perf_counter of the first sample played (or rendered)
    spoken: list[str] = field(default_factory=list)
    interrupted: bool = False
    error: AssistantError | None = None
    audio: list[Speech] = field(default_factory=list)

    def joined(self) -> Speech | None:
        if not self.audio:
            return None
        rate = self.audio[0].sample_rate
        gap = np.zeros(int(rate * 0.15), dtype=np.float32)
        parts = [p for s in self.audio for p in (s.samples, gap)]
        return Speech(np.concatenate(parts[:-1]), rate)


class Speaker:
    """`say(sentence)` any number of times, then `finish()`; `stop()` from any thread."""

    def __init__(self, voice: Voice, player=None, *, keep_audio: bool = False,
                 on_sentence: Callable[[str], None] | None = None) -> None:
        self.voice = voice
        self.player = player          # None: render only
        self.keep_audio = keep_audio
        self.on_sentence = on_sentence
        self.report = SpeakerReport()
        self.stop_event = threading.Event()
        self.first_rendered = threading.Event()
        self._queue: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="speaker", daemon=True)
        self._thread.start()

    def say(self, sentence: str) -> None:
        if not self.stop_event.is_set():
            self._queue.put(sentence)

    def stop(self) -> None:
        self.stop_event.set()
        self.first_rendered.set()
        self._queue.put(_END)

    def finish(self, timeout: float | None = None) -> SpeakerReport:
        self._queue.put(_END)
        self._thread.join(timeout)
        return self.report

    def _run(self) -> None:
        try:
            self._speak_all()
        finally:
            self.first_rendered.set()

    def _speak_all(self) -> None:
        while True:
            item = self._queue.get()
            if item is _END or self.stop_event.is_set():
                self.report.interrupted = self.stop_event.is_set()
                return
            text = speakable(item)
            if not text:
                self.first_rendered.set()   # nothing to render: nothing to wait for
                continue
            try:
                speech = self.voice.synthesize(text)
                self.first_rendered.set()
                if self.stop_event.is_set():
                    continue
                if self.on_sentence:
                    self.on_sentence(text)
                if self.keep_audio:
                    self.report.audio.append(speech)
                if self.player is None:
                    self._mark_first(time.perf_counter())
                    self.report.spoken.append(item)
                    continue
                finished = self.player.play(speech.samples, speech.sample_rate, self.stop_event,
                                            on_first_audio=self._mark_first)
                if finished:
                    self.report.spoken.append(item)
                else:
                    self.report.interrupted = True
            except AssistantError as err:
                # The answer is still shown; only the voice is lost. Say why once and stop speaking.
                self.report.error = err
                self.stop_event.set()
                self.first_rendered.set()

    def _mark_first(self, t: float) -> None:
        if self.report.first_audio is None:
            self.report.first_audio = t
