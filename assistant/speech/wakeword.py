"""The wake word, "hey Jarvis", with openWakeWord 0.4.0's bundled ONNX models (run by onnxruntime, loaded
from the installed package: nothing is downloaded). The pretrained wake-word models are CC BY-NC-SA 4.0
(non-commercial); the settings panel says so where the feature is switched on."""

from __future__ import annotations

import threading
import warnings
from pathlib import Path
from typing import Iterable

import numpy as np

from assistant.errors import ModelMissingError

WAKE_WORD = "hey jarvis"
FRAME = 1280            # openWakeWord scores 80 ms frames of 16 kHz audio
THRESHOLD = 0.5
FLUSH_FRAMES = 25       # 2 s: more than the ~1.3 s of audio features the wake-word model looks at
_HINT = "Reinstall the app's dependencies (`make run`, or `pip install openwakeword==0.4.0`)."


def model_path() -> Path:
    try:
        import openwakeword
    except ImportError as exc:
        raise ModelMissingError("The wake-word detector (openwakeword) is not installed.", hint=_HINT) from exc
    path = Path(openwakeword.__file__).parent / "resources" / "models" / "hey_jarvis_v0.1.onnx"
    if not path.exists():
        raise ModelMissingError(f"The wake-word model {path} is missing.", hint=_HINT)
    return path


class WakeWord:
    def __init__(self, threshold: float = THRESHOLD) -> None:
        path = model_path()
        from openwakeword.model import Model

        with warnings.catch_warnings():  # it asks onnxruntime for CUDA first and warns when there is none
            warnings.simplefilter("ignore")
            self._model = Model(wakeword_model_paths=[str(path)])
        self.threshold = threshold
        self._pending = np.zeros(0, np.int16)

    def reset(self) -> None:
        """Forget what was heard. openWakeWord's own reset() clears only its score history: its audio
        features still hold the last second or so, so right after a detection the next audio would
        "hear" the same wake word again. Two seconds of silence push it out."""
        self._model.predict(np.zeros(FRAME * FLUSH_FRAMES, np.int16))
        self._model.reset()
        self._pending = np.zeros(0, np.int16)

    def score(self, chunk: np.ndarray) -> float:
        """Feed float32 16 kHz audio of any length; returns the best score of the frames it completed."""
        pcm = np.clip(chunk * 32767, -32768, 32767).astype(np.int16)
        self._pending = np.concatenate([self._pending, pcm])
        best = 0.0
        while self._pending.size >= FRAME:
            frame, self._pending = self._pending[:FRAME], self._pending[FRAME:]
            best = max(best, max(self._model.predict(frame).values()))
        return best

    def wait(self, chunks: Iterable[np.ndarray], stop: threading.Event, on_level=None, accept=None) -> bool:
        """Consume chunks until the wake word is heard (True) or `stop` is set / the audio ends (False).
        `accept`: asked at each detection whether to take it (else listening goes on)."""
        self.reset()
        for chunk in chunks:
            if stop.is_set():
                return False
            if on_level is not None:
                on_level(chunk)
            if self.score(chunk) >= self.threshold and (accept is None or accept()):
                return True
        return False
