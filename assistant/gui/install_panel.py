"""The first-start model installation inside the window: `assistant models install --progress json`
runs as a child process (the build needs torch, which the app itself never loads), its progress
lines drive a bar, and Cancel stops it. A cancelled or failed build leaves nothing half-installed
that the app would use: the next start verifies the models and offers the installation again."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QProcess, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget


class InstallPanel(QWidget):
    finished = Signal(bool, str)  # ok, a sentence for the banner when not ok

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("installPanel")
        self.label = QLabel("Installing the models (the first start only)…", wordWrap=True)
        self.bar = QProgressBar(maximum=1000)
        self.bar.setAccessibleName("Model installation progress")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel the model installation")
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.process: QProcess | None = None
        self.stages: list[str] = []
        self._cancelled = False
        self._tail = ""

    def start(self, reason: str = "") -> None:
        if reason:
            self.label.setText(f"{reason} Installing it now…")
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.SeparateChannels)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.readyReadStandardError.connect(self._read_errors)
        self.process.finished.connect(self._done)
        self.process.start(sys.executable, ["-m", "assistant", "models", "install", "--progress", "json"])
        self.show()

    def cancel(self) -> None:
        if self.process is not None and self.process.state() != QProcess.NotRunning:
            self._cancelled = True
            self.label.setText("Cancelling…")
            self.process.terminate()
            if not self.process.waitForFinished(5000):
                self.process.kill()

    def _read(self) -> None:
        for line in bytes(self.process.readAllStandardOutput()).decode(errors="replace").splitlines():
            try:
                update = json.loads(line)
                stage, done, total = update["stage"], float(update["done"]), float(update["total"] or 1)
            except (ValueError, KeyError, TypeError):
                continue  # the closing "name: installed" lines
            if not self.stages or self.stages[-1] != stage:
                self.stages.append(stage)
            self.label.setText(f"Installing the models (the first start only): {stage}")
            self.bar.setValue(int(1000 * min(1.0, done / total)))

    def _read_errors(self) -> None:
        text = bytes(self.process.readAllStandardError()).decode(errors="replace").strip()
        lines = [line for line in text.splitlines() if line.startswith("error:")]
        if lines:
            self._tail = lines[-1][len("error:"):].strip()

    def _done(self, code: int, _status) -> None:
        self.hide()
        if self._cancelled:
            self.finished.emit(False, "The model installation was cancelled: the assistant needs its models. "
                                      "Run `assistant models install` (or restart the app) to install them.")
        elif code != 0:
            self.finished.emit(False, (self._tail or "The model installation failed.") +
                               " Run `assistant models install` in a terminal to see the details.")
        else:
            self.finished.emit(True, "")
