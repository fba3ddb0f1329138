"""The microphone as a stream of 512-sample chunks (32 ms at 16 kHz), with device failures as
typed errors. A device that stops delivering audio (unplugged) ends the stream with an error
instead of hanging the turn."""

from __future__ import annotations

import queue
import threading
import time
from typing import Iterator

import numpy as np

from assistant.audio.devices import input_error, open_stream, sounddevice
from assistant.errors import NoMicrophoneError

SAMPLE_RATE = 16000
CHUNK = 512


def meter_level(chunk: np.ndarray) -> float:
    """A level meter's reading (0..1) for one chunk: its RMS, scaled so ordinary speech fills the bar."""
    return min(1.0, float(np.sqrt(np.mean(np.square(chunk)))) * 4) if len(chunk) else 0.0


class Microphone:
    def __init__(self, device: int | str | None = None, stall_timeout_s: float = 2.0) -> None:
        self.device = device
        self.stall_timeout_s = stall_timeout_s

    def chunks(self, stop: threading.Event) -> Iterator[np.ndarray]:
        timed = self.timed_chunks(stop)
        try:
            for _, block in timed:
                yield block
        finally:
            timed.close()  # the stream closes with the consumer

    def timed_chunks(self, stop: threading.Event) -> Iterator[tuple[float, np.ndarray]]:
        """(time.monotonic() when the chunk arrived, chunk): for matching it to what was playing."""
        blocks: queue.Queue = queue.Queue()

        def callback(indata, _frames, _time, _status):
            blocks.put((time.monotonic(), indata[:, 0].copy()))

        def start():
            opened = sounddevice().InputStream(samplerate=SAMPLE_RATE, channels=1, dtype="float32", blocksize=CHUNK,
                                               device=self.device, callback=callback)
            opened.start()
            return opened
        try:
            stream = open_stream(start)  # a microphone that came back is found again
        except Exception as exc:
            raise input_error(exc) from exc
        try:
            while not stop.is_set():
                try:
                    block = blocks.get(timeout=self.stall_timeout_s)
                except queue.Empty:
                    raise NoMicrophoneError("The microphone stopped delivering sound (unplugged?).",
                                            hint="Check the microphone and try again.") from None
                yield block
        finally:
            stream.abort()
            stream.close()
