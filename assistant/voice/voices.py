"""The session's voice: the neural voice (Piper) by default, the system voice (pyttsx3 / espeak-ng) when
chosen in the settings, and the system voice as the fallback when the neural one is missing or fails
(`notice` says so, for the window and the command line to show). One object behind the voice interface,
so the speaker, the settings' preview and the voice list need not know which engine speaks.

`voice_id` in the settings: None (the default: neural if installed), "piper:<model>" or a system voice id.
Where voice models are and whether they verify is the caller's knowledge (core/models.py): `locate`
gives a model's verified folder (or raises), `installed` the neural voices installed."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable

from assistant.errors import AssistantError
from assistant.voice.base import Speech, VoiceOptions

DEFAULT_NEURAL = "piper-en_US-joe-medium"
PREPARING_WAIT_S = 2.0   # the longest synthesize() waits for the same text being rendered ahead


class VoiceSet:
    def __init__(self, options: VoiceOptions, locate: Callable[[str], Path],
                 installed: Callable[[], list[str]] = lambda: []) -> None:
        self.options = options
        self._locate, self._installed = locate, installed
        self.notice = ""
        self._lock = threading.RLock()
        self._neural: dict = {}
        self._system = None
        self._ready: dict = {}   # (text, options) -> Speech rendered ahead (prepare), used once
        self._preparing: dict = {}   # (text, options) -> Event set when its render ahead is done

    # -- the engines, loaded on first use --------------------------------------------------------------
    def _neural_voice(self, model: str):
        if model not in self._neural:
            from assistant.voice.piper_voice import PiperVoice

            self._neural[model] = PiperVoice(self._locate(model))
        return self._neural[model]

    def _system_voice(self):
        if self._system is None:
            from assistant.voice.pyttsx3_voice import Pyttsx3Voice

            self._system = Pyttsx3Voice(_system_options(self.options))
        return self._system

    def engine(self, options: VoiceOptions | None = None):
        """The engine for `options` (the session's by default), falling back to the system voice."""
        options = options or self.options
        with self._lock:
            if is_neural(options.voice_id):
                try:
                    return self._neural_voice(neural_model(options.voice_id))
                except AssistantError as err:
                    self.notice = (f"The neural voice is unavailable ({err.message}); the system voice speaks "
                                   f"instead. {err.hint}").strip()
            return self._system_voice()

    # -- the voice interface ---------------------------------------------------------------------------
    @property
    def name(self) -> str:
        engine = self.engine()
        return engine.name

    def synthesize(self, text: str) -> Speech:
        key = (text, self.options)
        preparing = self._preparing.get(key)
        if preparing is not None:   # the same text is being rendered ahead: its audio comes sooner than anew
            preparing.wait(PREPARING_WAIT_S)
        ready = self._ready.pop(key, None)
        return ready if ready is not None else self.synthesize_with(self.options, text)

    def prepare(self, text: str) -> None:
        """Render `text` now for a synthesize() to come (the drafted answer's first sentence, a skill's
        answer to a guessed question). A synthesize() of the same text meanwhile waits for this render."""
        key = (text, self.options)
        if key in self._ready or key in self._preparing:
            return
        done = self._preparing[key] = threading.Event()
        try:
            speech = self.synthesize_with(self.options, text)
            while len(self._ready) >= 4:
                self._ready.pop(next(iter(self._ready)))
            self._ready[key] = speech
        finally:
            del self._preparing[key]
            done.set()

    def synthesize_with(self, options: VoiceOptions, text: str) -> Speech:
        engine = self.engine(options)
        try:
            if hasattr(engine, "id"):   # neural
                return engine.synthesize(text, options)
            return engine.synthesize_with(_system_options(options), text)
        except AssistantError as err:
            if not hasattr(engine, "id"):
                raise
            self.notice = f"The neural voice failed ({err.message}); the system voice speaks instead."
            with self._lock:
                self._neural.clear()
                self.options = VoiceOptions("system", options.rate, options.volume)
            return self._system_voice().synthesize_with(_system_options(options), text)

    def configure(self, options: VoiceOptions) -> None:
        self.options = options

    def voices(self) -> list[tuple[str, str]]:
        """(id, label) of every voice: installed neural voices first, then the system's."""
        out = [(f"piper:{m}", f"{m.removeprefix('piper-')} (neural)") for m in self._installed()]
        try:
            out += [(vid, f"{label} (system)") for vid, label in self._system_voice().voices()]
        except AssistantError:
            pass
        return out


def is_neural(voice_id: str | None) -> bool:
    return voice_id is None or voice_id.startswith("piper:")


def neural_model(voice_id: str | None) -> str:
    """The neural voice model a (neural) voice id names: None is the default voice."""
    return (voice_id or "").removeprefix("piper:") or DEFAULT_NEURAL


def _system_options(options: VoiceOptions) -> VoiceOptions:
    vid = None if options.voice_id == "system" or is_neural(options.voice_id) else options.voice_id
    return VoiceOptions(vid, options.rate, options.volume)
