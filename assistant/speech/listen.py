"""Recording one utterance from the microphone: Silero VAD probabilities fed to the pure endpointer,
with pre-roll, an end after `end_silence_s` of silence, and bounds on waiting and on length."""

from __future__ import annotations

import time

import numpy as np

from assistant.audio.endpoint import Endpointer, EndpointOptions, EndpointState
from assistant.core import events as ev
from assistant.core.cancel import CancelToken
from assistant.errors import NoSpeechError


def record_utterance(settings, token: CancelToken, emit, turn: int, mic=None,
                     release=None) -> tuple[np.ndarray, float]:
    """Return (16 kHz mono audio of the utterance, perf_counter when the end of speech was detected).

    With `release` (push-to-talk), recording ends when the key is released instead of on silence;
    the VAD still decides whether anything was said."""
    from assistant.audio.microphone import Microphone
    from assistant.speech.vad import StreamingVad

    mic = mic or Microphone(settings.input_device)
    vad = StreamingVad()
    endpointer = Endpointer(EndpointOptions(end_silence_s=settings.end_silence_s))
    chunks: list[np.ndarray] = []
    keep_while_waiting = round(2 * endpointer.options.pre_roll_s / endpointer.options.chunk_s)
    emit(ev.ListeningStarted(turn))
    ended_at = time.perf_counter()
    for chunk in mic.chunks(token.event):
        chunks.append(chunk)
        state = endpointer.feed(vad(chunk))
        if len(chunks) % 4 == 0:
            emit(ev.MicLevel(turn, rms=min(1.0, float(np.sqrt(np.mean(chunk ** 2))) * 4)))
        if release is not None and release.is_set():
            ended_at = time.perf_counter()
            if endpointer.state is EndpointState.SPEAKING:
                endpointer.speech_end = endpointer.chunks
                endpointer.state = EndpointState.DONE
            break
        if endpointer.finished and (release is None or endpointer.state is not EndpointState.DONE):
            ended_at = time.perf_counter()
            break
        if endpointer.state is EndpointState.DONE and release is not None:
            # push-to-talk: a pause is not the end; keep listening until the key is released
            endpointer.state, endpointer.speech_end = EndpointState.SPEAKING, None
            endpointer._silence = 0
        if endpointer.state is EndpointState.WAITING and len(chunks) > keep_while_waiting:
            del chunks[0]  # bounded memory while nobody speaks; the pre-roll stays
    token.check()
    if endpointer.state in (EndpointState.WAITING, EndpointState.TIMED_OUT):
        raise NoSpeechError("No speech was heard.", hint="Speak after the tone, a little closer to the microphone.")
    kept_offset = endpointer.chunks - len(chunks)
    start = max(0, (endpointer.speech_start or 0) - kept_offset)
    end = (endpointer.speech_end or endpointer.chunks) - kept_offset
    audio = np.concatenate(chunks[start:end]) if chunks else np.zeros(0, np.float32)
    emit(ev.SpeechEnded(turn, audio_s=audio.size / 16000))
    return audio, ended_at
