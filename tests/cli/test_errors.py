"""Bad input: a clear one-line message, a non-zero exit, never a traceback."""

import os
import shutil

import numpy as np
import soundfile

from tests.conftest import MODELS, run_cli


def assert_clean_failure(proc, *needles, code=None):
    assert proc.returncode != 0
    if code is not None:
        assert proc.returncode == code
    err = proc.stderr.strip()
    assert "Traceback" not in err, err
    last = err.splitlines()[-1]
    assert last.startswith("error: ")
    for needle in needles:
        assert needle.lower() in last.lower(), last
    assert proc.stdout == ""


def test_empty_text(models_ready):
    assert_clean_failure(run_cli("ask", "--text", "   ", "--json"), "empty")


def test_missing_audio_file(models_ready, tmp_path):
    assert_clean_failure(run_cli("ask", "--wav", str(tmp_path / "nope.wav")), "does not exist")


def test_garbage_audio_file(models_ready, tmp_path):
    junk = tmp_path / "junk.wav"
    junk.write_bytes(os.urandom(5000))
    proc = run_cli("ask", "--wav", str(junk))
    # Random bytes now and then parse as a container with no audio in it: either clear message will do.
    said = proc.stderr.strip().splitlines()[-1].lower() if proc.stderr.strip() else ""
    assert_clean_failure(proc, "could not be read" if "could not be read" in said else "holds no audio track")


def test_silence_is_no_speech_not_thank_you(models_ready, tmp_path):
    silence = tmp_path / "silence.wav"
    soundfile.write(silence, np.zeros(16000 * 3, dtype=np.float32), 16000)
    assert_clean_failure(run_cli("ask", "--wav", str(silence), "--json"), "no speech", code=3)


def test_noise_is_no_speech(models_ready, tmp_path):
    noise = tmp_path / "noise.wav"
    rng = np.random.default_rng(0)
    soundfile.write(noise, (rng.standard_normal(16000 * 3) * 0.05).astype(np.float32), 16000)
    assert_clean_failure(run_cli("ask", "--wav", str(noise), "--json"), "no speech", code=3)


def test_two_minute_recording_is_bounded(models_ready, tmp_path):
    long = tmp_path / "long.wav"
    soundfile.write(long, np.zeros(16000 * 125, dtype=np.float32), 16000)
    assert_clean_failure(run_cli("ask", "--wav", str(long)), "limited to")


def _copy_models(tmp_path):
    """The default models only (a distillation teacher, 1.1 GB, may sit beside them)."""
    target = tmp_path / "models"
    for name in ("whisper-tiny.en", "smollm2-135m-assistant", "piper-en_US-joe-medium"):
        shutil.copytree(MODELS / name, target / name)
    return target


def test_deleted_model_file_names_the_file_and_the_fix(models_ready, tmp_path):
    models = _copy_models(tmp_path)
    (models / "smollm2-135m-assistant" / "model.onnx.data").unlink()
    proc = run_cli("ask", "--text", "Hello", env={"ASSISTANT_MODELS_DIR": str(models)})
    assert_clean_failure(proc, "model.onnx.data", "assistant models install")


def test_corrupt_model_file(models_ready, tmp_path):
    models = _copy_models(tmp_path)
    weights = models / "smollm2-135m-assistant" / "model.onnx"
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0xFF
    weights.write_bytes(bytes(data))
    proc = run_cli("ask", "--text", "Hello", env={"ASSISTANT_MODELS_DIR": str(models)})
    assert_clean_failure(proc, "corrupt", "assistant models install")


def test_missing_speech_model(models_ready, tmp_path):
    models = _copy_models(tmp_path)
    shutil.rmtree(models / "whisper-tiny.en")
    proc = run_cli("ask", "--wav", "/usr/share/sounds/alsa/Front_Center.wav",
                   env={"ASSISTANT_MODELS_DIR": str(models)})
    assert_clean_failure(proc, "not installed", "assistant models install")


def test_no_microphone(models_ready):
    """PortAudio with no device at all: this machine has no sound card, and PulseAudio is pointed at a
    dead socket (`PortAudioError: Error querying device -1`)."""
    env = {"PULSE_SERVER": "unix:/nonexistent/socket"}
    assert_clean_failure(run_cli("listen", "--once", env=env), "microphone")


def test_broken_settings_file_does_not_stop_the_app(models_ready, user_dirs):
    (user_dirs / "config" / "settings.json").write_text("{ broken")
    proc = run_cli("ask", "--text", "What is the capital of France?", "--json",
                   env={"ASSISTANT_CONFIG_DIR": str(user_dirs / "config")})
    assert proc.returncode == 0, proc.stderr
    assert "paris" in proc.stdout.lower()
