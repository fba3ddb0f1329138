"""One instance, and push-to-talk from another process: `assistant talk --toggle` (what a desktop
shortcut runs, on Wayland too) starts listening in the running window and the next call ends the turn;
a second `assistant` brings the window forward instead of starting another."""

import subprocess

from tests.conftest import ASSISTANT, REPO
from tests.gui.test_tray_and_hands_free import _say
from tests.gui.test_window import wait_for, window  # noqa: F401 - the fixture


def run_pumping(app, *args):
    """Run the command line while the window's event loop keeps serving its socket."""
    proc = subprocess.Popen([*ASSISTANT, *args], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert wait_for(app, lambda: proc.poll() is not None, 60)
    return proc.returncode, proc.stdout.read().strip(), proc.stderr.read().strip()


def test_talk_toggle_drives_push_to_talk_and_a_second_launch_shows_the_window(window, virtual_audio, tmp_path):
    from assistant.gui.instance_server import InstanceServer

    app, win = window
    server = InstanceServer(win)
    try:
        assert server.listening
        assert run_pumping(app, "talk", "--toggle")[:2] == (0, "listening")
        assert wait_for(app, lambda: win.state.property("stateName") == "listening", 20)
        _say(virtual_audio, "What time is it?", tmp_path / "q.wav").wait(20)
        wait_for(app, lambda: False, 1.0)
        assert run_pumping(app, "talk", "--toggle")[:2] == (0, "released")
        assert wait_for(app, lambda: "It's" in win.conversation.toPlainText(), 60), win.conversation.toPlainText()
        assert wait_for(app, lambda: win.state.property("stateName") == "idle", 60)
        win.showMinimized()
        code, _out, err = run_pumping(app)   # `assistant` with no arguments: a second launch
        assert code == 0 and "already running" in err
        assert wait_for(app, lambda: not win.isMinimized(), 10)
    finally:
        server.close()
    code, _out, err = run_pumping(app, "talk")
    assert code == 1 and "not running" in err
