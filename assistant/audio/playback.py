"""Playback that stops within one audio block when asked (barge-in): an own OutputStream whose
callback checks an Event, because `sd.stop()` does not release `sd.wait()` in another thread."""

from __future__ import annotations

import threading
import time

import numpy as np

from assistant.audio.devices import open_stream, output_error, sounddevice
from assistant.audio.echo import PLAYING, RATE, resample
from assistant.audio.microphone import meter_level

BLOCK = 512


LEVEL_S = 0.05   # how often the played level is reported


class Player:
    def __init__(self, device: int | str | None = None, on_level=None) -> None:
        self.device = device
        self.on_level = on_level   # on_level(0..1) about 20 times a second while playing: meter_level, as the mic's

    def play(self, samples: np.ndarray, sample_rate: int, stop: threading.Event,
             on_first_audio=None) -> bool:
        """Play `samples` (mono float32). Return True when played to the end, False when stopped.
        `on_first_audio(t)` is called with `time.perf_counter()` when the first block is handed over."""
        sd = sounddevice()
        done = threading.Event()
        position = 0
        first = True
        data = np.ascontiguousarray(samples, dtype=np.float32).reshape(-1, 1)
        # for echo cancellation, while a canceller listens: what the microphone may hear, on a timeline
        heard = resample(data[:, 0], sample_rate) if PLAYING.listeners else None
        per_sample = RATE / sample_rate
        level_every = max(1, int(sample_rate * LEVEL_S))
        next_level = 0
        started = [0.0]

        def callback(outdata, frames, _time, _status):
            nonlocal position, first, next_level
            if stop.is_set():
                outdata.fill(0)
                raise sd.CallbackAbort
            chunk = data[position:position + frames]
            outdata[: len(chunk)] = chunk
            outdata[len(chunk):] = 0
            if heard is not None:
                # on the stream's own clock (its first block + samples since): callbacks come in bursts
                # and late, and a reference that followed their times would drift against the echo
                if first:
                    started[0] = time.monotonic()
                PLAYING.write(heard[round(position * per_sample):round((position + frames) * per_sample)],
                              at=started[0] + position / sample_rate)
            if self.on_level is not None and position >= next_level:
                next_level = position + level_every
                self.on_level(meter_level(chunk[:, 0]))
            position += frames
            if first:
                first = False
                if on_first_audio:
                    on_first_audio(time.perf_counter())
            if position >= len(data):
                raise sd.CallbackStop

        try:
            stream = open_stream(lambda: sd.OutputStream(  # a speaker that came back is found again
                samplerate=sample_rate, channels=1, dtype="float32", blocksize=BLOCK, device=self.device,
                callback=callback, finished_callback=done.set))
        except Exception as exc:
            raise output_error(exc) from exc
        with stream:
            # A bounded wait: a stream that never finishes (a device gone) must not hang the turn.
            limit = len(data) / sample_rate + 5.0
            if not done.wait(limit):
                stop.set()
                done.wait(1.0)
        return not stop.is_set()
