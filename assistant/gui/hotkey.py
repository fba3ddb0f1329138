"""The global push-to-talk key through pynput on X11. Where no global hook is possible (no X
display, Wayland) it says why and the window falls back to its own shortcut; it never crashes."""

from __future__ import annotations

import os
from typing import Callable


def wayland_session() -> bool:
    """A Wayland desktop: no program may read the keyboard itself; the desktop portal binds shortcuts."""
    return os.environ.get("XDG_SESSION_TYPE") == "wayland" or bool(os.environ.get("WAYLAND_DISPLAY"))


class GlobalHotkey:
    mechanism = "global key, X11"

    def __init__(self, key: str, on_press: Callable[[], None], on_release: Callable[[], None]) -> None:
        self.key_name = key.lower()
        self._on_press, self._on_release = on_press, on_release
        self._down = False
        self._listener = None
        self.problem = ""

    def start(self) -> bool:
        if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
            self.problem = "Wayland without X11: the global key needs the desktop portal; use the window's key."
            return False
        try:
            from pynput import keyboard  # imported here: with no display the import itself fails
        except Exception as exc:  # ImportError carrying "failed to acquire X connection"
            self.problem = f"No global hotkey ({str(exc).splitlines()[0][:80]}); the key works inside the window."
            return False
        target = getattr(keyboard.Key, self.key_name, None) or keyboard.KeyCode.from_char(self.key_name)

        def press(key):
            if key == target and not self._down:  # auto-repeat sends more presses: ignore them
                self._down = True
                self._on_press()

        def release(key):
            if key == target and self._down:
                self._down = False
                self._on_release()

        self._listener = _quiet_on_stop(keyboard.Listener)(on_press=press, on_release=release)
        self._listener.daemon = True
        self._listener.start()
        return True

    def stop(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener.join(2)
            self._listener = None


def _quiet_on_stop(listener_class):
    """pynput's X11 listener flushes its second X connection as it ends; where the server has already
    dropped that connection (Xvfb does, as the listener stops) the thread dies with Xlib's
    ConnectionClosedError. Once stopped on purpose nothing is lost: that error is not worth a traceback."""

    class Listener(listener_class):
        def run(self):
            try:
                super().run()
            except Exception:  # noqa: BLE001 - Xlib's connection errors have no common base worth naming
                if self.running:
                    raise

    return Listener
