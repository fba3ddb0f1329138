"""Active timers, always in view while any runs: one chip each with its countdown and a cancel button (an alarm
or a reminder: its clock time); and, when one ends, a ringing bar with "Stop" and "Snooze". Counts down once a
second while a timer runs; otherwise looks every half minute (a label is redrawn only when its text changes)."""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from assistant.gui.conversation_view import countdown

SNOOZE_MINUTES = 5


class TimersStrip(QWidget):
    cancel_requested = Signal(str)

    def __init__(self, active, parent=None) -> None:
        """`active()`: the timers as [{"name", "seconds_left", "paused"}] (the session's)."""
        super().__init__(parent)
        self.active = active
        self.setAccessibleName("Running timers")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addStretch(1)
        self.chips: dict[str, tuple[QWidget, QLabel]] = {}
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self.refresh)
        self.hide()
        self._tick.start(30000)

    def refresh(self) -> None:
        timers = {t["name"]: (t["seconds_left"], t.get("paused", False), t.get("when")) for t in self.active()}
        for name in list(self.chips):
            if name not in timers:
                chip, _ = self.chips.pop(name)
                chip.deleteLater()
        for name, (left, paused, when) in timers.items():
            if name not in self.chips:
                self.chips[name] = self._chip(name)
            self.chips[name][1].setText(chip_text(name, left, paused, when))
        self.setVisible(bool(timers))
        # once a second while a timer counts down; else every half minute, for an alarm set by another process
        # (`assistant ask`) or one whose "tomorrow" became "today"
        interval = 1000 if any(when is None or paused for _, paused, when in timers.values()) else 30000
        if self._tick.interval() != interval or not self._tick.isActive():
            self._tick.start(interval)

    def _chip(self, name: str) -> tuple[QWidget, QLabel]:
        chip = QWidget(self, objectName="timerChip")
        chip.setStyleSheet("#timerChip{border:1px solid palette(mid);border-radius:12px}")
        layout = QHBoxLayout(chip)
        layout.setContentsMargins(10, 2, 4, 2)
        label = QLabel(chip)
        label.setAccessibleName(f"Timer {name}")
        cancel = QToolButton(chip, text="✕", autoRaise=True)
        cancel.setAccessibleName(f"Cancel the {name} timer")
        cancel.setToolTip(f"Cancel the {name} timer")
        cancel.clicked.connect(lambda: self.cancel_requested.emit(name))
        layout.addWidget(label)
        layout.addWidget(cancel)
        self.row.insertWidget(self.row.count() - 1, chip)
        return chip, label


def chip_text(name: str, left: float, paused: bool, when: str | None) -> str:
    """A timer's countdown ("tea  4:59"); an alarm's clock time ("Alarm 7:00 AM tomorrow, every weekday",
    "Reminder: call mom, 8:00 PM tomorrow"), from how the list says it."""
    if when is None or paused:
        return f"{name}  {countdown(left)}" + ("  (paused)" if paused else "")
    if when.startswith("an alarm at "):
        return "Alarm " + when.removeprefix("an alarm at ")
    about, _, at = re.sub(r"^a reminder (?:to |about )?", "", when).rpartition(" at ")
    return f"Reminder: {about}, {at}"


class RingingBar(QWidget):
    """A timer that ended: what ended, Stop (silence it), Snooze (again in five minutes)."""
    stop_requested = Signal()
    snooze_requested = Signal(str, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent, objectName="ringing")
        self.name = ""
        self.setAccessibleName("Timer alert")
        self.setStyleSheet("#ringing{background:#fbbc04;border-radius:6px} #ringing QLabel{color:#202124}")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel(self)
        self.stop_button = QPushButton("Stop", self)
        self.stop_button.setAccessibleName("Stop the alarm")
        self.snooze_button = QPushButton(f"Snooze {SNOOZE_MINUTES} min", self)
        self.snooze_button.setAccessibleName(f"Snooze for {SNOOZE_MINUTES} minutes")
        row.addWidget(self.label, 1)
        row.addWidget(self.snooze_button)
        row.addWidget(self.stop_button)
        self.stop_button.clicked.connect(self._stop)
        self.snooze_button.clicked.connect(self._snooze)
        self.hide()

    def ring(self, name: str, text: str) -> None:
        self.name = name
        self.label.setText("⏰  " + text)
        self.show()

    def _stop(self) -> None:
        self.hide()
        self.stop_requested.emit()

    def _snooze(self) -> None:
        self.hide()
        self.snooze_requested.emit(self.name, SNOOZE_MINUTES)
