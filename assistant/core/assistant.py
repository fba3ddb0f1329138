"""The assistant's loop without any UI: capture -> transcribe -> answer -> speak.

The window, the command line, the tests and the benchmark all drive this class. Every stage emits
typed events (core/events.py); `stop()` from any thread cancels the current turn: generation stops
before its next token, playback within one audio block, and the history keeps only what was heard."""

from __future__ import annotations

import itertools
import threading
import time
from typing import Callable

import numpy as np

from assistant import events as ev
from assistant import paths
from assistant.cancel import CancelToken
from assistant.core.context import model_history
from assistant.core.guesses import Guesses
from assistant.core.models import Models
from assistant.core.result import ToolCall, TurnResult
from assistant.core.speaking import Speaking
from assistant.voice.speaker import Speaker
from assistant.core.hush import is_hush
from assistant.skills.compound import requests, said_together
from assistant.errors import AssistantError, CancelledError, EmptyInputError, NoSpeechError, SettingsError
from assistant.llm.answerer import AnswerOptions
from assistant.llm.chat import Message
from assistant.llm.onnx_lm import GenerationStats
from assistant.llm.sampling import SamplingOptions
from assistant.output import valid_text
from assistant.settings import Settings, save_settings
from assistant.skills import animal_words, claims, distance, facts, intents, model_call, protocol, units, world_clock
from assistant.skills.base import SkillError
from assistant.skills.registry import MUDDLED, SkillSet
from assistant.voice.sentences import SentenceSplitter, split_sentences

SORRY = "Sorry, I didn't catch that."
FIRST_RENDER_WAIT_S = 1.0  # the longest the answer waits for its first sentence's audio
MAX_QUESTION_CHARS = 2000


NO_ANSWER = "Sorry, I don't have an answer to that."


class Assistant(Speaking):
    def __init__(self, settings: Settings, *, play: bool = True, keep_audio: bool = False,
                 on_event: Callable[[ev.Event], None] | None = None, models: Models | None = None) -> None:
        self.settings = settings
        self.models = models or Models(settings)
        self.play = play
        self.keep_audio = keep_audio
        self.on_event = on_event or (lambda event: None)
        self.history: list[Message] = []
        self.last_heard = None   # the last spoken question's audio (a request continued starts from it)
        self.last_reply_audio = None
        self._turn_ids = itertools.count(1)
        self._current: tuple[CancelToken, Speaker | None] | None = None
        self._lock = threading.Lock()
        self.guesses = Guesses(self)   # answers begun at a pause, before the question is sure
        self.skills = SkillSet(on_timer=self._timer_done, clock_format=lambda: self.settings.clock_format,
                               history=lambda: self.history if self.settings.history_enabled else [],
                               voice=(lambda: self.settings, self._use_voice),
                               alarms_file=paths.data_dir() / "alarms.json")

    # -- public entry points -------------------------------------------------------------------
    def preload(self, *, asr: bool = True) -> None:
        """Load (and verify) the models now, so a turn's timings measure the turn, not start-up."""
        if asr:
            self.models.transcriber.warm_up()
        answerer = self.models.answerer
        # The first run of a session allocates its buffers, and leaves the system prompt's keys and
        # values in the cache for the first question to reuse: do it now, not in the user's turn.
        try:
            warm = answerer.prompt(self.settings.system_prompt, [], "Hi", self.settings.history_token_budget,
                                   self.settings.max_answer_tokens)
            list(answerer.stream(warm, AnswerOptions(max_new_tokens=2)))
            self.guesses.sentence_end("Hi")   # the turn-taking reading's cache starts with the system prompt too
        except AssistantError:
            pass  # a system prompt too long for the model: the turn that needs the model says so; skills work
        facts.warm_up()   # the fact tables (countries, states, elements) are read once, not in a turn
        units.registry()  # pint's unit registry: ~0.3 s the first time, which the first unit question paid
        animal_words.warm_up()   # WordNet's young animals and groups: ~0.35 s to gather, once
        world_clock.warm_up()    # the time zone cities and CLDR's country zones
        distance.where("Paris")  # the places with coordinates (capitals, time zone cities): ~0.1 s, once
        intents.match("What is the capital of France?")   # and the fast path's patterns compiled
        if self.play or self.keep_audio:
            try:
                self.models.voice.synthesize("Ready.")  # the engine's first run is the slow, flaky one
            except AssistantError:
                pass  # reported by the turn as a notice; the answer is still given

    def ask_text(self, text: str) -> TurnResult:
        return self._turn(lambda turn, token, result, t0: text)

    def ask_audio(self, audio: np.ndarray) -> TurnResult:
        def transcribe(turn, token, result, t0):
            return self._transcribe(turn, audio, result, t0)
        return self._turn(transcribe)

    def listen_once(self, mic=None, release: threading.Event | None = None, *, wait_s: float | None = None,
                    quiet: bool = False, before=None, before_text: str = "") -> TurnResult:
        """Record until the end of speech (Silero VAD endpointing) or, push-to-talk, until `release`
        is set; then answer and speak. Transcription starts at each pause, before the end is sure.
        `wait_s`: how long to wait for speech to begin; `quiet`: no spoken apology when nobody spoke
        (hands-free, where silence is the normal case); `before`: the audio of a request whose turn
        ended too soon, continued now (`before_text`: what it was heard as): it is transcribed together
        with what is heard, as one request."""
        def capture(turn, token, result, t0):
            from assistant.speech.listen import record_utterance

            transcriber = self.models.transcriber
            utterance = record_utterance(self.settings, token, self.emit, turn, mic=mic, release=release,
                                         transcribe=transcriber.transcribe, wait_s=wait_s, on_guess=self.guess,
                                         before=before, judge=self.guesses.sentence_end if release is None else None)
            self.last_heard = utterance.audio
            t0[0] = utterance.ended_at  # timings count from the end of speech (as decided)
            result.timings_ms["end_silence"] = _ms(utterance.silence_s)  # the silence waited before deciding
            if utterance.transcript is None:
                text = transcriber.transcribe(utterance.audio).text
            else:
                text = utterance.transcript.result().text
            if before is not None and _word_count(text) <= _word_count(before_text):
                # The person went on, yet no word was added: Whisper's VAD cut and short window lose a
                # short word after the join now and then ("What is the capital of ... Spain?" heard as the
                # fragment alone). A second, careful look (~0.6 s more) at this rare case.
                try:
                    text = transcriber.transcribe(utterance.audio, careful=True).text
                except NoSpeechError:
                    pass   # the first reading stands
            result.timings_ms["asr"] = _ms(max(0.0, time.perf_counter() - t0[0]))  # what was still left to wait
            self.emit(ev.Transcribed(turn, text=text))
            return text
        return self._turn(capture, quiet=quiet)

    def guess(self, question: str) -> None:
        """A likely next question (a transcript guessed at a pause, a typed question before Enter): its
        answer is begun in the background (core/guesses.py); an empty question withdraws the guess."""
        self.guesses.guess(question)

    def stop(self) -> None:
        """Cancel the current turn (barge-in, the Stop button)."""
        with self._lock:
            current = self._current
        if current:
            token, speaker = current
            token.cancel()
            if speaker:
                speaker.stop()

    def forget_turn(self, question: str) -> None:
        """Take the last turn out of the conversation's context when it asked `question` (a request cut
        short, asked again whole)."""
        if len(self.history) >= 2 and self.history[-2].role == "user" and self.history[-2].content == question:
            del self.history[-2:]

    def _previous_question(self) -> str | None:
        """What a follow-up is read against: the person's last request in the kept history, a follow-up
        of a follow-up standing for the request it resolved to ("And of Peru?" after "And of Malta?")."""
        if not self.settings.history_enabled:
            return None
        return intents.context_of([m.content for m in self.history if m.role == "user"])

    def _use_voice(self, new: Settings) -> None:
        """Speed and volume asked for by voice ("speak slower"): heard from the next reply on, and kept in the
        settings file like the window's own changes."""
        self.settings.voice_rate, self.settings.voice_volume = new.voice_rate, new.voice_volume
        self.models.reload_voice()
        try:
            save_settings(self.settings)
        except SettingsError as err:
            raise SkillError(f"The voice is changed until the app closes: {err}") from None

    def clear_history(self) -> None:
        self.history.clear()

    # -- one turn ------------------------------------------------------------------------------
    def _turn(self, get_question, quiet: bool = False) -> TurnResult:
        turn = next(self._turn_ids)
        token = CancelToken()
        result = TurnResult(models=self.models.names())
        t0 = [time.perf_counter()]
        with self._lock:
            self._current = (token, None)
        try:
            question = get_question(turn, token, result, t0)
            # text that cannot be UTF-8 (lone surrogates) would stop the tokenizer: such characters become U+FFFD
            question = valid_text(question or "").strip()
            if not question:
                raise EmptyInputError("The question is empty.", hint="Type or say a question.")
            if len(question) > MAX_QUESTION_CHARS:
                raise EmptyInputError(f"The question is longer than {MAX_QUESTION_CHARS} characters.",
                                      hint="Ask something shorter.")
            result.transcript = question
            # "Stop." / "Never mind.": be quiet, answer nothing ("Cancel that." right after a timer: that timer;
            # "Stop." right after the stopwatch: the stopwatch)
            if is_hush(question) and not intents.acts_on_the_last(question, self._previous_question()):
                raise CancelledError("Stopped, as you asked.")
            self._answer(turn, token, question, result, t0[0])
        except NoSpeechError as err:
            result.error = err
            if not quiet:  # hands-free: silence is the normal case, not a failure to show or apologise for
                self.emit(ev.TurnFailed(turn, error=err))
                if not token.cancelled:
                    self._speak_only(turn, token, SORRY, result)
        except CancelledError as err:
            result.interrupted = True
            result.error = None if result.answer else err
        except AssistantError as err:
            result.error = err
            self.emit(ev.TurnFailed(turn, error=err))
        finally:
            with self._lock:
                self._current = None
        result.timings_ms["total"] = _ms(time.perf_counter() - t0[0])
        self.emit(ev.TurnFinished(turn, result=result))
        return result

    def _transcribe(self, turn, audio, result, t0) -> str:
        start = time.perf_counter()
        transcript = self.models.transcriber.transcribe(audio)
        result.timings_ms["asr"] = _ms(time.perf_counter() - start)
        self.emit(ev.Transcribed(turn, text=transcript.text))
        return transcript.text

    def _timer_done(self, name: str, text: str) -> None:
        self.emit(ev.TimerDone(0, name=name, text=text))
        if self.play and self._current is None:
            from assistant.audio.playback import Player
            from assistant.voice.chime import chime

            try:
                Player(self.settings.output_device).play(*chime(), threading.Event())
            except AssistantError:
                pass  # no speaker: the window still shows the alert
            self._speak_only(0, CancelToken(), text, TurnResult())

    def _run_skill(self, turn, name: str, arguments: dict, result: TurnResult, t0: float, *,
                   from_model: bool = False) -> str:
        call = self.skills.call(name, arguments, from_model=from_model)
        result.tool_calls.append(ToolCall(call.name, call.arguments, call.result))
        self.emit(ev.ToolCalled(turn, name=call.name, arguments=call.arguments, result=call.result))
        return call.speech

    def _answer(self, turn, token: CancelToken, question: str, result: TurnResult, t0: float) -> None:
        s = self.settings
        speaker = self._speaker(turn, result)
        with self._lock:
            self._current = (token, speaker)
        found = requests(question, self._previous_question())   # one skill call, or one per request said together
        if found is not None:
            speech = said_together([self._run_skill(turn, i.name, i.arguments, result, t0) for i in found])
            self._say_whole(turn, token, speech, question, result, t0, speaker)
            return
        answerer = self.models.answerer
        history = model_history(question, self.history) if s.history_enabled else []
        prompt = answerer.prompt(s.system_prompt, history, question, s.history_token_budget, s.max_answer_tokens)
        options = AnswerOptions(max_new_tokens=s.max_answer_tokens,
                                sampling=SamplingOptions(temperature=s.temperature, top_p=s.top_p))
        stats = GenerationStats()
        splitter = SentenceSplitter()
        parts: list[str] = []
        hold = claims.asks_to_act(question)   # its answer is held back whole: a claim no skill made is not said
        try:
            parts, held = self._stream(turn, token, prompt, options, stats, splitter, speaker, result, t0, parts,
                                       hold=hold)
            if held and parts:
                spoken, in_words = self._model_tool_call(turn, "".join(parts), question, result, t0)
                if in_words:
                    # the look-up found no answer (or its call was broken): the model answers in its own words
                    parts = []
                    parts, held = self._stream(turn, token, prompt, answerer.in_words(options), stats, splitter,
                                               speaker, result, t0, parts, hold=hold)
                    text = "".join(parts)
                    spoken = (MUDDLED if protocol.may_be_call(text) else claims.checked(question, text)) if held else None
                if spoken is not None:
                    parts = [spoken]
                    self.emit(ev.AnswerDelta(turn, text=spoken))
                    if speaker:
                        speaker.say(spoken)
            if not "".join(parts).strip() and not token.cancelled:
                # never a silent empty answer: say so, and point at the check that finds a damaged model
                result.notice = ("The answer model returned nothing for this question; if it keeps happening, "
                                 "run `assistant models status` to check the model.")
                parts = [NO_ANSWER]
                self.emit(ev.AnswerDelta(turn, text=NO_ANSWER))
                if speaker:
                    speaker.say(NO_ANSWER)
        finally:
            result.answer = "".join(parts).strip()
            result.timings_ms["answer_done"] = _ms(time.perf_counter() - t0)
            self.emit(ev.AnswerDone(turn, text=result.answer))
            if speaker:
                if not token.cancelled:
                    for sentence in splitter.flush():
                        speaker.say(sentence)
                self._finish_speaker(turn, speaker, result, t0)
            self._remember(question, result, speaker, interrupted=result.interrupted or token.cancelled)

    def _stream(self, turn, token, prompt, options, stats, splitter, speaker, result, t0, parts: list[str], *,
                hold: bool = False):
        """Decode an answer, showing and speaking it as it comes unless it may be a tool call, or `hold` (a request
        to act: skills/claims.py): then it is held back whole. Returns the pieces (`parts`, filled as they come)
        and whether they were held."""
        held = True
        for piece in self.models.answerer.stream(prompt, options, cancel=token.event, stats=stats):
            if result.timings_ms.get("first_token") is None:
                result.timings_ms["first_token"] = _ms(time.perf_counter() - t0)
            parts.append(piece)
            if held:
                text = "".join(parts)
                if hold or protocol.may_be_call(text) or claims.may_confirm(text):
                    continue
                if claims.confirms(text):   # a skill's confirmation with no call ("OK, timer for 15 minutes."): not said
                    hold = True
                    continue
                held, piece = False, text
            self.emit(ev.AnswerDelta(turn, text=piece))
            if speaker:
                for sentence in splitter.feed(piece):
                    speaker.say(sentence)
                    if not speaker.first_rendered.is_set():
                        # the first sentence renders alone; decoding resumes once its audio exists
                        speaker.first_rendered.wait(FIRST_RENDER_WAIT_S)
        return parts, held

    def _remember(self, question: str, result: TurnResult, speaker, *, interrupted: bool) -> None:
        """The history keeps what the user got: the whole answer, or after a barge-in only the
        sentences that were actually played."""
        played = speaker.report.spoken if speaker is not None and self.play else []
        result.spoken = " ".join(played) if interrupted else result.answer
        if self.settings.history_enabled and result.answer:
            self.history += [Message("user", question), Message("assistant", result.spoken or "(interrupted)")]

    def _model_tool_call(self, turn, text: str, question: str, result: TurnResult, t0: float) -> tuple[str, bool]:
        """Run the model's tool call: (what to say, whether the model should rather answer in its own words:
        skills/model_call.py decides)."""
        call = model_call.handle(self.skills, text, question)
        if call is None:
            return claims.checked(question, text), False   # (an action claimed that no skill took: not said)
        result.tool_calls.append(ToolCall(call.name, call.arguments, call.result))
        if call.ran:
            self.emit(ev.ToolCalled(turn, name=call.name, arguments=call.arguments, result=call.result))
        return call.speech, call.in_words

    def _say_whole(self, turn, token, text: str, question: str, result: TurnResult, t0: float, speaker) -> None:
        result.timings_ms["first_token"] = _ms(time.perf_counter() - t0)
        result.answer = text
        self.emit(ev.AnswerDelta(turn, text=text))
        result.timings_ms["answer_done"] = _ms(time.perf_counter() - t0)
        self.emit(ev.AnswerDone(turn, text=text))
        if speaker:
            for sentence in split_sentences(text):   # the first is heard while the rest renders
                speaker.say(sentence)
            self._finish_speaker(turn, speaker, result, t0)
        self._remember(question, result, speaker, interrupted=result.interrupted or token.cancelled)

    def emit(self, event: ev.Event) -> None:
        """Deliver an event to the listener (the window, the command line); its failures never reach the turn."""
        try:
            self.on_event(event)
        except Exception:  # a broken listener must not break the turn
            pass


def _word_count(text: str) -> int:
    return sum(1 for word in text.split() if any(c.isalnum() for c in word))


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)
