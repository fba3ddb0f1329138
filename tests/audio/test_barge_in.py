"""Speaking over a reply, on a simulated room (the reply reaches the microphone 40 ms later at full level,
chunks arrive in bursts): the person's voice interrupts within 300 ms of their first word, the reply's
own sound never does, and the question's first words are kept. The same check through the real
PulseAudio loopback is tests/audio/test_hands_free.py and the benchmark bench/barge_in.py."""

import subprocess
import threading

import numpy as np

from assistant.audio.barge_in import SpeechOverReply
from assistant.audio.echo import RATE, EchoCanceller, Reference
from assistant.audio.files import read_audio


def _say(text, path, rate=175, voice="en-us"):
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(rate), "-w", str(path), text], check=True)
    return read_audio(path)


def _room(reply, mic, reference, t0=500.0):
    """(arrival time, chunk) pairs; the speaker's blocks are written to `reference` as they are played."""
    for i in range(0, mic.size - 1023, 1024):
        reference.write(reply[i:i + 1024], at=t0 + i / RATE)
        for j in (i, i + 512):   # a burst: both chunks arrive when the second is complete
            yield t0 + (i + 1024) / RATE + 0.004 * (j // 1024 % 3), mic[j:j + 512]


def _watch(reply, mic):
    reference = Reference()
    detector = SpeechOverReply(EchoCanceller(reference))
    assert detector.canceller.available(), "libspeexdsp is missing: scripts/system-deps.sh installs libspeexdsp1"
    fired = detector.watch(_room(reply, mic, reference), threading.Event())
    return fired, detector


def _reply(tmp_path):
    return _say("The story of a dragon and a princess is a beautiful and ancient tale. Once upon a time, "
                "a dragon lived in a cave high above the sea, and every morning it watched the boats.",
                tmp_path / "reply.wav", rate=140)


def _echo_of(reply):
    delay = int(0.04 * RATE)
    noise = (0.002 * np.random.default_rng(0).standard_normal(reply.size)).astype(np.float32)
    return np.concatenate([np.zeros(delay, np.float32), reply])[:reply.size] + noise


def test_the_reply_alone_never_interrupts(tmp_path):
    reply = _reply(tmp_path)
    fired, detector = _watch(reply, _echo_of(reply))
    assert not fired, f"interrupted by its own reply after {detector.decisions * 512 / RATE:.2f} s"
    assert detector.decisions * 512 > reply.size - 2048   # it listened to the whole reply


def _reverberant(reply, seed):
    """The echo of a room with reflections (a dozen within 30 ms, up to 0.4 of the direct sound): at the
    reply's start it correlates with what was played only about as well as a person's voice plus echo."""
    rng = np.random.default_rng(seed)
    taps = np.zeros(int(0.03 * RATE), np.float32)
    taps[0] = 1.0
    taps[rng.choice(np.arange(16, taps.size), 12, replace=False)] = rng.uniform(-0.4, 0.4, 12)
    return _echo_of(np.convolve(reply, taps)[:reply.size].astype(np.float32))


def test_a_reverberant_rooms_echo_never_interrupts(tmp_path):
    """In the reply's first moments only the check "is the raw sound the reply" decides (the canceller's
    residual is not known yet); a room's reflections lower that correlation (a loopback's echo read
    0.46-0.95 there), so the limit is stricter then. With the later limit (0.5) these rooms interrupted
    their own reply 0.2 s in (8 of 8 rooms; CI failed on it in session 16)."""
    reply = _reply(tmp_path)
    for seed in range(3):
        fired, detector = _watch(reply, _reverberant(reply, seed))
        assert not fired, f"room {seed}: interrupted by its own reply after {detector.decisions * 512 / RATE:.2f} s"
        detector.close()


def test_a_voice_over_the_reply_interrupts_at_once_and_is_kept(tmp_path):
    reply = _reply(tmp_path)
    user = _say("Stop, what time is it?", tmp_path / "user.wav", voice="en-gb")
    level = np.sqrt(np.mean(np.square(reply[np.abs(reply) > 0.02])))
    user = user * (level / np.sqrt(np.mean(np.square(user[np.abs(user) > 0.02]))))   # as loud as the echo
    at = 3 * RATE
    mic = _echo_of(reply)
    mic[at:at + user.size] += user[: mic.size - at]
    fired, detector = _watch(reply, mic)
    onset = at + int(np.argmax(np.abs(user) > 0.1 * np.abs(user).max()))
    assert fired
    decided = detector.decisions * 512
    assert onset < decided <= onset + int(0.3 * RATE), (decided - onset) / RATE
    # what follows keeps the first word: the kept audio reaches back before the person's first sample
    kept = np.concatenate(list(detector._kept))
    assert kept.size >= decided - onset
    detector.close()


def test_a_voice_going_on_as_the_reply_begins_is_heard(tmp_path):
    """The person going on with their request just as the reply starts ("What is the capital of ... Spain?"),
    the reply on headphones the microphone does not hear (as in tests/audio/test_hands_free.py): how much
    of the reply the canceller leaves is not known yet, so the level rule cannot speak, and the check that
    the sound is not the reply decides. Before, a voice no louder than three times the reply was not
    heard in the reply's first quarter second, and "Spain?" was lost."""
    reply = _reply(tmp_path)
    user = _say("Spain?", tmp_path / "user.wav", voice="en-gb")
    level = np.sqrt(np.mean(np.square(reply[np.abs(reply) > 0.02])))
    user = user * (level / np.sqrt(np.mean(np.square(user[np.abs(user) > 0.02]))))   # as loud as the reply
    voiced = lambda x: int(np.argmax(np.abs(x) > 0.1 * np.abs(x).max()))   # noqa: E731
    at = voiced(reply) + int(0.05 * RATE) - voiced(user)    # their first word 50 ms into the reply's first
    mic = (0.002 * np.random.default_rng(1).standard_normal(reply.size)).astype(np.float32)
    mic[at:at + user.size] += user[: mic.size - at]
    fired, detector = _watch(reply, mic)
    onset = at + voiced(user)
    assert fired
    assert detector.decisions * 512 <= onset + int(0.3 * RATE), (detector.decisions * 512 - onset) / RATE
    detector.close()


def _wake(reply, mic):
    from assistant.audio.barge_in import WakeOverReply
    from assistant.speech.wakeword import WakeWord

    reference = Reference()
    waker = WakeOverReply(WakeWord(), EchoCanceller(reference))
    heard = waker.wait(_room(reply, mic, reference), threading.Event())
    waker.close()
    return heard, waker


def test_the_replys_own_words_never_wake_it_and_the_person_does(tmp_path):
    """A reply that begins with the wake word itself, before the canceller has learnt the room: what it lets
    through wakes openWakeWord (as the canceller's residual of bench/barge_in.py's tea reply did, 2.2-2.4 s in,
    5 of 60 runs), and such a detection is not taken, its raw sound being the reply (0.95-0.97 there;
    a person saying "hey Jarvis" over a reply at twice its level: 0.03-0.32). The same words said by the
    person over the reply wake it."""
    words = _say("Hey Jarvis! Hey Jarvis! Hey Jarvis!", tmp_path / "wake.wav", voice="en-us")
    reply = np.concatenate([words, _reply(tmp_path)[: 2 * RATE]])
    heard, waker = _wake(reply, _echo_of(reply))
    assert waker.ignored, "the reply's own wake word never woke the detector: this room checks nothing"
    assert not heard, f"woken by the reply's own words ({waker.explained:.2f} of the sound was the reply)"
    assert min(waker.ignored) >= 0.7

    plain = _reply(tmp_path)
    user = 2 * words * (np.sqrt(np.mean(np.square(plain[np.abs(plain) > 0.02])))
                        / np.sqrt(np.mean(np.square(words[np.abs(words) > 0.02]))))   # twice the echo's level
    mic = _echo_of(plain)
    mic[2 * RATE:2 * RATE + user.size] += user[: mic.size - 2 * RATE]
    heard, waker = _wake(plain, mic)
    assert heard and waker.explained < 0.7, waker.explained
