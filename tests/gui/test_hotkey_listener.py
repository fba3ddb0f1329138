"""The global key's listener thread, stopped on purpose, does not die with a traceback (pynput's X11
listener flushes a connection Xvfb has already closed); one that fails while running still raises.
The listener class is a stand-in: the failure needs the X server to drop the connection mid-stop,
which the window tests meet by chance, not on demand."""

import pytest

from assistant.gui.hotkey import _quiet_on_stop


class ClosedConnection(Exception):
    pass


class Stopped:
    running = False

    def run(self):
        raise ClosedConnection("Display connection closed by server")


class Running(Stopped):
    running = True


def test_a_stopped_listener_ends_quietly():
    _quiet_on_stop(Stopped)().run()


def test_a_running_listener_still_raises():
    with pytest.raises(ClosedConnection):
        _quiet_on_stop(Running)().run()
