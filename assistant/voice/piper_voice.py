"""Piper (piper-tts, onnxruntime): a neural voice, rendered sentence by sentence like the system voice.
The voice model is installed under models/ with a manifest (`assistant models install`) and verified
at load. Speed maps words per minute onto Piper's length scale (175 words/min is the voice's own pace)."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from assistant.errors import AssistantError, VoiceEngineError
from assistant.voice.base import Speech, VoiceOptions

BASE_RATE = 175  # words per minute at length scale 1.0
# The generator's noise (None: the voice's own, 0.667 and 0.8 for joe medium); lower is steadier speech.
NOISE_SCALE: float | None = None
NOISE_W: float | None = None


class PiperVoice:
    def __init__(self, folder: Path, options: VoiceOptions = VoiceOptions()) -> None:
        """`folder`: a verified voice model folder (core/models.py verifies before loading)."""
        onnx = next(iter(sorted(folder.glob("*.onnx"))), None)
        if onnx is None:
            raise VoiceEngineError(f"The voice in {folder} has no .onnx model.", hint="Run `assistant models install`.")
        try:
            from piper import PiperVoice as _Piper

            self._voice = _Piper.load(onnx, config_path=onnx.with_suffix(".onnx.json"))
        except ImportError as exc:
            raise VoiceEngineError("The neural voice engine (piper-tts) is not installed.",
                                   hint="Run `make run` (or `.venv/bin/pip install -e .`).") from exc
        except Exception as exc:  # noqa: BLE001 - onnxruntime and piper raise many kinds for a bad file
            raise VoiceEngineError(f"The neural voice {folder.name} could not be loaded ({type(exc).__name__}).",
                                   hint="Run `assistant models install --force` to reinstall it.") from exc
        self.name = folder.name
        self.id = "piper:" + folder.name
        self.options = options
        self._lock = threading.Lock()   # one synthesis at a time: the ONNX session is shared

    def configure(self, options: VoiceOptions) -> None:
        self.options = options

    def synthesize(self, text: str, options: VoiceOptions | None = None) -> Speech:
        from piper import SynthesisConfig

        options = options or self.options
        config = SynthesisConfig(length_scale=BASE_RATE / max(40, options.rate), noise_scale=NOISE_SCALE,
                                 noise_w_scale=NOISE_W, volume=max(0.0, min(1.0, options.volume)), normalize_audio=True)
        try:
            with self._lock:
                chunks = [c.audio_float_array for c in self._voice.synthesize(text, syn_config=config)]
        except AssistantError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise VoiceEngineError(f"The neural voice failed on this sentence ({type(exc).__name__}).",
                                   hint="The system voice can be chosen in the settings.") from exc
        if not chunks:
            raise VoiceEngineError("The neural voice produced no audio.", hint="Try the system voice in the settings.")
        samples = np.concatenate(chunks).astype(np.float32, copy=False)
        return Speech(np.clip(samples, -1.0, 1.0), self._voice.config.sample_rate)
