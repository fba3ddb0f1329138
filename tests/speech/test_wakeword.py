"""The wake word on spoken audio (espeak-ng voices): heard when said, not otherwise, and not heard
again after a detection and a reset. (This file does not catch the stale-feature bug WakeWord.reset()
works around: it passes with openWakeWord's reset alone too. The live hands-free interrupt test does:
with that bug the wake word fired again at once and cut the reply before it began.)"""

import subprocess

import numpy as np
import pytest

from assistant.audio.files import read_audio
from assistant.speech.wakeword import WakeWord


def _say(text, tmp_path):
    path = tmp_path / "said.wav"
    subprocess.run(["espeak-ng", "-w", str(path), text], check=True)
    return np.concatenate([read_audio(path), np.zeros(8000, np.float32)])


def _best(detector, audio) -> float:
    return max(detector.score(audio[i:i + 480]) for i in range(0, audio.size, 480))


@pytest.fixture(scope="module")
def detector():
    return WakeWord()


def test_heard_only_when_said(detector, tmp_path):
    detector.reset()
    assert _best(detector, _say("Hey Jarvis!", tmp_path)) >= detector.threshold
    detector.reset()
    assert _best(detector, _say("What time is it? Set a timer for ten minutes.", tmp_path)) < 0.2


def test_not_heard_again_after_a_reset(detector, tmp_path):
    detector.reset()
    wake = _say("Hey Jarvis!", tmp_path)
    # as a detection does: nothing more is fed once the wake word is heard
    assert any(detector.score(wake[i:i + 480]) >= detector.threshold for i in range(0, wake.size, 480))
    detector.reset()
    # a quiet room, then other speech
    quiet = (0.01 * np.random.default_rng(1).standard_normal(int(1.3 * 16000))).astype(np.float32)
    assert _best(detector, quiet) < 0.2
    assert _best(detector, _say("The story of a dragon is an ancient tale.", tmp_path)) < 0.2
