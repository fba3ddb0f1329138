"""The window on a real X server (Xvfb) with the real audio path: the global F9 key pressed and
released with xdotool (pynput's X11 listener), a recorded question played into the virtual
microphone, the transcript and answer shown, the reply recorded back from the virtual speaker."""

import contextlib
import os
import subprocess
import time

import numpy as np
import pytest

from tests.conftest import POCKETSPHINX, REPO

ARTIFACTS = REPO / "tests" / "artifacts"


@contextlib.contextmanager
def audio_window(xserver, virtual_audio, monkeypatch):
    """The window on the X server with the PulseAudio virtual devices, models loaded, replies played."""
    for key in ("PULSE_SERVER", "XDG_RUNTIME_DIR", "PULSE_RUNTIME_PATH"):
        monkeypatch.setenv(key, virtual_audio.env[key])
    monkeypatch.setenv("DISPLAY", xserver)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    import sounddevice as sd

    sd._terminate()  # PortAudio read the ALSA/PulseAudio set-up at import: read it again
    sd._initialize()
    from PySide6.QtWidgets import QApplication

    from assistant.core.assistant import Assistant
    from assistant.gui.window import MainWindow
    from assistant.settings import Settings

    app = QApplication.instance() or QApplication([])
    win = MainWindow(lambda on_event: Assistant(Settings(), play=True, on_event=on_event))
    win.assistant.preload()
    win.show()
    try:
        yield app, win
    finally:
        win.set_hands_free(False)
        if getattr(win, "global_hotkey", None) is not None:
            win.global_hotkey.stop()
        win._quitting = True
        win.close()
        import gc

        gc.collect()  # destroy this test's Qt objects on the GUI thread


@pytest.fixture
def window(xserver, virtual_audio, models_ready, monkeypatch):
    with audio_window(xserver, virtual_audio, monkeypatch) as (app, win):
        assert win.bind_hotkey("f9") == "", win.global_hotkey.problem
        yield app, win


from tests.headless import wait_for  # noqa: E402 (other GUI tests import it from here)


def shot(win, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    win.grab().save(str(ARTIFACTS / f"{name}.png"))


def xdotool(display, *args):
    subprocess.run(["xdotool", *args], env=dict(os.environ, DISPLAY=display), check=True)


def test_typed_question_is_answered_and_stored(window):
    from assistant.history import HistoryStore

    app, win = window
    win.attach_history(HistoryStore())
    shot(win, "window-idle")
    win.text.setText("What is the capital of France?")
    win.ask_typed()
    assert wait_for(app, lambda: win.state.property("stateName") == "idle" and "Paris" in win.conversation.toPlainText())
    stored = HistoryStore().turns()
    assert stored[-1].question == "What is the capital of France?" and "Paris" in stored[-1].answer
    text = win.conversation.toPlainText()
    assert "You: What is the capital of France?" in text and text.count("Assistant:") == 1


def test_hold_the_global_key_speak_and_release(window, virtual_audio, xserver, tmp_path):
    app, win = window
    samples = np.fromfile(POCKETSPHINX / "goforward.raw", dtype="<i2")
    import soundfile

    wav = tmp_path / "q.wav"
    soundfile.write(wav, np.concatenate([np.zeros(8000, np.int16), samples, np.zeros(8000, np.int16)]), 16000)
    recording = tmp_path / "speaker.raw"
    recorder = virtual_audio.record_speaker(recording)
    xdotool(xserver, "keydown", "F9")
    assert wait_for(app, lambda: win.state.property("stateName") == "listening", 10)
    player = virtual_audio.speak_into_mic(wav)
    player.wait(20)
    shot(win, "window-listening")
    # words appear while the user still holds the key (the utterance is re-transcribed every second)
    assert wait_for(app, lambda: bool(win.state.property("partial")), 10)
    partial = win.state.property("partial")
    xdotool(xserver, "keyup", "F9")
    assert wait_for(app, lambda: "forward" in win.conversation.toPlainText().lower(), 60)
    assert partial.split()[0].lower().strip(".,") in win.conversation.toPlainText().lower()
    assert wait_for(app, lambda: win.state.property("stateName") == "speaking", 60)
    shot(win, "window-answering")
    assert wait_for(app, lambda: win.state.property("stateName") == "idle", 90)
    time.sleep(0.3)
    recorder.terminate()
    recorder.wait(5)
    heard = np.fromfile(recording, dtype="<i2").astype(np.float32) / 32768
    assert np.sqrt(np.mean(heard ** 2)) > 0.005, "the answer was played"
    assert "Assistant:" in win.conversation.toPlainText()


def test_the_key_interrupts_a_spoken_answer(window, virtual_audio, xserver):
    """Barge-in from the window: F9 while it speaks stops the reply; the stored turn keeps only what was
    said and is marked interrupted."""
    from assistant.history import HistoryStore

    app, win = window
    win.attach_history(HistoryStore())
    win.text.setText("Tell me a long story about a brave dragon who learns to fly.")
    win.ask_typed()
    assert wait_for(app, lambda: win.state.property("stateName") == "speaking", 60)
    wait_for(app, lambda: False, 0.8)  # a little of the first sentence is heard
    xdotool(xserver, "keydown", "F9")
    assert wait_for(app, lambda: win.state.property("stateName") == "listening", 10)
    xdotool(xserver, "keyup", "F9")
    assert wait_for(app, lambda: win.state.property("stateName") == "idle", 60)
    turn = [t for t in HistoryStore().turns() if t.question.startswith("Tell me a long story")][-1]
    assert turn.interrupted
    shown = win.conversation.toPlainText()
    assert turn.answer and len(turn.answer) < len(shown), (turn.answer, shown)


def test_a_pause_in_typing_begins_the_answer(window):
    """Typing, then a pause: the question so far is guessed complete and its answer begun in the
    background; Enter then continues that answer instead of starting from the prompt."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    app, win = window
    lm = win.assistant.models.answerer.lm
    QTest.keyClicks(win.text, "Why is the sky blue?")
    assert wait_for(app, lambda: lm._draft is not None and lm._draft.tokens, timeout=10)
    QTest.keyClick(win.text, Qt.Key_Return)
    assert wait_for(app, lambda: win.state.property("stateName") == "idle" and "Assistant:" in win.conversation.toPlainText())
    assert lm.computed == 0  # the prompt was not computed again
    QTest.keyClicks(win.text, "Why is the grass")  # typing on: an earlier guess is withdrawn
    guesses = lm._guess
    QTest.keyClicks(win.text, " green")
    assert lm._guess > guesses


def test_keyboard_esc_stops_ctrl_comma_opens_settings_up_recalls(window, xserver):
    """Real key presses through the X server (xdotool) on the focused window."""
    app, win = window
    win.show()
    win.activateWindow()
    win.text.setFocus()
    wait_for(app, lambda: win.text.hasFocus(), 5)
    win.text.setText("Tell me a long story about a lighthouse keeper.")
    win.ask_typed()
    assert wait_for(app, lambda: win.state.property("stateName") == "speaking", 60)
    xdotool(xserver, "key", "Escape")   # the story would be spoken for many seconds more
    assert wait_for(app, lambda: win.state.property("stateName") == "idle", 3)
    win.text.setFocus()
    wait_for(app, lambda: win.text.hasFocus(), 5)
    xdotool(xserver, "key", "Up")
    assert wait_for(app, lambda: win.text.text() == "Tell me a long story about a lighthouse keeper.", 5)
    xdotool(xserver, "key", "ctrl+comma")
    from assistant.gui.settings_dialog import SettingsDialog

    assert wait_for(app, lambda: any(isinstance(w, SettingsDialog) and w.isVisible()
                                     for w in app.topLevelWidgets()), 10)
    for w in app.topLevelWidgets():
        if isinstance(w, SettingsDialog):
            w.reject()
