"""The settings panel: microphone and speaker (with a live level and a test tone), models (every
installed one, distilled students included), answer length and temperature, voice (with a preview),
the push-to-talk key (press it to bind it), hands-free and wake word, clock, history, system prompt.
Saving validates first: an invalid value is named in the panel and nothing is written."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
                               QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar, QPushButton, QSpinBox, QVBoxLayout)

from assistant.errors import SettingsError
from assistant.gui import audio_checks
from assistant.gui.key_capture import KeyCaptureButton
from assistant.gui.theme import THEMES, error_style
from assistant.modelstore.registry import installed_models
from assistant.settings import Settings, replace, save_settings


def _combo(values: list[str], current: str) -> QComboBox:
    box = QComboBox()
    for value in dict.fromkeys([*values, current]):
        box.addItem(value)
    box.setCurrentText(current)
    return box


def _row(*widgets) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget, 1 if isinstance(widget, (QComboBox, QProgressBar)) else 0)
    return row


WAKE_WORD_NOTE = ("Wake word \u201chey Jarvis\u201d (openWakeWord's pretrained model: CC BY-NC-SA 4.0, "
                  "non-commercial use only)")


class SettingsDialog(QDialog):
    saved = Signal(object)   # the new Settings
    check_done = Signal(str)  # a test tone or preview finished: '' or what went wrong

    def __init__(self, settings: Settings, parent=None, voice=None) -> None:
        """`voice`: the session's voice (its voices() and synthesize_with() serve the list and the preview)."""
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.settings = settings
        self.voice = voice
        self.probe: audio_checks.LevelProbe | None = None
        self.last_check: str | None = None
        self.check_done.connect(self._checked)
        self._audio_widgets(settings)
        self.lm_model = _combo(installed_models("lm"), settings.lm_model)
        self.lm_model.setAccessibleName("Answer model")
        self.asr_model = _combo(installed_models("asr"), settings.asr_model)
        self.asr_model.setAccessibleName("Speech model")
        self.language = _combo(["auto", "en", "de", "es", "fr", "it", "nl", "pt"], settings.language or "auto")
        self.language.setEditable(True)  # any language code Whisper knows
        self.language.setAccessibleName("Spoken language")
        self.max_tokens = QSpinBox(minimum=8, maximum=1024, value=settings.max_answer_tokens)
        self.temperature = QDoubleSpinBox(minimum=0.0, maximum=2.0, singleStep=0.1, value=settings.temperature)
        self.voice_rate = QSpinBox(minimum=80, maximum=400, value=settings.voice_rate, suffix=" words/min")
        self.voice_volume = QDoubleSpinBox(minimum=0.0, maximum=1.0, singleStep=0.1, value=settings.voice_volume)
        self.hotkey = KeyCaptureButton(settings.hotkey)
        self.hands_free = QCheckBox("Hands-free: listen for questions without holding the key",
                                    checked=settings.hands_free)
        self.wake_word = QCheckBox(WAKE_WORD_NOTE, checked=settings.wake_word)
        self.speak_to_interrupt = QCheckBox("Hands-free: speaking over a reply stops it (no wake word needed)",
                                            checked=settings.speak_to_interrupt)
        self.start_at_login = QCheckBox("Start at login", checked=settings.start_at_login)
        self.start_at_login.setAccessibleName("Start at login")
        self.wake_word.setToolTip("Say it before a question. Said while the assistant speaks, it interrupts the reply.")
        self.partials = QCheckBox("Show the words while I speak (the answer may start a little later)",
                                  checked=settings.partial_transcripts)
        self.clock_format = _combo(["auto", "12h", "24h"], settings.clock_format)
        self.clock_format.setAccessibleName("Clock")
        self.theme = _combo(list(THEMES), settings.theme)
        self.theme.setAccessibleName("Theme")
        self.end_silence = QDoubleSpinBox(minimum=0.2, maximum=3.0, singleStep=0.1, value=settings.end_silence_s,
                                          suffix=" s")
        self.history = QCheckBox("Keep the conversation as context", checked=settings.history_enabled)
        self.system_prompt = QPlainTextEdit(settings.system_prompt)
        self.system_prompt.setMaximumHeight(80)
        self.status = QLabel(objectName="settingsStatus", wordWrap=True)
        self.error = QLabel(objectName="settingsError", wordWrap=True, visible=False)
        self.error.setStyleSheet(error_style(self))

        form = QFormLayout()
        form.addRow("Microphone", _row(self.input_device, self.level_button))
        form.addRow("Microphone level", self.level)
        form.addRow("Speaker", _row(self.output_device, self.tone_button))
        form.addRow("Answer model", self.lm_model)
        form.addRow("Speech model", self.asr_model)
        form.addRow("Spoken language (auto: detect)", self.language)
        form.addRow("Longest answer (tokens)", self.max_tokens)
        form.addRow("Temperature (0 = always the same)", self.temperature)
        form.addRow("Voice", _row(self.voice_id, self.preview_button))
        form.addRow("Voice speed", self.voice_rate)
        form.addRow("Voice volume", self.voice_volume)
        form.addRow("Push-to-talk key", self.hotkey)
        form.addRow("Silence that ends a question", self.end_silence)
        form.addRow("", self.hands_free)
        form.addRow("", self.wake_word)
        form.addRow("", self.speak_to_interrupt)
        form.addRow("", self.start_at_login)
        form.addRow("", self.partials)
        form.addRow("Clock (auto: your locale's)", self.clock_format)
        form.addRow("Theme", self.theme)
        form.addRow("", self.history)
        form.addRow("System prompt", self.system_prompt)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> dict:
        language = self.language.currentText().strip().lower()
        return {"lm_model": self.lm_model.currentText(), "asr_model": self.asr_model.currentText(),
                "language": "" if language == "auto" else language,
                "max_answer_tokens": self.max_tokens.value(), "temperature": round(self.temperature.value(), 2),
                "voice_rate": self.voice_rate.value(), "voice_volume": round(self.voice_volume.value(), 2),
                "hotkey": self.hotkey.key, "end_silence_s": round(self.end_silence.value(), 2),
                "history_enabled": self.history.isChecked(), "system_prompt": self.system_prompt.toPlainText().strip(),
                "input_device": self._device(self.input_device), "output_device": self._device(self.output_device),
                "voice_id": self.voice_id.currentData() or None, "hands_free": self.hands_free.isChecked(),
                "wake_word": self.wake_word.isChecked(),
                "speak_to_interrupt": self.speak_to_interrupt.isChecked(),
                "start_at_login": self.start_at_login.isChecked(), "partial_transcripts": self.partials.isChecked(),
                "clock_format": self.clock_format.currentText(), "theme": self.theme.currentText()}

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

    # -- sound checks ---------------------------------------------------------------------------
    def _audio_widgets(self, settings: Settings) -> None:
        self.input_device = _combo([audio_checks.DEFAULT, *audio_checks.device_names("input")],
                                   settings.input_device or audio_checks.DEFAULT)
        self.input_device.setAccessibleName("Microphone")
        self.output_device = _combo([audio_checks.DEFAULT, *audio_checks.device_names("output")],
                                    settings.output_device or audio_checks.DEFAULT)
        self.output_device.setAccessibleName("Speaker")
        self.level = QProgressBar(maximum=100, textVisible=False, maximumHeight=10)
        self.level.setAccessibleName("Microphone level")
        self.level_button = QPushButton("Test microphone", checkable=True)
        self.level_button.toggled.connect(self.test_microphone)
        self.tone_button = QPushButton("Test tone")
        self.tone_button.clicked.connect(self.test_tone)
        self.voice_id = QComboBox()
        self.voice_id.setAccessibleName("Voice")
        self.voice_id.addItem("Default voice", None)
        for voice_id, name in (self.voice.voices() if self.voice is not None else []):
            self.voice_id.addItem(name, voice_id)
        index = self.voice_id.findData(settings.voice_id)
        self.voice_id.setCurrentIndex(max(0, index))
        self.preview_button = QPushButton("Preview", enabled=self.voice is not None)
        self.preview_button.clicked.connect(self.preview_voice)
        self._timer = QTimer(self, interval=50)
        self._timer.timeout.connect(lambda: self.level.setValue(self.probe.level if self.probe else 0))

    @staticmethod
    def _device(box: QComboBox) -> str | None:
        return None if box.currentText() == audio_checks.DEFAULT else box.currentText()

    def test_microphone(self, on: bool) -> None:
        if self.probe is not None:
            self.probe.close()
            self.probe = None
        self._timer.stop()
        self.level.setValue(0)
        if on:
            self.probe = audio_checks.LevelProbe(self._device(self.input_device))
            if self.probe.problem:
                self._checked(self.probe.problem)
                self.level_button.setChecked(False)
                return
            self.status.setText("Speak: the bar shows the microphone's level.")
            self._timer.start()

    def test_tone(self) -> None:
        self.status.setText("Playing a test tone…")
        samples, rate = audio_checks.tone()
        audio_checks.play_in_background(samples, rate, self._device(self.output_device), self.check_done.emit)

    def preview_voice(self) -> None:
        from assistant.voice.base import VoiceOptions

        options = VoiceOptions(self.voice_id.currentData() or None, self.voice_rate.value(),
                               round(self.voice_volume.value(), 2))
        self.status.setText("Previewing the voice…")
        device, voice = self._device(self.output_device), self.voice

        def render_and_play():
            try:
                speech = voice.synthesize_with(options, "Hello! This is how I will sound.")
            except Exception as exc:  # a VoiceEngineError names what to install
                self.check_done.emit(str(exc))
                return
            audio_checks.play_in_background(speech.samples, speech.sample_rate, device, self.check_done.emit)
        threading.Thread(target=render_and_play, daemon=True, name="voice-preview").start()

    def _checked(self, problem: str) -> None:
        self.status.setText(problem or "Done.")
        self.last_check = problem

    def done(self, code: int) -> None:  # closing (save or cancel) releases the microphone
        self.test_microphone(False)
        super().done(code)
