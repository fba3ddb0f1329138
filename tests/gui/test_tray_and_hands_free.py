"""The tray (on a minimal X tray host: none is packaged here) and hands-free mode in the window, on a
real X server with the PulseAudio virtual microphone and speaker."""

import subprocess

import pytest

from tests.gui.test_window import audio_window, shot, wait_for
from tests.headless import TrayHost


@pytest.fixture
def window(xserver, virtual_audio, models_ready, monkeypatch):
    with audio_window(xserver, virtual_audio, monkeypatch) as (app, win):
        yield app, win


def _say(virtual_audio, text, path):
    subprocess.run(["espeak-ng", "-w", str(path), text], check=True)
    return virtual_audio.speak_into_mic(path)


def test_close_hides_to_the_tray_and_talk_works_from_it(window, xserver, virtual_audio, tmp_path):
    from PySide6.QtWidgets import QSystemTrayIcon

    app, win = window
    with TrayHost(xserver) as host:
        assert wait_for(app, QSystemTrayIcon.isSystemTrayAvailable, 5), "Qt sees the tray host"
        win.add_tray()
        assert win.tray is not None
        assert wait_for(app, lambda: bool(host.docked), 5), "the icon docked in the tray"
        labels = [a.text() for a in win.tray.contextMenu().actions()]
        assert labels == ["Talk", "Show", "Quit"]
        win.close()
        app.processEvents()
        assert not win.isVisible(), "closing hides the window to the tray"
        talk = win.tray.contextMenu().actions()[0]
        talk.trigger()  # as clicking "Talk" in the tray menu does
        assert wait_for(app, lambda: win.state.property("stateName") == "listening", 10)
        _say(virtual_audio, "What time is it?", tmp_path / "q.wav").wait(20)
        assert wait_for(app, lambda: "It's" in win.conversation.toPlainText(), 60), win.conversation.toPlainText()
        assert wait_for(app, lambda: win.state.property("stateName") == "idle", 60)
        win.tray.contextMenu().actions()[1].trigger()  # Show
        app.processEvents()
        assert win.isVisible()
        win.tray.hide()
        win.tray = None


def test_hands_free_in_the_window(window, virtual_audio, tmp_path):
    app, win = window
    win.set_hands_free(True)
    assert wait_for(app, lambda: win.state.property("stateName") == "listening", 20)
    _say(virtual_audio, "What is seventeen times three?", tmp_path / "q.wav").wait(20)
    assert wait_for(app, lambda: "51" in win.conversation.toPlainText() or "fifty" in win.conversation.toPlainText(), 60), \
        win.conversation.toPlainText()
    shot(win, "window-hands-free")
    # after the answer it listens again by itself
    assert wait_for(app, lambda: win.state.property("stateName") == "listening", 30)
    win.set_hands_free(False)
    assert not win.hands_free


def test_wake_word_state_is_shown(window, virtual_audio, tmp_path):
    app, win = window
    win.set_hands_free(True, wake_word=True)
    assert wait_for(app, lambda: win.state.property("stateName") == "waiting", 20)
    assert "hey Jarvis" in win.state.text()
    _say(virtual_audio, "Hey Jarvis! What time is it?", tmp_path / "q.wav").wait(20)
    assert wait_for(app, lambda: "It's" in win.conversation.toPlainText(), 60), win.conversation.toPlainText()
    win.set_hands_free(False)


def test_no_microphone_banner_then_recovery(window, virtual_audio, monkeypatch, tmp_path):
    """No sound server (as with no microphone): pressing talk shows the banner and the window keeps
    working; when the microphone is back, the next press works without a restart (PortAudio is
    re-initialised to find it)."""
    import sounddevice as sd

    app, win = window
    monkeypatch.setenv("PULSE_SERVER", "unix:/nonexistent/socket")
    sd._terminate()
    sd._initialize()
    win.start_talking()
    assert wait_for(app, lambda: "microphone" in win.banner.text().lower(), 20), win.banner.text()
    win.stop_talking()
    assert wait_for(app, lambda: win.state.property("stateName") == "idle", 20)
    shot(win, "window-no-microphone")
    monkeypatch.setenv("PULSE_SERVER", virtual_audio.env["PULSE_SERVER"])  # the microphone is back
    win.start_talking()
    assert wait_for(app, lambda: win.state.property("stateName") == "listening" and not win.banner.isVisible(), 20), \
        win.banner.text()
    player = _say(virtual_audio, "What time is it?", tmp_path / "q.wav")
    player.wait(20)
    wait_for(app, lambda: False, 1.0)
    win.stop_talking()
    assert wait_for(app, lambda: "It's" in win.conversation.toPlainText(), 60), win.conversation.toPlainText()
    assert wait_for(app, lambda: win.state.property("stateName") == "idle", 60)
