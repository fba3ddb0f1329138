"""A busy computer reads the words at a hands-free pause late: in a CI run the transcript of "Set a timer for" came after
the usual 0.7 s of silence had passed, and the turn ended there ("How long should the timer be?"), the person's "ten
minutes" lost. Silence alone now ends no hands-free turn before the words at the pause are read (then they decide, as
before). Here the reading is made slow on purpose (the real Whisper, then a 1.2 s wait) and the recording, played in
real time through a stand-in for the microphone (the device path is tests/audio's), pauses 1.0 s mid-request."""

import subprocess
import threading
import time

import numpy as np
import soundfile

from assistant.cancel import CancelToken
from assistant.settings import Settings
from assistant.speech.listen import record_utterance
from tests.conftest import MODELS


class _Recording:
    """The microphone's interface, fed from a recording at its real pace, then silence."""

    def __init__(self, audio: np.ndarray) -> None:
        self.audio = audio

    def chunks(self, stop: threading.Event):
        for i in range(0, self.audio.size, 512):
            time.sleep(0.032)
            yield self.audio[i:i + 512].copy() if i + 512 <= self.audio.size else np.pad(self.audio[i:], (0, 512 - self.audio.size + i))
        while not stop.is_set():
            time.sleep(0.032)
            yield np.zeros(512, np.float32)


def _said(text, path):
    subprocess.run(["espeak-ng", "-w", str(path), text], check=True)
    audio, rate = soundfile.read(path, dtype="float32")
    n = int(round(audio.size * 16000 / rate))
    return np.interp(np.linspace(0, audio.size - 1, n), np.arange(audio.size), audio).astype(np.float32)


def test_a_slow_reading_of_a_pause_does_not_end_the_turn(models_ready, tmp_path):
    from assistant.speech.transcriber import Transcriber

    first, rest = _said("Set a timer for", tmp_path / "a.wav"), _said("ten minutes.", tmp_path / "b.wav")
    silence = lambda s: np.zeros(int(16000 * s), np.float32)   # noqa: E731
    recording = np.concatenate([silence(0.5), first, silence(1.0), rest, silence(0.2)])
    whisper = Transcriber(MODELS / "whisper-tiny.en")

    def slow(audio):
        transcript = whisper.transcribe(audio)
        time.sleep(1.2)   # a busy CPU
        return transcript

    utterance = record_utterance(Settings(), CancelToken(), lambda event: None, 1, mic=_Recording(recording), transcribe=slow,
                                 wait_s=5)
    heard = utterance.audio.size / 16000
    assert heard > (first.size + rest.size) / 16000 + 0.9, f"the turn ended after {heard:.2f} s: at the pause"
    assert "ten minutes" in whisper.transcribe(utterance.audio).text.lower().replace("10", "ten")
