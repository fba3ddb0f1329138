"""Reading audio files of any format, sample rate and channel count as 16 kHz mono float32."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.errors import AudioUnreadableError

SAMPLE_RATE = 16000
MAX_FILE_SECONDS = 120.0


def read_audio(path: str | Path, max_seconds: float = MAX_FILE_SECONDS) -> np.ndarray:
    """Decode with PyAV (what faster-whisper uses), which reads WAV, FLAC, MP3, OGG... and resamples.
    The length is checked from the header before decoding, and decoding stops at the cap: a small file
    holding hours of silence is refused in milliseconds, not after gigabytes of samples."""
    path = Path(path)
    _check_is_file(path)
    import av

    too_long = AudioUnreadableError(f"The recording {path} is longer than {max_seconds:.0f} s; questions are "
                                    f"limited to {max_seconds:.0f} s.", hint="Trim it to the question and try again.")
    cap = int(max_seconds * SAMPLE_RATE)
    chunks, total = [], 0
    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            stream = next((s for s in container.streams if s.type == "audio"), None)
            if stream is None:
                raise AudioUnreadableError(f"The file {path} holds no audio track.", hint="Give a recording of the question.")
            if container.duration and container.duration / av.time_base > max_seconds + 0.5:
                raise too_long
            resampler = av.audio.resampler.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
            frames = container.decode(stream)
            for frame in _then_flush(frames):
                for out in resampler.resample(frame):
                    chunk = out.to_ndarray().reshape(-1)
                    chunks.append(chunk)
                    total += chunk.size
                if total > cap + SAMPLE_RATE // 2:
                    raise too_long
    except AudioUnreadableError:
        raise
    except Exception as exc:  # PyAV raises many types for garbage; all mean the same to the user
        raise AudioUnreadableError(
            f"The audio file {path} could not be read ({type(exc).__name__}).",
            hint="Give a WAV, FLAC, MP3 or OGG recording.",
        ) from exc
    if total == 0:
        raise AudioUnreadableError(f"The audio file {path} holds no audio.", hint="Record the question again.")
    return (np.concatenate(chunks).astype(np.float32) / 32768.0)


def _then_flush(frames):
    yield from frames
    yield None  # the resampler's buffered tail


def _check_is_file(path: Path) -> None:
    import stat

    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise AudioUnreadableError(f"The audio file {path} does not exist.", hint="Check the path and try again.") from None
    except OSError as exc:
        raise AudioUnreadableError(f"The audio file {path} cannot be opened ({exc.strerror}).",
                                   hint="Check its permissions.") from None
    if stat.S_ISDIR(mode):
        raise AudioUnreadableError(f"{path} is a folder, not an audio file.", hint="Give the path of one recording.")
    if not stat.S_ISREG(mode):
        kind = "a pipe (FIFO)" if stat.S_ISFIFO(mode) else "a device or socket"
        raise AudioUnreadableError(f"{path} is {kind}, not an audio file.", hint="Save the recording to a file first.")


def write_wav(path: str | Path, samples: np.ndarray, sample_rate: int) -> None:
    import soundfile

    soundfile.write(str(path), samples, sample_rate, subtype="PCM_16")
