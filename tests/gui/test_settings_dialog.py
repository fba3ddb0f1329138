"""The settings panel on a real X server: it lists the installed models (the distilled student
among them), saves valid values to the settings file and applies them, and names an invalid value
without writing anything."""

import json
import time

import pytest

from tests.gui.test_window import ARTIFACTS


@pytest.fixture
def window(xserver, models_ready, monkeypatch):
    monkeypatch.setenv("DISPLAY", xserver)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    from PySide6.QtWidgets import QApplication

    from assistant.core.assistant import Assistant
    from assistant.gui.window import MainWindow
    from assistant.settings import Settings

    app = QApplication.instance() or QApplication([])
    win = MainWindow(lambda on_event: Assistant(Settings(), play=False, on_event=on_event))
    win.show()
    yield app, win
    win.close()
    import gc

    gc.collect()  # Qt objects of this test are destroyed here, on the GUI thread, not later on a worker


def test_settings_are_listed_saved_and_applied(window, user_dirs):
    from assistant.settings import settings_path

    app, win = window
    dialog = win.open_settings()
    app.processEvents()
    models = [dialog.lm_model.itemText(i) for i in range(dialog.lm_model.count())]
    assert "smollm2-135m-assistant" in models and dialog.lm_model.currentText() == "smollm2-135m-assistant"
    assert "whisper-tiny.en" in [dialog.asr_model.itemText(i) for i in range(dialog.asr_model.count())]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(ARTIFACTS / "settings.png"))
    dialog.max_tokens.setValue(40)
    dialog.voice_rate.setValue(200)
    old_models = win.assistant.models
    dialog.save_button.click()
    app.processEvents()
    saved = json.loads(settings_path().read_text())
    assert saved["max_answer_tokens"] == 40 and saved["voice_rate"] == 200
    assert win.assistant.settings.max_answer_tokens == 40
    assert win.assistant.models is not old_models, "a new voice rate loads the voice again"
    result = win.assistant.ask_text("Tell me about the history of Rome in detail.")
    assert result.error is None and len(result.answer.split()) <= 40


def test_an_invalid_value_is_named_and_nothing_is_written(window, user_dirs):
    from assistant.settings import settings_path

    app, win = window
    dialog = win.open_settings()
    dialog.hotkey.key = "f99"  # as a hand-edited value would arrive: the key button itself binds only real keys
    dialog.save_button.click()
    app.processEvents()
    assert dialog.isVisible() and "hotkey 'f99' is not a key name" in dialog.error.text()
    assert not settings_path().exists()
    assert win.assistant.settings.hotkey == "f9"
    dialog.reject()


def test_press_a_key_to_bind_it_and_the_global_hook_follows(window, user_dirs, xserver):
    """Click the key button, press F8 (a real X key event), save: F8 anywhere on the desktop now starts
    listening (no PulseAudio here, so the turn ends with the no-microphone banner), F9 no longer does."""
    from tests.gui.test_window import wait_for, xdotool

    app, win = window
    assert win.bind_hotkey("f9") == ""
    dialog = win.open_settings()
    wait_for(app, dialog.isVisible, 5)
    dialog.hotkey.click()
    app.processEvents()
    assert dialog.hotkey.capturing
    xdotool(xserver, "key", "F8")
    assert wait_for(app, lambda: dialog.hotkey.key == "f8", 5), dialog.hotkey.text()
    dialog.save_button.click()
    app.processEvents()
    assert win.assistant.settings.hotkey == "f8" and "F8" in win.talk.text()
    xdotool(xserver, "keydown", "F9")
    xdotool(xserver, "keyup", "F9")
    wait_for(app, lambda: False, 1.0)
    assert win.state.property("stateName") in (None, "idle") and not win.banner.isVisible(), "F9 is no longer bound"
    xdotool(xserver, "keydown", "F8")
    xdotool(xserver, "keyup", "F8")
    assert wait_for(app, lambda: "microphone" in win.banner.text().lower(), 20), win.banner.text()
    win.global_hotkey.stop()


def test_sound_checks_on_virtual_devices(window, user_dirs, virtual_audio, monkeypatch, tmp_path):
    """Test tone and voice preview reach the virtual speaker; the level meter moves while the virtual
    microphone hears speech."""
    import numpy as np
    import sounddevice as sd
    import soundfile

    from tests.gui.test_window import POCKETSPHINX, wait_for

    for key in ("PULSE_SERVER", "XDG_RUNTIME_DIR", "PULSE_RUNTIME_PATH"):
        monkeypatch.setenv(key, virtual_audio.env[key])
    sd._terminate()
    sd._initialize()
    app, win = window
    dialog = win.open_settings()
    devices = [dialog.input_device.itemText(i) for i in range(dialog.input_device.count())]
    assert devices[0] == "System default" and len(devices) > 1, devices
    labels = [dialog.voice_id.itemText(i) for i in range(dialog.voice_id.count())]
    assert any("(neural)" in t for t in labels) and any("(system)" in t for t in labels), labels
    recording = tmp_path / "speaker.raw"
    recorder = virtual_audio.record_speaker(recording)
    dialog.tone_button.click()
    assert wait_for(app, lambda: dialog.last_check is not None, 10) and dialog.last_check == "", dialog.last_check
    dialog.last_check = None
    dialog.preview_button.click()
    assert wait_for(app, lambda: dialog.last_check is not None, 20) and dialog.last_check == "", dialog.last_check
    wait_for(app, lambda: False, 0.5)
    recorder.terminate()
    recorder.wait(5)
    heard = np.fromfile(recording, dtype="<i2").astype(np.float32) / 32768
    loud = np.abs(heard) > 0.05
    assert loud.sum() > 16000 * 0.8, "about a second of tone and speech came out of the speaker"

    samples = np.fromfile(POCKETSPHINX / "goforward.raw", dtype="<i2")
    wav = tmp_path / "q.wav"
    soundfile.write(wav, samples, 16000)
    dialog.level_button.setChecked(True)
    player = virtual_audio.speak_into_mic(wav)
    peak = 0
    end = time.time() + 8
    while time.time() < end and player.poll() is None:
        app.processEvents()
        peak = max(peak, dialog.level.value())
        time.sleep(0.02)
    dialog.level_button.setChecked(False)
    assert peak > 5, "the meter moved while the microphone heard speech"
    assert dialog.probe is None, "the microphone is released when the test stops"
    dialog.reject()
    sd._terminate()
    sd._initialize()


def test_language_needs_a_multilingual_speech_model(window, user_dirs):
    from assistant.settings import settings_path

    app, win = window
    dialog = win.open_settings()
    dialog.language.setCurrentText("de")
    dialog.save_button.click()
    app.processEvents()
    assert dialog.isVisible() and "English only" in dialog.error.text() and "whisper-base" in dialog.error.text()
    assert not settings_path().exists()
    dialog.reject()
