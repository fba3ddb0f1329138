"""Reading audio files of any format, sample rate and channel count as 16 kHz mono float32."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.errors import AudioUnreadableError

SAMPLE_RATE = 16000
MAX_FILE_SECONDS = 120.0


def read_audio(path: str | Path, max_seconds: float = MAX_FILE_SECONDS) -> np.ndarray:
    """Decode with PyAV (through faster-whisper), which reads WAV, FLAC, MP3, OGG... and resamples."""
    path = Path(path)
    if not path.is_file():
        raise AudioUnreadableError(f"The audio file {path} does not exist.", hint="Check the path and try again.")
    from faster_whisper.audio import decode_audio

    try:
        audio = decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except Exception as exc:  # PyAV raises many types for garbage; all mean the same to the user
        raise AudioUnreadableError(
            f"The audio file {path} could not be read ({type(exc).__name__}).",
            hint="Give a WAV, FLAC, MP3 or OGG recording.",
        ) from exc
    if audio.size == 0:
        raise AudioUnreadableError(f"The audio file {path} holds no audio.", hint="Record the question again.")
    seconds = audio.size / SAMPLE_RATE
    if seconds > max_seconds:
        raise AudioUnreadableError(
            f"The recording {path} is {seconds:.0f} s long; questions are limited to {max_seconds:.0f} s.",
            hint="Trim it to the question and try again.",
        )
    return audio.astype(np.float32, copy=False)


def write_wav(path: str | Path, samples: np.ndarray, sample_rate: int) -> None:
    import soundfile

    soundfile.write(str(path), samples, sample_rate, subtype="PCM_16")
