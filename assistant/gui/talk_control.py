"""The talk control: one large round button whose look follows what the assistant is doing.

Idle: a still microphone disc (nothing is redrawn). Listening: a ring that glows with the microphone's
level. Transcribing and thinking: an arc that turns. Speaking: a ring that follows the reply's level.
Interrupted: a short fade. The animation timer runs only while something moves.

Press and hold talks (release ends the turn); a short click toggles (click again to end)."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QRadialGradient
from PySide6.QtWidgets import QSizePolicy, QWidget

HOLD_MS = 350          # pressed longer than this: push-to-talk (release ends); shorter: a click toggles
FRAME_MS = 16          # ~60 frames a second while animating
COLORS = {"idle": "#5f6368", "loading": "#80868b", "waiting": "#7e57c2", "listening": "#1a73e8",
          "transcribing": "#00897b", "thinking": "#00897b", "speaking": "#188038", "interrupted": "#e37400"}
MOVING = ("listening", "transcribing", "thinking", "speaking", "waiting", "interrupted", "loading")


class TalkControl(QWidget):
    talk_pressed = Signal()     # start listening
    talk_released = Signal()    # end of speech: answer what was heard

    def __init__(self, diameter: int = 112, parent=None) -> None:
        super().__init__(parent)
        self.diameter = diameter
        self.state = "idle"
        self.level = 0.0            # 0..1, smoothed
        self._target = 0.0
        self._phase = 0.0
        self._since = time.monotonic()
        self._down_at = 0.0
        self._latched = False       # a click started talking: the next click ends it
        self.setFocusPolicy(Qt.StrongFocus)
        self.setCursor(Qt.PointingHandCursor)
        self.setAccessibleName("Talk")
        self.setAccessibleDescription("Hold to talk, or click to start and click again to stop")
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        self._timer = QTimer(self, interval=FRAME_MS)
        self._timer.timeout.connect(self._tick)

    def sizeHint(self) -> QSize:
        side = self.diameter + 2 * self._margin()
        return QSize(side, side)

    def _margin(self) -> int:
        return max(8, self.diameter // 5)

    @property
    def animating(self) -> bool:
        return self._timer.isActive()

    # -- what the window tells it ---------------------------------------------------------------------
    def set_state(self, state: str) -> None:
        if state == self.state:
            return
        if self.state == "interrupted" and state == "idle" and time.monotonic() - self._since < 0.6:
            return   # the interrupted look fades out by itself, then the control is idle
        self.state = state
        self._since = time.monotonic()
        if state not in ("listening", "speaking"):
            self._target = 0.0
        if state == "idle":
            self._latched = False
        self.setAccessibleDescription(f"{state.capitalize()}. Hold to talk, or click to start and click again to stop")
        if state in MOVING:
            self._timer.start()
        else:
            self._timer.stop()
            self.level = 0.0
        self.update()

    def set_level(self, rms: float) -> None:
        self._target = max(0.0, min(1.0, rms))

    # -- animation ------------------------------------------------------------------------------------
    def _tick(self) -> None:
        self.level += (self._target - self.level) * (0.35 if self._target > self.level else 0.12)
        self._phase = (self._phase + FRAME_MS / 1000.0) % 1000.0
        if self.state == "interrupted" and time.monotonic() - self._since >= 0.6:
            self.set_state("idle")
            return
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        center = QPointF(self.width() / 2, self.height() / 2)
        radius = self.diameter / 2
        color = QColor(COLORS.get(self.state, COLORS["idle"]))
        if self.state in ("listening", "speaking", "waiting"):
            pulse = 0.5 + 0.5 * math.sin(self._phase * 2 * math.pi * 0.8)
            # listening: the microphone's level; speaking: the reply's level; waiting: a slow pulse
            glow = self.level if self.state in ("listening", "speaking") else 0.25 * pulse   # the mic's / the reply's
            outer = radius + self._margin() * min(1.0, 0.25 + glow * 1.6)
            gradient = QRadialGradient(center, outer)
            halo = QColor(color)
            halo.setAlphaF(0.45)
            gradient.setColorAt(radius / outer, halo)
            halo.setAlphaF(0.0)
            gradient.setColorAt(1.0, halo)
            p.setPen(Qt.NoPen)
            p.setBrush(gradient)
            p.drawEllipse(center, outer, outer)
        if self.hasFocus():
            p.setPen(QPen(self.palette().highlight().color(), 2))
            p.setBrush(Qt.NoBrush)
            p.drawEllipse(center, radius + 4, radius + 4)
        face = QColor(color)
        if self.state == "interrupted":
            face.setAlphaF(max(0.3, 1.0 - (time.monotonic() - self._since) / 0.6))
        p.setPen(Qt.NoPen)
        p.setBrush(face)
        p.drawEllipse(center, radius, radius)
        if self.state in ("transcribing", "thinking", "loading"):
            arc = QRectF(center.x() - radius + 6, center.y() - radius + 6, 2 * radius - 12, 2 * radius - 12)
            p.setPen(QPen(QColor(255, 255, 255, 200), 4, Qt.SolidLine, Qt.RoundCap))
            p.drawArc(arc, int(-self._phase * 360 * 16 * 1.2) % (360 * 16), 100 * 16)
        self._paint_glyph(p, center, radius)

    def _paint_glyph(self, p: QPainter, c: QPointF, r: float) -> None:
        """A microphone; a square while the reply can be stopped by pressing."""
        p.setPen(Qt.NoPen)
        p.setBrush(QColor("white"))
        if self.state == "speaking":
            side = r * 0.5
            p.drawRoundedRect(QRectF(c.x() - side / 2, c.y() - side / 2, side, side), 4, 4)
            return
        w, h = r * 0.34, r * 0.6
        p.drawRoundedRect(QRectF(c.x() - w / 2, c.y() - h * 0.7, w, h), w / 2, w / 2)
        pen = QPen(QColor("white"), max(2.0, r * 0.07), Qt.SolidLine, Qt.RoundCap)
        p.setPen(pen)
        p.setBrush(Qt.NoBrush)
        path = QPainterPath()
        cup = QRectF(c.x() - w * 0.95, c.y() - h * 0.55, w * 1.9, h * 0.95)
        path.arcMoveTo(cup, 180)
        path.arcTo(cup, 180, 180)
        p.drawPath(path)
        p.drawLine(QPointF(c.x(), c.y() + h * 0.4), QPointF(c.x(), c.y() + h * 0.6))

    # -- input: hold to talk, click to toggle -----------------------------------------------------------
    def _inside(self, pos) -> bool:
        d = pos - QPointF(self.width() / 2, self.height() / 2)
        return math.hypot(d.x(), d.y()) <= self.diameter / 2 + 6

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.LeftButton or not self._inside(event.position()):
            return super().mousePressEvent(event)
        self._down_at = time.monotonic()
        if self._latched:          # the second click of a toggle: end the turn
            self._latched = False
            self._down_at = 0.0
            self.talk_released.emit()
            return
        self.talk_pressed.emit()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() != Qt.LeftButton or not self._down_at:
            return super().mouseReleaseEvent(event)
        held_ms = (time.monotonic() - self._down_at) * 1000
        self._down_at = 0.0
        if held_ms >= HOLD_MS:
            self.talk_released.emit()
        else:
            self._latched = True   # a click: keep listening until the next click

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Space, Qt.Key_Return, Qt.Key_Enter) and not event.isAutoRepeat():
            if self._latched:
                self._latched = False
                self.talk_released.emit()
            else:
                self._latched = True
                self.talk_pressed.emit()
            return
        super().keyPressEvent(event)
