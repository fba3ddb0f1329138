"""The compact panel: when the window is hidden or minimised, the hotkey shows this small always-on-top
panel near the top of the screen (the talk control, the words heard, the answer). It never takes the
keyboard focus from the app the person is typing in, and fades out a few seconds after the reply."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPropertyAnimation, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from assistant.gui.talk_control import TalkControl

LINGER_MS = 4000      # after the reply: how long the panel stays before it fades
FADE_MS = 600
WIDTH = 440


class CompactPanel(QWidget):
    def __init__(self, parent=None) -> None:
        # A child of the main window (destroyed with it), yet a window of its own, shown while it is hidden.
        super().__init__(parent, Qt.Tool | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint
                         | Qt.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.NoFocus)
        self.setAccessibleName("Assistant panel")
        frame = QFrame(self, objectName="panel")
        frame.setStyleSheet("#panel{background:palette(window);border:1px solid palette(mid);border-radius:16px}")
        self.control = TalkControl(diameter=44)
        self.control.setFocusPolicy(Qt.NoFocus)
        self.heard = QLabel(wordWrap=True)
        self.heard.setAccessibleName("Words heard")
        self.answer = QLabel(wordWrap=True)
        self.answer.setAccessibleName("Answer")
        self.answer.setTextInteractionFlags(Qt.NoTextInteraction)
        text = QVBoxLayout()
        text.addWidget(self.heard)
        text.addWidget(self.answer)
        row = QHBoxLayout(frame)
        row.setContentsMargins(10, 8, 14, 8)
        row.addWidget(self.control, 0, Qt.AlignTop)
        row.addLayout(text, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.setFixedWidth(WIDTH)
        self._linger = QTimer(self, singleShot=True, interval=LINGER_MS)
        self._linger.timeout.connect(self.fade_out)
        self._fade = QPropertyAnimation(self, b"windowOpacity", self)
        self._fade.setDuration(FADE_MS)
        self._fade.setEasingCurve(QEasingCurve.InQuad)
        self._fade.finished.connect(self._faded)

    def pop_up(self) -> None:
        """Show (again) at the top centre of the screen the pointer is on, without taking focus."""
        self._linger.stop()
        self._fade.stop()
        self.setWindowOpacity(1.0)
        if not self.isVisible():
            self.heard.setText("")
            self.answer.setText("")
        screen = QGuiApplication.screenAt(self.cursor().pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.adjustSize()
        self.move(area.x() + (area.width() - self.width()) // 2, area.y() + area.height() // 12)
        self.show()
        self.raise_()

    # -- what the window forwards while the panel is up ------------------------------------------------
    def set_state(self, state: str) -> None:
        self.control.set_state(state)

    def set_level(self, rms: float) -> None:
        self.control.set_level(rms)

    def set_heard(self, text: str) -> None:
        self.heard.setText(f"“{text}”" if text else "")
        self.adjustSize()

    def add_answer(self, delta: str) -> None:
        self.answer.setText(self.answer.text() + delta)
        self.adjustSize()

    def turn_over(self) -> None:
        """The reply is done: stay a moment for reading, then fade out."""
        if self.isVisible():
            self._linger.start()

    def fade_out(self) -> None:
        self._fade.setStartValue(self.windowOpacity())
        self._fade.setEndValue(0.0)
        self._fade.start()

    def _faded(self) -> None:
        if self.windowOpacity() <= 0.01:
            self.hide()
            self.control.set_state("idle")
