"""Answers begun before the question is sure.

A transcript guessed at a pause (before the end of speech is decided), or a typed question before
Enter, is a likely next question. If the model is to answer it, its prompt is computed and its answer
begun now (until its first sentence is there, at most DRAFT_TOKENS), and that first sentence is
rendered by the voice. If a skill that only answers (the clock, the calculator, units, facts, definitions...) is to
answer it, the skill's answer is computed and rendered now. Either way, once the guess turns out right,
the turn finds its first audio ready. A skill that changes what is kept (a timer, a note) is never run
for a guess: only the turn itself does that.

The latest guess wins; a wrong one costs little: the drafting stops at the next token when the real
turn starts or the guess is withdrawn (an empty question), and audio rendered for a wrong guess is
simply never asked for (the voice keeps its last few renders by their text)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from assistant.core.context import model_history
from assistant.llm.sampling import SamplingOptions
from assistant.llm.sentence_end import sentence_end
from assistant.skills import protocol
from assistant.skills.compound import requests
from assistant.voice.sentences import first_sentence, has_first_sentence, split_sentences
from assistant.voice.speakable import speakable

DRAFT_TOKENS = 24  # about a first sentence: what the speaker needs to start


class Guesses:
    def __init__(self, assistant) -> None:
        self.assistant = assistant
        self.latest = ""
        self._pool: ThreadPoolExecutor | None = None   # guesses are computed here, one at a time
        self._lock = threading.Lock()

    def guess(self, question: str) -> None:
        a = self.assistant
        question = question.strip()
        if not question:  # withdrawn: the user went on speaking (or editing)
            self.latest = ""
            if a.models.loaded("answerer"):
                a.models.answerer.lm.stop_draft()
            return
        found = requests(question, a._previous_question())
        if found is not None:
            skills = [a.skills.skills.get(intent.name) for intent in found]
            if any(skill is None or skill.changes for skill in skills) or not self._voiced():
                return   # a timer or a note is set by the turn itself, never by a guess
            self._submit(question, self._prepare_skill_answer, found[0])   # its first sentence begins the answer
            return
        self._submit(question, self._prefill)

    def sentence_end(self, words: str) -> float | None:
        """How likely the words heard so far end the request, by the answer model's reading
        (llm/sentence_end.py); None when the model is not loaded or cannot tell."""
        a = self.assistant
        if not a.models.loaded("answerer"):
            return None
        try:
            return sentence_end(a.models.answerer, a.settings.system_prompt, words)
        except Exception:  # noqa: BLE001 - the silence alone decides then
            return None

    def wait(self) -> None:
        """Block until the guesses submitted so far are done (for tests and benchmarks)."""
        if self._pool is not None:
            self._pool.submit(lambda: None).result()

    def _submit(self, question: str, work, *args) -> None:
        with self._lock:
            self.latest = question
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="prefill-guess")
        self._pool.submit(work, question, *args)

    def _voiced(self) -> bool:
        a = self.assistant
        return (a.play or a.keep_audio) and a.models.loaded("voice")

    def _prefill(self, question: str) -> None:
        if question != self.latest:
            return  # a newer guess came in meanwhile
        a, s = self.assistant, self.assistant.settings
        try:
            answerer = a.models.answerer
            prompt = answerer.prompt(s.system_prompt, model_history(question, a.history) if s.history_enabled else [], question,
                                     s.history_token_budget, s.max_answer_tokens)
            decode = answerer.tokenizer.decode
            answerer.lm.prefill(prompt, max_new_tokens=s.max_answer_tokens, draft=DRAFT_TOKENS,
                                sampling=SamplingOptions(temperature=s.temperature, top_p=s.top_p),
                                enough=lambda tokens: has_first_sentence(decode(tokens, skip_special_tokens=True)))
            self._prepare_first_sentence(answerer, prompt, question)
        except Exception:  # noqa: BLE001 - only a guess: the turn itself reports real problems
            pass

    def _prepare_first_sentence(self, answerer, prompt: list[int], question: str) -> None:
        """The drafted answer's first sentence, rendered by the voice now, so that its audio is ready when
        the turn speaks it (the neural voice takes a few hundred milliseconds a sentence)."""
        if not self._voiced() or question != self.latest:
            return
        tokens, ended = answerer.lm.drafted(prompt)
        text = answerer.tokenizer.decode(tokens, skip_special_tokens=True)
        if not text or protocol.may_be_call(text):
            return
        first = first_sentence(text, ended)
        if first and question == self.latest:
            self.assistant.models.voice.prepare(speakable(first))

    def _prepare_skill_answer(self, question: str, intent) -> None:
        """The first sentence of the answer of a skill that only answers, rendered now. A clock
        that moves on to the next minute meanwhile makes another sentence: the turn renders that one."""
        if question != self.latest:
            return
        try:
            call = self.assistant.skills.call(intent.name, intent.arguments)
            first = split_sentences(call.speech)[:1]
            if question == self.latest and first:
                self.assistant.models.voice.prepare(speakable(first[0]))
        except Exception:  # noqa: BLE001 - only a guess: the turn itself reports real problems
            pass
