"""A button that binds the push-to-talk key: click it, press a key, and it holds that key's name in
the form the global hook (pynput) understands ('f9', 'pause', 'scroll_lock', 'a')."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton

_NAMED = {Qt.Key_Pause: "pause", Qt.Key_ScrollLock: "scroll_lock", Qt.Key_Insert: "insert", Qt.Key_Menu: "menu",
          Qt.Key_Print: "print_screen", Qt.Key_Home: "home", Qt.Key_End: "end", Qt.Key_PageUp: "page_up",
          Qt.Key_PageDown: "page_down", Qt.Key_CapsLock: "caps_lock", Qt.Key_Space: "space",
          Qt.Key_Control: "ctrl_r", Qt.Key_Alt: "alt_r", Qt.Key_AltGr: "alt_gr"}


def key_name(key: int, text: str) -> str | None:
    """pynput's name for a Qt key; None for keys that make poor push-to-talk keys (Escape, Enter, Tab)."""
    if Qt.Key_F1 <= key <= Qt.Key_F35:
        return f"f{key - Qt.Key_F1 + 1}"
    if key in _NAMED:
        return _NAMED[key]
    if len(text) == 1 and text.isprintable() and not text.isspace():
        return text.lower()
    return None


class KeyCaptureButton(QPushButton):
    changed = Signal(str)

    def __init__(self, key: str, parent=None) -> None:
        super().__init__(parent)
        self.key = key
        self.capturing = False
        self.setAccessibleName("Push-to-talk key")
        self.clicked.connect(self.capture)
        self._show()

    def capture(self) -> None:
        self.capturing = True
        self.setText("Press the new key… (Esc: keep)")
        self.grabKeyboard()

    def keyPressEvent(self, event):
        if not self.capturing:
            return super().keyPressEvent(event)
        if event.isAutoRepeat():
            return None
        name = key_name(event.key(), event.text())
        if event.key() == Qt.Key_Escape or name is not None:
            self.capturing = False
            self.releaseKeyboard()
            if name:
                self.key = name
                self.changed.emit(name)
            self._show()
        return None

    def _show(self) -> None:
        self.setText(f"{self.key.upper()}   (click, then press a key)")
