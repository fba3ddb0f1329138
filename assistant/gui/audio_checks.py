"""What the settings panel offers to check the sound set-up: the devices by name, a test tone on an
output, a live level from an input, and a voice preview. Each check runs off the GUI thread and
turns a device failure into a sentence (never a traceback)."""

from __future__ import annotations

import threading

import numpy as np

from assistant.audio.devices import sounddevice
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
        sd = sounddevice()

        def callback(indata, _frames, _time, _status):
            rms = float(np.sqrt(np.mean(np.square(indata[:, 0])))) if len(indata) else 0.0
            self.level = int(min(100, rms * 400))

        try:
            self._stream = sd.InputStream(samplerate=16000, channels=1, dtype="float32", blocksize=512,
                                          device=device, callback=callback)
            self._stream.start()
        except Exception as exc:
            self.problem = f"This microphone could not be opened ({str(exc).splitlines()[0]})."

    def close(self) -> None:
        if self._stream is not None:
            self._stream.abort()
            self._stream.close()
            self._stream = None
