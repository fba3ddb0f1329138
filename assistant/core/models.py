"""The loaded models of a session, each loaded on first use and verified against its manifest."""

from __future__ import annotations

import threading

from assistant.errors import AssistantError
from assistant.modelstore.registry import installed_models, model_dir, verified_dir
from assistant.settings import Settings
from assistant.voice.voices import is_neural, neural_model


class Models:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._transcriber = None
        self._answerer = None
        self._voice = None

    @property
    def transcriber(self):
        with self._lock:
            if self._transcriber is None:
                from assistant.speech.transcriber import TranscribeOptions, Transcriber

                options = TranscribeOptions(language=self.settings.language or None, threads=self.settings.threads)
                self._transcriber = Transcriber(verified_dir(self.settings.asr_model), options)
            return self._transcriber

    @property
    def answerer(self):
        with self._lock:
            if self._answerer is None:
                from assistant.llm.answerer import Answerer

                self._answerer = Answerer(verified_dir(self.settings.lm_model), threads=self.settings.threads)
            return self._answerer

    @property
    def voice(self):
        with self._lock:
            if self._voice is None:
                from assistant.voice.base import VoiceOptions
                from assistant.voice.voices import VoiceSet

                self._voice = VoiceSet(VoiceOptions(self.settings.voice_id, self.settings.voice_rate,
                                                    self.settings.voice_volume),
                                       locate=verified_dir, installed=lambda: installed_models("tts"))
            return self._voice

    def reload_voice(self) -> None:
        """The voice is made again from the settings at its next use (its speed or volume changed)."""
        with self._lock:
            self._voice = None

    def loaded(self, name: str) -> bool:
        """Whether the model is loaded already (asking for it would load it)."""
        return getattr(self, f"_{name}") is not None

    def names(self) -> dict:
        tts = expected_voice(self.settings.voice_id)
        if self._voice is not None:
            try:
                tts = self._voice.name
            except Exception:  # noqa: BLE001 - no engine at all: the turn reports it
                pass
        return {"asr": self.settings.asr_model, "lm": self.settings.lm_model, "tts": tts}


def expected_voice(voice_id: str | None) -> str:
    """The engine that will speak, without loading it: the neural voice when chosen (or the default) and
    installed, else the system voice."""
    if is_neural(voice_id):
        model = neural_model(voice_id)
        try:
            if (model_dir(model) / "manifest.json").exists():
                return model
        except AssistantError:
            pass
    return "pyttsx3-espeak"
