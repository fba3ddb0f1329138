"""Hands-free mode: turns start and end by voice, without holding a key.

Without the wake word, every spoken question (Silero VAD start and end of speech) is a turn. With it,
the microphone waits for "hey Jarvis", and the question that follows is recorded from the same open
stream (no gap after the wake word); after an answer, a follow-up question needs no wake word for a
few seconds.

The assistant never hears (or answers) its own voice: while it thinks and speaks, nothing from the
microphone can become a question. Without the wake word the microphone is closed until the reply has
played out; barge-in is by the key, the button or Stop, which cancel playback and generation at once.
With the wake word, the microphone stays open for the wake word alone: "hey Jarvis" while it speaks
interrupts the answer (as the key would) and the question that follows is heard. The reply's own
sound is taken out of the microphone's first (assistant/audio/echo.py: Speex's echo canceller), as
openWakeWord misses the wake word under a reply as loud as the user. Barge-in by voice without the
wake word is not offered: what is left of the echo could start a turn by itself."""

from __future__ import annotations

import threading
import time

from assistant.audio.echo import EchoCanceller
from assistant import events as ev
from assistant.errors import AssistantError, CancelledError, NoSpeechError

FOLLOW_UP_S = 6.0      # after an answer, speak again within this long and no wake word is needed
AFTER_WAKE_S = 4.0     # after the wake word, the question must begin within this long
LISTEN_WINDOW_S = 30.0  # without a wake word: one listening window (then it simply opens another)
ECHO_TAIL_S = 0.3      # wait this long after playback before opening the microphone (device latency)
RETRY_S = 2.0          # a missing microphone is tried again this often (the banner says what is wrong)


class OpenMic:
    """One microphone stream shared by the wake-word wait and the question after it."""

    def __init__(self, device) -> None:
        from assistant.audio.microphone import Microphone

        self._stop = threading.Event()
        self._chunks = Microphone(device).timed_chunks(self._stop)

    def chunks(self, stop: threading.Event):
        for _, chunk in self.timed(stop):
            yield chunk

    def timed(self, stop: threading.Event):
        """(arrival time, chunk) pairs, for echo cancellation."""
        for item in self._chunks:
            yield item
            if stop.is_set():
                return

    def last_use(self, then=None) -> "OpenMic":
        """A view for the question: when its recording ends, the stream is closed (and `then` called)."""
        mic = self

        class _Closing:
            def chunks(self, stop):
                try:
                    yield from mic.chunks(stop)
                finally:
                    mic.close()
                    if then is not None:
                        then()
        return _Closing()

    def close(self) -> None:
        self._stop.set()
        self._chunks.close()


class HandsFree:
    def __init__(self, assistant, *, wake_word: bool, turn_lock: threading.Lock | None = None) -> None:
        """`turn_lock`: held during each turn, so that a typed question and a spoken one never overlap."""
        self.assistant = assistant
        self.wake_word = wake_word
        self.turn_lock = turn_lock or threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._handoff: OpenMic | None = None  # the wake word cut an answer short: its question comes next

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if not self.running:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, daemon=True, name="hands-free")
            self._thread.start()

    def stop(self, wait: float = 0.0) -> None:
        self._stop.set()
        self.assistant.stop()  # a listening turn ends now; a spoken answer is cut as with barge-in
        if wait and self._thread is not None:
            self._thread.join(wait)

    # -- the loop (its own thread) -------------------------------------------------------------
    def _run(self) -> None:
        emit = self.assistant.emit
        try:
            detector = None
            if self.wake_word:
                from assistant.speech.wakeword import WakeWord

                detector = WakeWord()
        except AssistantError as err:
            emit(ev.HandsFreeStopped(0, error=err))
            return
        follow_up = False
        while not self._stop.is_set():
            try:
                follow_up = self._one_turn(detector, follow_up, emit)
            except AssistantError as err:  # no microphone: say so, try again in a moment
                emit(ev.TurnFailed(0, error=err))
                follow_up = False
                self._stop.wait(RETRY_S)
        emit(ev.HandsFreeStopped(0))

    def _one_turn(self, detector, follow_up: bool, emit) -> bool:
        """One listening window; returns whether an answer was given (a follow-up may come next)."""
        mic = opened = None
        wait_s = FOLLOW_UP_S if detector else LISTEN_WINDOW_S
        if self._handoff is not None:   # "hey Jarvis" interrupted the last answer: its question follows
            opened, self._handoff, wait_s = self._handoff, None, AFTER_WAKE_S
        elif detector is not None and not follow_up:
            opened = OpenMic(self.assistant.settings.input_device)
            emit(ev.WaitingForWakeWord(0, wake_word="hey Jarvis"))
            level = _LevelReporter(emit)
            if not detector.wait(opened.chunks(self._stop), self._stop, level):
                opened.close()
                return False
            emit(ev.WakeWordHeard(0))
            wait_s = AFTER_WAKE_S
        elif detector is not None:
            opened = OpenMic(self.assistant.settings.input_device)
        watch = _WakeWordBargeIn(self, detector) if detector is not None else None
        if opened is not None:
            mic = opened.last_use(then=watch.start if watch else None)  # the question is recorded: watch
        while not self.turn_lock.acquire(timeout=0.2):
            if self._stop.is_set():
                return False
        try:
            if self._stop.is_set():
                return False
            result = self.assistant.listen_once(mic=mic, wait_s=wait_s, quiet=True)
        finally:
            self.turn_lock.release()
            if opened is not None:
                opened.close()
            if watch is not None:
                watch.finish()
        if result.error is not None and not isinstance(result.error, (NoSpeechError, CancelledError)):
            raise result.error
        if result.answer and self._handoff is None:
            time.sleep(ECHO_TAIL_S)
        return bool(result.answer)


class _WakeWordBargeIn:
    """While an answer is prepared and spoken, the wake word interrupts it. The microphone's audio goes
    to the wake-word detector only: what the assistant says is never transcribed."""

    def __init__(self, hands_free: HandsFree, detector) -> None:
        self.hands_free, self.detector = hands_free, detector
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None and not self._stop.is_set():
            self._thread = threading.Thread(target=self._run, daemon=True, name="wake-word-barge-in")
            self._thread.start()

    def finish(self) -> None:
        """The turn is over: stop watching (a wake word heard by now is kept for the next turn)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)

    def _run(self) -> None:
        hands_free = self.hands_free
        mic = None
        canceller = EchoCanceller()  # the reply's own sound out of the microphone's
        try:
            mic = OpenMic(hands_free.assistant.settings.input_device)
            cleaned = (canceller.process(chunk, arrived) for arrived, chunk in mic.timed(self._stop))
            heard = self.detector.wait(cleaned, self._stop)
        except AssistantError:
            heard = False  # no microphone now: the key and Stop still interrupt
        if heard and not hands_free._stop.is_set():
            hands_free._handoff = mic
            hands_free.assistant.emit(ev.WakeWordHeard(0))
            hands_free.assistant.stop()
        elif mic is not None:
            mic.close()
        canceller.close()


class _LevelReporter:
    """The level meter keeps moving while the wake word is awaited."""

    def __init__(self, emit) -> None:
        self.emit, self.n = emit, 0

    def __call__(self, chunk) -> None:
        from assistant.audio.microphone import meter_level

        self.n += 1
        if self.n % 4 == 0:
            self.emit(ev.MicLevel(0, rms=meter_level(chunk)))
