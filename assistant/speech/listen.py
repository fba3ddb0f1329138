"""Recording one utterance from the microphone: Silero VAD probabilities fed to the pure endpointer,
with pre-roll, an end after `end_silence_s` of silence, and bounds on waiting and on length.

Transcribing while the user is still "speaking": as soon as a pause starts (0.15 s of silence), the
audio so far is transcribed in the background. If the pause becomes the end of the utterance, that
transcript is already there (or nearly) when the endpoint is decided 0.45 s later; if speech resumes,
it is dropped. This hides most of Whisper's time behind the end-of-speech silence."""

from __future__ import annotations

import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from assistant.audio.endpoint import Endpointer, EndpointOptions, EndpointState
from assistant.audio.turn_end import HESITANT_S, end_silence
from assistant import events as ev
from assistant.cancel import CancelToken
from assistant.errors import NoSpeechError

# Measured (bench.run --mic, key release 0.4 s after the last word, three runs per value alternated, session
# 12): release -> first reply sample median 14.4 / 140.9 / 65.2 ms at 0.15 s against 135.3 / 180.6 / 203.3 ms
# at 0.25 s: the guess's first sentence is drafted and rendered before the release more often. (Early on, with
# drafts that could not be stopped, 0.15 s had been the slower.) Hands-free the transcript at a pause also
# decides when the turn ends (audio/turn_end.py), wanted before COMPLETE_S of silence.
SPECULATE_AFTER_S = 0.15
PARTIAL_EVERY_S = 1.0     # re-transcribe the growing utterance this often while the user speaks


@dataclass
class Utterance:
    audio: np.ndarray
    ended_at: float                  # perf_counter when the end of speech was decided
    transcript: Future | None = None  # a transcription of exactly `audio`, started early
    silence_s: float = 0.0           # how long after the last speech (by the VAD) the end was decided


def _tell(on_guess, future: Future) -> None:
    try:
        text = future.result().text
    except Exception:  # noqa: BLE001 - a failed guess is no loss: the final transcription decides
        return
    on_guess(text)


def record_utterance(settings, token: CancelToken, emit, turn: int, mic=None, release=None,
                     transcribe=None, wait_s: float | None = None, on_guess=None, before=None,
                     judge=None) -> Utterance:
    """Record one utterance. With `release` (push-to-talk), recording ends when the key is released
    instead of on silence; the VAD still decides whether anything was said. With `transcribe`
    (audio -> transcript), transcription starts speculatively at each pause, and `on_guess(text)` is
    told each such transcript as soon as it is ready (the answer can be begun meanwhile), and
    `on_guess("")` when speech resumes after it. `before`: audio of the same request said earlier (its
    turn ended too soon): what is heard now is transcribed after it, as one request. `judge` (words ->
    probability that they end the request, or None), hands-free: each transcript at a pause is judged
    before it is told as a guess, and with the words it decides how much silence ends the turn."""
    from assistant.audio.microphone import Microphone, meter_level
    from assistant.speech.vad import StreamingVad

    mic = mic or Microphone(settings.input_device)
    vad = StreamingVad()
    options = EndpointOptions(end_silence_s=settings.end_silence_s, end_on_silence=release is None)
    if wait_s is not None:
        options.no_speech_timeout_s = wait_s
    endpointer = Endpointer(options)
    chunk_s = endpointer.options.chunk_s
    keep_while_waiting = round(2 * endpointer.options.pre_roll_s / chunk_s)
    speculate_at = max(1, round(SPECULATE_AFTER_S / chunk_s))
    chunks: list[np.ndarray] = []
    dropped = 0  # chunks dropped from the front while nobody spoke
    speculation: tuple[int, Future] | None = None  # (chunk count it covers, its transcript)
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="speculative-asr") if transcribe else None
    partial_every = max(1, round(PARTIAL_EVERY_S / chunk_s))
    # Each partial is a full Whisper pass (~250 ms for a short clip, its 12 s encoder window): one running when the
    # user stops delays the final transcription. The setting trades the live words for that latency.
    live_words = getattr(settings, "partial_transcripts", True)
    partial: Future | None = None
    last_partial: int | None = None   # chunk count when the last partial transcription started
    done = [False]
    base_silence = options.end_silence_s
    judged = False  # the current pause's transcript has set the silence that ends the turn
    ends: dict[int, float | None] = {}   # chunk count of a pause's transcript -> judge's reading of its words

    def heard(audio: np.ndarray, upto: int):
        transcript = transcribe(audio)
        if judge is not None and release is None:
            ends[upto] = judge(transcript.text)
        return transcript

    def show_partial(future: Future) -> None:
        try:
            text = future.result().text
        except Exception:
            return  # a failed guess is no loss: the final transcription decides
        if text and not done[0]:
            emit(ev.PartialTranscript(turn, text=text))

    def segment(end: int) -> np.ndarray:
        start = max(0, (endpointer.speech_start or 0) - dropped)
        own = np.concatenate(chunks[start:end - dropped]) if end - dropped > start else np.zeros(0, np.float32)
        if before is not None and before.size and own.size:
            return np.concatenate([before, np.zeros(4800, np.float32), own])   # 0.3 s of silence between
        return own

    ended_at = time.perf_counter()
    try:
        for chunk in mic.chunks(token.event):
            if not chunks:
                # Told once the microphone really delivers: opening it can take a moment (longer when
                # PortAudio has to look for a device again), and words said before that are lost.
                emit(ev.ListeningStarted(turn))
            chunks.append(chunk)
            endpointer.feed(vad(chunk))
            if len(chunks) % 4 == 0:
                emit(ev.MicLevel(turn, rms=meter_level(chunk)))
            if endpointer.state is EndpointState.SPEAKING and pool is not None:
                if endpointer.silent_chunks == 0:
                    if speculation is not None and on_guess is not None:
                        on_guess("")  # speech goes on: the guess is withdrawn
                    speculation = None  # speech goes on: an earlier guess is stale
                    judged = False
                    endpointer.options.end_silence_s = base_silence
                    if last_partial is None:
                        last_partial = endpointer.chunks  # speech has just begun
                    elif live_words and endpointer.chunks - last_partial >= partial_every and \
                            (partial is None or partial.done()):
                        last_partial = endpointer.chunks
                        # Partial transcripts share the speculative worker, so one never delays the final one
                        # by more than a single short transcription.
                        partial = pool.submit(transcribe, segment(endpointer.chunks))
                        partial.add_done_callback(show_partial)
                elif endpointer.silent_chunks == speculate_at:
                    upto = endpointer.chunks
                    speculation = (upto, pool.submit(heard, segment(upto), upto))
                    if release is None:
                        # hands-free: no end on silence alone before the words at this pause are read (a busy CPU
                        # made the reading late, and "Set a timer for ..." was cut at 0.7 s: a CI run); once read,
                        # they decide (below), the longest wait a hesitant head gets at most
                        endpointer.options.end_silence_s = max(base_silence, HESITANT_S)
                    if on_guess is not None:
                        speculation[1].add_done_callback(lambda future: _tell(on_guess, future))
            if release is None and speculation is not None and speculation[1].done() and not judged:
                # hands-free: the words before this pause decide how much silence ends the turn
                judged = True
                try:
                    endpointer.options.end_silence_s = end_silence(speculation[1].result().text, base_silence,
                                                                   ends.get(speculation[0]))
                except Exception:  # noqa: BLE001 - a failed guess: silence alone decides
                    endpointer.options.end_silence_s = base_silence
            if release is not None and release.is_set():
                endpointer.release()
            if endpointer.finished or (release is not None and release.is_set()):
                ended_at = time.perf_counter()
                break
            if endpointer.state is EndpointState.WAITING and len(chunks) > keep_while_waiting:
                del chunks[0]  # bounded memory while nobody speaks; the pre-roll stays
                dropped += 1
        token.check()
        if endpointer.state in (EndpointState.WAITING, EndpointState.TIMED_OUT):
            raise NoSpeechError("No speech was heard.", hint="Speak after the tone, a little closer to the microphone.")
        end = endpointer.speech_end or endpointer.chunks
        future = None
        if speculation is not None:
            upto, future = speculation
            # The guess covers everything said: nothing but silence came after it.
            end = upto
        audio = segment(end)
        done[0] = True
        emit(ev.SpeechEnded(turn, audio_s=audio.size / 16000))
        return Utterance(audio, ended_at, future, endpointer.trailing_silence * chunk_s)
    finally:
        done[0] = True
        if pool is not None:
            pool.shutdown(wait=False)
