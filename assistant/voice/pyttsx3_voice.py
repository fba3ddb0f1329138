"""pyttsx3 (espeak-ng on Linux). Its live `say()` loses and delays utterances on Linux and cannot be
stopped, so every sentence is rendered to a WAV and played by our own interruptible stream."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
import weakref
import threading

import numpy as np

from assistant.errors import VoiceEngineError
from assistant.voice.base import Speech, VoiceOptions

_HINT = "Install espeak-ng with `sudo apt-get install espeak-ng libespeak-ng1` and try again."


class Pyttsx3Voice:
    name = "pyttsx3-espeak"
    # pyttsx3.init() hands every caller the same engine, and espeak's settings are the process's: one lock
    # for all instances, or a preview at one volume could render with another's.
    _lock = threading.RLock()

    def __init__(self, options: VoiceOptions = VoiceOptions()) -> None:
        try:
            import pyttsx3

            self._engine = pyttsx3.init()
        except (RuntimeError, OSError, ImportError) as exc:
            raise VoiceEngineError(f"The speech engine could not start ({exc}).", hint=_HINT) from exc
        self._dir = tempfile.mkdtemp(prefix="assistant-voice-")
        # the folder goes when the voice does, or at exit: no spoken reply is left behind in $TMPDIR
        weakref.finalize(self, shutil.rmtree, self._dir, True)
        self._default_voice = self._engine.getProperty("voice")
        self.options = options
        self.configure(options)

    def configure(self, options: VoiceOptions) -> None:
        with self._lock:
            self._engine.setProperty("voice", options.voice_id or self._default_voice)
            self._engine.setProperty("rate", options.rate)
            # Volume is applied to the samples (synthesize): espeak's own volume setting was seen not to
            # take (a CI run: a render at 0.3 as loud as one at 1.0), while scaling is exact.
            self._engine.setProperty("volume", 1.0)
            self.options = options

    def synthesize_with(self, options: VoiceOptions, text: str) -> Speech:
        """Render `text` with other options (the settings panel's preview), then restore the current ones."""
        with self._lock:
            current = self.options
            self.configure(options)
            try:
                return self.synthesize(text)
            finally:
                self.configure(current)

    def voices(self) -> list[tuple[str, str]]:
        return [(v.id, v.name) for v in self._engine.getProperty("voices")]

    def synthesize(self, text: str) -> Speech:
        import soundfile

        path = os.path.join(self._dir, "sentence.wav")
        with self._lock:
            problem = None
            # The espeak driver sometimes finishes a run without writing the file (seen on the first
            # run after start-up when a PulseAudio server is reachable): one retry recovers it.
            for _attempt in range(3):
                self._render(text, path)
                try:
                    samples, rate = soundfile.read(path, dtype="float32", always_2d=True)
                    if samples.size:
                        volume = max(0.0, min(1.0, self.options.volume))
                        mono = np.ascontiguousarray(samples.mean(axis=1) * volume, dtype=np.float32)
                        return Speech(samples=mono, sample_rate=int(rate))
                    problem = "an empty file"
                except Exception as exc:
                    problem = str(exc)
                finally:
                    if os.path.exists(path):
                        os.unlink(path)  # the reply's words are not kept on disk
            raise VoiceEngineError(f"The speech engine produced no audio ({problem}).", hint=_HINT)

    def _render(self, text: str, path: str) -> None:
        if os.path.exists(path):
            os.unlink(path)
        try:
            # Its espeak driver prints "Audio saved to ..." on stdout, where `--json` output goes.
            with contextlib.redirect_stdout(io.StringIO()):
                self._engine.save_to_file(text, path)
                self._engine.runAndWait()
        finally:
            # Else a later runAndWait writes this file again.
            driver = getattr(getattr(self._engine, "proxy", None), "_driver", None)
            if driver is not None and hasattr(driver, "_save_file"):
                driver._save_file = None
