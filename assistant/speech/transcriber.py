"""Speech to text. Whisper invents text on silence ("Thank you."), so: Silero VAD first, no
conditioning on previous text, and segments the model itself thinks are not speech are dropped."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.errors import ModelCorruptError, NoSpeechError
from assistant.errors import REPAIR

SAMPLE_RATE = 16000


@dataclass(frozen=True)
class TranscribeOptions:
    language: str | None = "en"
    beam_size: int = 1                 # greedy: beam 5 costs ~2x for ~nothing on short commands
    no_speech_threshold: float = 0.6   # drop a segment above this no-speech probability...
    logprob_threshold: float = -1.0    # ...when its average log-probability is also below this
    vad_filter: bool = True
    threads: int = 0                   # 0: all cores
    short_window: bool = True          # a 12 s encoder window for clips that fit it (see _Whisper)


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str
    audio_s: float
    logprob: float = 0.0   # the lowest average log-probability of a kept segment: how sure Whisper is of it


FULL_WINDOW = 3000    # mel frames (10 ms each): the 30 s window Whisper was trained on
SHORT_WINDOW = 1200   # 12 s: the same words as 30 s on two speech sets (55 clips) at ~40 % of the time
MIN_TAIL = 100        # frames of silence the short window must leave after the speech
REPEATING = 2.4       # faster-whisper's compression-ratio bound: above it the decoder is looping


def _whisper_class():
    """WhisperModel, with the encoder shown less padding for short clips.

    faster-whisper pads every clip to a 30 s window, so a two-second question costs the encoder as much
    as thirty seconds (~650 ms here, most of the transcription time). The padding is exact zeros after
    the last frame of speech; for a clip that fits in 12 s with a second to spare, the encoder sees a
    12 s window instead. Much shorter windows made tiny.en repeat itself ("Turn it up Turn it up ...");
    12 and 15 s gave the same word error rates as 30 s on the project's speech sets (docs/benchmark.md).
    """
    from faster_whisper import WhisperModel

    class _Whisper(WhisperModel):
        window = threading.local()   # per thread: live partials and the final pass run side by side

        def encode(self, features):
            if getattr(self.window, "short", True) and features.shape[-1] == FULL_WINDOW:
                spoken = np.flatnonzero(np.any(features.reshape(-1, FULL_WINDOW) != 0, axis=0))
                end = int(spoken[-1]) + 1 if spoken.size else 0
                if end + MIN_TAIL <= SHORT_WINDOW:
                    features = np.ascontiguousarray(features[..., :SHORT_WINDOW])
            return super().encode(features)

    return _Whisper


_SILENCE_SAYINGS = {"thank you.", "thanks for watching!", "thank you for watching.", "you", "bye.", "."}


class Transcriber:
    def __init__(self, folder: Path, options: TranscribeOptions = TranscribeOptions()) -> None:
        self.folder = folder
        self.options = options
        threads = options.threads or min(4, os.cpu_count() or 1)
        try:
            # A str path: ctranslate2 rejects Path objects, and a bare name would mean a download.
            self._model = _whisper_class()(str(folder), device="cpu", compute_type="int8", cpu_threads=threads,
                                       local_files_only=True)
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelCorruptError(f"The speech model in {folder} could not be loaded ({exc}).",
                                    hint=REPAIR) from exc

    def warm_up(self) -> None:
        """One decode of a short tone, so the first real question does not pay for start-up."""
        tone = (0.1 * np.sin(np.arange(SAMPLE_RATE) * 2 * np.pi * 220 / SAMPLE_RATE)).astype(np.float32)
        segments, _ = self._model.transcribe(tone, language=self.options.language, beam_size=1,
                                             vad_filter=False, without_timestamps=True)
        list(segments)

    def transcribe(self, audio: np.ndarray, *, careful: bool = False) -> Transcript:
        """Return what was said; raise NoSpeechError when nothing intelligible was heard. `careful`: the
        whole clip on the full 30 s window, no VAD cut (slower; for a second look when words went missing)."""
        o = self.options
        audio_s = audio.size / SAMPLE_RATE
        if audio.size == 0 or float(np.max(np.abs(audio))) < 1e-4:
            raise NoSpeechError("No speech was heard.", hint="Speak after the tone, a little closer to the microphone.")
        segments, info = self._decode(audio, short=o.short_window and not careful, vad=o.vad_filter and not careful)
        if o.short_window and not careful and any(s.compression_ratio > REPEATING for s in segments):
            segments, info = self._decode(audio, short=False, vad=o.vad_filter)   # looping: again, the full window
        kept = [
            s for s in segments
            if not (s.no_speech_prob > o.no_speech_threshold and s.avg_logprob < o.logprob_threshold)
        ]
        text = " ".join(s.text.strip() for s in kept).strip()
        if not text or (text.lower() in _SILENCE_SAYINGS and _quiet(audio)):
            raise NoSpeechError("No speech was heard.", hint="Speak a little closer to the microphone and try again.")
        return Transcript(text=text, language=info.language, audio_s=audio_s,
                          logprob=min(s.avg_logprob for s in kept))

    def _decode(self, audio: np.ndarray, short: bool, vad: bool):
        o = self.options
        self._model.window.short = short
        segments, info = self._model.transcribe(
            audio, language=o.language, beam_size=o.beam_size, vad_filter=vad,
            vad_parameters={"min_silence_duration_ms": 500, "speech_pad_ms": 200},
            condition_on_previous_text=False, without_timestamps=True, temperature=0.0,
            no_speech_threshold=o.no_speech_threshold, log_prob_threshold=o.logprob_threshold,
            compression_ratio_threshold=None,   # we retry on the full window instead (see transcribe)
        )
        return list(segments), info


def _quiet(audio: np.ndarray) -> bool:
    return float(np.sqrt(np.mean(audio.astype(np.float64) ** 2))) < 0.01
