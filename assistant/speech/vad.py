"""Streaming voice-activity probabilities from the Silero VAD model that faster-whisper ships
(`faster_whisper/assets/silero_vad_v6.onnx`): one probability per 512-sample chunk at 16 kHz."""

from __future__ import annotations

import numpy as np

CHUNK = 512
_CONTEXT = 64


class StreamingVad:
    def __init__(self) -> None:
        from faster_whisper.vad import get_vad_model

        self._session = get_vad_model().session
        self.reset()

    def reset(self) -> None:
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        self._context = np.zeros(_CONTEXT, dtype=np.float32)

    def __call__(self, chunk: np.ndarray) -> float:
        if chunk.shape != (CHUNK,):
            raise ValueError(f"a VAD chunk is {CHUNK} samples")
        frame = np.concatenate([self._context, chunk.astype(np.float32)])[None, :]
        out, self._h, self._c = self._session.run(None, {"input": frame, "h": self._h, "c": self._c})
        self._context = chunk[-_CONTEXT:].astype(np.float32)
        return float(np.asarray(out).reshape(-1)[0])
