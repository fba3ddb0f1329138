"""What the settings panel offers to check the sound set-up: the devices by name, a test tone on an
output, a live level from an input, and a voice preview. Each check runs off the GUI thread and
turns a device failure into a sentence (never a traceback)."""

from __future__ import annotations

import threading

import numpy as np

from assistant.audio.devices import open_stream, sounddevice
from assistant.audio.microphone import CHUNK, SAMPLE_RATE, meter_level
from assistant.errors import AssistantError

DEFAULT = "System default"


def device_names(kind: str) -> list[str]:
    """The names of the input ('input') or output ('output') devices; [] when PortAudio has none."""
    channels = "max_input_channels" if kind == "input" else "max_output_channels"
    try:
        devices = sounddevice().query_devices()
    except Exception:
        return []
    return list(dict.fromkeys(d["name"] for d in devices if d[channels] > 0))


def tone(seconds: float = 0.6, frequency: float = 440.0, rate: int = 24000) -> tuple[np.ndarray, int]:
    t = np.arange(int(seconds * rate)) / rate
    fade = np.minimum(1.0, np.minimum(t, seconds - t) / 0.02)  # no clicks at the ends
    return (0.3 * np.sin(2 * np.pi * frequency * t) * fade).astype(np.float32), rate


def play_in_background(samples: np.ndarray, rate: int, device: str | None, on_done) -> threading.Thread:
    """Play on `device` (None: the default) and report `on_done(problem)`: '' when it played."""
    from assistant.audio.playback import Player

    def run():
        try:
            Player(device).play(samples, rate, threading.Event())
            on_done("")
        except AssistantError as err:
            on_done(str(err))
        except Exception as exc:  # a device that vanished between listing and playing
            on_done(f"The sound could not be played ({exc}).")
    thread = threading.Thread(target=run, daemon=True, name="audio-check")
    thread.start()
    return thread


class LevelProbe:
    """Opens an input and keeps its latest level (0..100) for the panel's meter to poll."""

    def __init__(self, device: str | None) -> None:
        self.level = 0
        self.problem = ""
        self._stream = None

        def callback(indata, _frames, _time, _status):
            self.level = int(100 * meter_level(indata[:, 0]))

        def start():
            stream = sounddevice().InputStream(samplerate=SAMPLE_RATE, channels=1, dtype="float32",
                                               blocksize=CHUNK, device=device, callback=callback)
            stream.start()
            return stream
        try:
            self._stream = open_stream(start)  # as the microphone: a device that came back is found
        except Exception as exc:
            self.problem = f"This microphone could not be opened ({str(exc).splitlines()[0]})."

    def close(self) -> None:
        if self._stream is not None:
            self._stream.abort()
            self._stream.close()
            self._stream = None
