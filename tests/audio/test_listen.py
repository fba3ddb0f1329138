"""`assistant listen --once` through the real audio path: PortAudio -> PulseAudio, a recorded human
question played into a virtual microphone, the spoken reply recorded back from a virtual speaker."""

import json
import subprocess
import time

import numpy as np

from tests.conftest import ASSISTANT, POCKETSPHINX, REPO


def _wav_from_raw(raw, out, lead_silence_s=1.0):
    samples = np.fromfile(raw, dtype="<i2")
    padded = np.concatenate([np.zeros(int(16000 * lead_silence_s), np.int16), samples])
    import soundfile

    soundfile.write(out, padded, 16000, subtype="PCM_16")
    return out


def _listen(virtual_audio, tmp_path, wav=None, timeout=180):
    recording = tmp_path / "speaker.raw"
    recorder = virtual_audio.record_speaker(recording)
    proc = subprocess.Popen([*ASSISTANT, "listen", "--once", "--json"], cwd=REPO, env=virtual_audio.env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    player = None
    first = proc.stderr.readline()  # the app loads its models, then says it listens
    assert "Listening" in first, first + proc.stderr.read()
    if wav is not None:
        player = virtual_audio.speak_into_mic(wav)
    try:
        out, err = proc.communicate(timeout=timeout)
    finally:
        if player:
            player.wait(10)
        time.sleep(0.5)
        recorder.terminate()
        recorder.wait(5)
    heard = np.fromfile(recording, dtype="<i2").astype(np.float32) / 32768
    return proc.returncode, out, err, heard


def _speech_seconds(audio, frame=320):
    """How long the reply sounded: from its first audible 20 ms frame to its last. (Counting audible
    frames alone measured espeak's even loudness well, but not the neural voice's quiet stretches
    between words: "I don't have a skill for that." is 1.6 s of speech with 1.1 s above the threshold.)"""
    frames = audio[: len(audio) // frame * frame].reshape(-1, frame)
    loud = np.flatnonzero(np.sqrt(np.mean(frames ** 2, axis=1)) > 0.01)
    return float((loud[-1] - loud[0] + 1) * frame / 16000) if loud.size else 0.0


def test_spoken_question_is_answered_out_loud(models_ready, virtual_audio, tmp_path):
    question = _wav_from_raw(POCKETSPHINX / "goforward.raw", tmp_path / "goforward.wav")
    code, out, err, heard = _listen(virtual_audio, tmp_path, question)
    assert code == 0, err
    result = json.loads(out)
    assert "forward" in result["transcript"].lower()
    assert result["answer"]
    t = result["timings_ms"]
    assert t["asr"] > 0 and t["first_audio"] is not None and t["first_audio"] <= t["total"]
    # the reply was played: speech of plausible length for the answer's words
    words = len(result["answer"].split())
    spoken = _speech_seconds(heard)
    assert words / 6 < spoken < words / 1.2 + 3, (spoken, result["answer"])


def test_silence_gives_no_speech_and_a_short_apology(models_ready, virtual_audio, tmp_path, monkeypatch):
    code, out, err, heard = _listen(virtual_audio, tmp_path, wav=None, timeout=60)
    assert code == 3, err
    assert "no speech" in err.lower() and "Traceback" not in err
    assert 0.5 < _speech_seconds(heard) < 4.0  # "Sorry, I didn't catch that."
