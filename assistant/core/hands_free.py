"""Hands-free mode: turns start and end by voice, without holding a key.

Without the wake word, every spoken question (Silero VAD start and end of speech) is a turn. With it,
the microphone waits for "hey Jarvis", and the question that follows is recorded from the same open
stream (no gap after the wake word); after an answer, a follow-up question needs no wake word for a
few seconds.

The assistant never answers its own voice. While it thinks and speaks, the microphone is heard only
by a barge-in watcher, after the echo canceller has taken the reply's own sound out of it
(assistant/audio/echo.py: Speex's canceller): with the wake word, "hey Jarvis" interrupts the answer;
without it (and `speak_to_interrupt` on), the person's voice over the reply does
(assistant/audio/barge_in.py: speech louder than what is left of the echo, and not the reply itself).
Either way the reply stops as with the key, and what the person says is recorded from the same open
stream as the next question. The key, the button and Stop interrupt as always."""

from __future__ import annotations

import threading
import time

from assistant.audio.echo import EchoCanceller
from assistant import events as ev
from assistant.errors import AssistantError, CancelledError, NoSpeechError

FOLLOW_UP_S = 6.0      # after an answer, speak again within this long and no wake word is needed
AFTER_WAKE_S = 4.0     # after the wake word, the question must begin within this long
LISTEN_WINDOW_S = 30.0  # without a wake word: one listening window (then it simply opens another)
NO_CANCELLER = ("Speaking over a reply can't stop it here: the echo canceller (libspeexdsp) is missing. "
                "Install it with `sudo apt-get install libspeexdsp1`; the key and Stop still interrupt.")
CONTINUE_S = 1.5       # a voice over the reply this soon after the turn ended goes on with its request
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

    def last_use(self, then=None):
        return _last_use(self, then)

    def handed_on(self, then):
        """A view for the question that leaves the stream open when its recording ends and hands it to
        `then(self)`: whoever listens next misses nothing said in between."""
        mic = self

        class _HandedOn:
            def chunks(self, stop):
                try:
                    yield from mic.chunks(stop)
                finally:
                    then(mic)
        return _HandedOn()

    def close(self) -> None:
        self._stop.set()
        self._chunks.close()


def _last_use(source, then=None):
    """A view of `source` (chunks, close) for the question: when its recording ends, the stream is
    closed (and `then` called)."""
    class _Closing:
        def chunks(self, stop):
            try:
                yield from source.chunks(stop)
            finally:
                source.close()
                if then is not None:
                    then()
    return _Closing()


class HandsFree:
    def __init__(self, assistant, *, wake_word: bool, turn_lock: threading.Lock | None = None) -> None:
        """`turn_lock`: held during each turn, so that a typed question and a spoken one never overlap."""
        self.assistant = assistant
        self.wake_word = wake_word
        self.turn_lock = turn_lock or threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._handoff: OpenMic | None = None  # the wake word cut an answer short: its question comes next
        self._before = None   # (audio, transcript) of a request whose turn ended too soon: the next turn goes on

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
        if detector is None and self.assistant.settings.speak_to_interrupt and not EchoCanceller.usable():
            emit(ev.HandsFreeNotice(0, text=NO_CANCELLER))
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
        before, self._before = self._before, None
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
        watch = None
        if detector is not None:
            watch = _WakeWordBargeIn(self, detector)
        elif self.assistant.settings.speak_to_interrupt and EchoCanceller.usable():
            watch = _VoiceBargeIn(self)
            if opened is None:
                opened = OpenMic(self.assistant.settings.input_device)
        if isinstance(watch, _VoiceBargeIn) and isinstance(opened, OpenMic):
            mic = opened.handed_on(then=watch.start)   # the question is recorded: the same stream watches on
        elif opened is not None:
            mic = opened.last_use(then=watch.start if watch else None)  # the question is recorded: watch
        while not self.turn_lock.acquire(timeout=0.2):
            if self._stop.is_set():
                return False
        try:
            if self._stop.is_set():
                return False
            audio, text = before or (None, "")
            result = self.assistant.listen_once(mic=mic, wait_s=wait_s, quiet=True, before=audio, before_text=text)
        finally:
            self.turn_lock.release()
            if watch is not None:
                watch.finish()
            if opened is not None and getattr(self._handoff, "mic", None) is not opened:
                opened.close()   # (unless its stream now carries the question said over the reply)
        if result.error is not None and not isinstance(result.error, (NoSpeechError, CancelledError)):
            raise result.error
        if isinstance(watch, _VoiceBargeIn) and watch.went_on and result.transcript and \
                not self.assistant.skills.changed_something(result.tool_calls):
            # The person went on speaking right after the turn ended: it ended too soon ("set a timer for,
            # um ... ten minutes"). Its audio begins the next question (transcribed together, the words
            # have their context), and the fragment leaves the conversation's context. A fragment that set
            # a timer or saved a note stays a turn of its own: nothing is done twice.
            self._before = (self.assistant.last_heard, result.transcript)
            self.assistant.forget_turn(result.transcript)
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
        from assistant.audio.barge_in import WakeOverReply

        hands_free = self.hands_free
        mic = None
        watcher = WakeOverReply(self.detector)  # the reply's own sound out of the microphone's, and never a wake word
        try:
            mic = OpenMic(hands_free.assistant.settings.input_device)
            heard = watcher.wait(mic.timed(self._stop), self._stop)
        except AssistantError:
            heard = False  # no microphone now: the key and Stop still interrupt
        if heard and not hands_free._stop.is_set():
            hands_free._handoff = mic
            hands_free.assistant.emit(ev.WakeWordHeard(0))
            hands_free.assistant.stop()
        elif mic is not None:
            mic.close()
        watcher.close()


class _VoiceBargeIn(_WakeWordBargeIn):
    """While an answer is prepared and spoken, the person's voice over it interrupts it (no wake word)."""

    def __init__(self, hands_free: HandsFree) -> None:
        super().__init__(hands_free, None)
        self.started = 0.0
        self._given: OpenMic | None = None
        self.went_on = False   # the voice came within CONTINUE_S of the turn's end: the same request, going on

    def start(self, mic: OpenMic | None = None) -> None:
        """`mic`: the question's own stream, watched on without a gap (else a new one is opened)."""
        self.started = time.monotonic()
        self._given = mic
        super().start()

    def _run(self) -> None:
        from assistant.audio.barge_in import SpeechOverReply

        hands_free = self.hands_free
        mic = watcher = None
        try:
            watcher = SpeechOverReply()   # its canceller listens from now on: the reply's sound is kept
            mic = self._given or OpenMic(hands_free.assistant.settings.input_device)
            heard = watcher.watch(mic.timed(self._stop), self._stop)
        except AssistantError:
            heard = False  # no microphone now: the key and Stop still interrupt
        if heard and not hands_free._stop.is_set():
            self.went_on = time.monotonic() - self.started <= CONTINUE_S
            hands_free._handoff = _HeardOver(mic, watcher)
            hands_free.assistant.emit(ev.SpokenOver(0))
            hands_free.assistant.stop()
            return
        if mic is not None:
            mic.close()
        if watcher is not None:
            watcher.close()


class _HeardOver:
    """The open microphone after the person spoke over a reply: their words so far, then the rest,
    through the same echo canceller (the reply's last sound is still in the room)."""

    def __init__(self, mic: OpenMic, watcher) -> None:
        self.mic, self.watcher = mic, watcher

    def chunks(self, stop: threading.Event):
        yield from self.watcher.heard(self.mic.timed(stop), stop)

    def last_use(self, then=None):
        return _last_use(self, then)

    def close(self) -> None:
        self.mic.close()
        self.watcher.close()


class _LevelReporter:
    """The level meter keeps moving while the wake word is awaited."""

    def __init__(self, emit) -> None:
        self.emit, self.n = emit, 0

    def __call__(self, chunk) -> None:
        from assistant.audio.microphone import meter_level

        self.n += 1
        if self.n % 4 == 0:
            self.emit(ev.MicLevel(0, rms=meter_level(chunk)))
