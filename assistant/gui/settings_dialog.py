"""The settings panel: models (every installed one, distilled students included), answer length and
temperature, voice, push-to-talk key, end-of-speech silence, history, system prompt. Saving validates
first: an invalid value is named in the panel and nothing is written."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout)

from assistant.errors import SettingsError
from assistant.modelstore.registry import installed_models
from assistant.settings import Settings, replace, save_settings


def _combo(values: list[str], current: str) -> QComboBox:
    box = QComboBox()
    for value in dict.fromkeys([*values, current]):
        box.addItem(value)
    box.setCurrentText(current)
    return box


class SettingsDialog(QDialog):
    saved = Signal(object)   # the new Settings

    def __init__(self, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.settings = settings
        self.lm_model = _combo(installed_models("lm"), settings.lm_model)
        self.lm_model.setAccessibleName("Answer model")
        self.asr_model = _combo(installed_models("asr"), settings.asr_model)
        self.asr_model.setAccessibleName("Speech model")
        self.max_tokens = QSpinBox(minimum=8, maximum=1024, value=settings.max_answer_tokens)
        self.temperature = QDoubleSpinBox(minimum=0.0, maximum=2.0, singleStep=0.1, value=settings.temperature)
        self.voice_rate = QSpinBox(minimum=80, maximum=400, value=settings.voice_rate, suffix=" words/min")
        self.voice_volume = QDoubleSpinBox(minimum=0.0, maximum=1.0, singleStep=0.1, value=settings.voice_volume)
        self.hotkey = QLineEdit(settings.hotkey)
        self.hotkey.setAccessibleName("Push-to-talk key")
        self.end_silence = QDoubleSpinBox(minimum=0.2, maximum=3.0, singleStep=0.1, value=settings.end_silence_s,
                                          suffix=" s")
        self.history = QCheckBox("Keep the conversation as context", checked=settings.history_enabled)
        self.system_prompt = QPlainTextEdit(settings.system_prompt)
        self.system_prompt.setMaximumHeight(80)
        self.error = QLabel(objectName="settingsError", wordWrap=True, visible=False)
        self.error.setStyleSheet("color:#7a1c16")

        form = QFormLayout()
        form.addRow("Answer model", self.lm_model)
        form.addRow("Speech model", self.asr_model)
        form.addRow("Longest answer (tokens)", self.max_tokens)
        form.addRow("Temperature (0 = always the same)", self.temperature)
        form.addRow("Voice speed", self.voice_rate)
        form.addRow("Voice volume", self.voice_volume)
        form.addRow("Push-to-talk key", self.hotkey)
        form.addRow("Silence that ends a question", self.end_silence)
        form.addRow("", self.history)
        form.addRow("System prompt", self.system_prompt)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {"lm_model": self.lm_model.currentText(), "asr_model": self.asr_model.currentText(),
                "max_answer_tokens": self.max_tokens.value(), "temperature": round(self.temperature.value(), 2),
                "voice_rate": self.voice_rate.value(), "voice_volume": round(self.voice_volume.value(), 2),
                "hotkey": self.hotkey.text().strip().lower(), "end_silence_s": round(self.end_silence.value(), 2),
                "history_enabled": self.history.isChecked(), "system_prompt": self.system_prompt.toPlainText().strip()}

    def save(self) -> bool:
        try:
            new = replace(self.settings, **self.values())
            save_settings(new)
        except (SettingsError, OSError) as err:
            self.error.setText(str(err))
            self.error.setVisible(True)
            return False
        self.settings = new
        self.saved.emit(new)
        self.accept()
        return True
