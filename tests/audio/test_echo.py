"""Echo cancellation on a simulated room: the reply played through the speaker reaches the microphone
40 ms later at full level, chunks arrive in bursts (as PulseAudio delivers them), and the canceller
must take most of the reply out and leave the user's voice."""

import subprocess

import numpy as np

from assistant.audio.echo import RATE, EchoCanceller, Reference
from assistant.audio.files import read_audio


def _say(text, path, rate=175):
    subprocess.run(["espeak-ng", "-s", str(rate), "-w", str(path), text], check=True)
    return read_audio(path)


def _run(reply, mic, t0=500.0):
    """Speaker blocks written as they are played; microphone chunks handed over two at a time."""
    reference = Reference()
    canceller = EchoCanceller(reference)
    assert canceller.available(), "libspeexdsp is missing: scripts/system-deps.sh installs libspeexdsp1"
    out = []
    for i in range(0, mic.size - 1023, 1024):
        reference.write(reply[i:i + 1024], at=t0 + i / RATE)
        for j in (i, i + 512):   # a burst: both chunks arrive when the second is complete
            out.append(canceller.process(mic[j:j + 512], t0 + (i + 1024) / RATE + 0.004 * (j // 1024 % 3)))
    return np.concatenate(out)


def _rms(x):
    return float(np.sqrt(np.mean(np.square(x)))) + 1e-9


def test_the_reply_is_taken_out_and_the_user_kept(tmp_path):
    reply = _say("The story of a dragon and a princess is a beautiful and ancient tale. Once upon a time, "
                 "a dragon lived in a cave high above the sea.", tmp_path / "reply.wav", rate=140)
    user = _say("What time is it?", tmp_path / "user.wav")
    delay = int(0.04 * RATE)
    echo = np.concatenate([np.zeros(delay, np.float32), reply])[:reply.size]
    noise = (0.002 * np.random.default_rng(0).standard_normal(reply.size)).astype(np.float32)
    alone = _run(reply, echo + noise)
    settled = slice(3 * RATE, alone.size)   # after three seconds of reply
    reduction_db = 20 * np.log10(_rms(echo[settled]) / _rms(alone[settled]))
    assert reduction_db > 10, reduction_db
    at = 4 * RATE
    mixed = echo + noise
    mixed[at:at + user.size] += user
    cleaned = _run(reply, mixed)
    voice = slice(at, at + user.size)
    # the user's voice stands out of what is left of the reply far more than it did in the microphone
    before = _rms(user) / _rms(echo[voice])
    after = _rms(cleaned[voice]) / _rms(alone[voice])
    assert after > 2 * before, (before, after)
