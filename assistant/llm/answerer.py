"""The answer model as the core uses it: chat messages in, text pieces out, with the model's chat
template, a history budget, stop strings and incremental detokenization."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from assistant.errors import ModelCorruptError
from assistant.llm.chat import ChatTemplate, Message, fit_history
from assistant.llm.onnx_lm import GenerationStats, OnnxCausalLM
from assistant.llm.sampling import SamplingOptions
from assistant.llm.stops import RepeatFilter, StopStringFilter
from assistant.errors import REPAIR

STOP_STRINGS = ("<|im_end|>", "<|im_start|>", "<|endoftext|>")


@dataclass(frozen=True)
class AnswerOptions:
    max_new_tokens: int = 96
    sampling: SamplingOptions = SamplingOptions()
    history_token_budget: int = 768


class Answerer:
    def __init__(self, folder: Path, *, threads: int = 0) -> None:
        from tokenizers import Tokenizer

        self.name = folder.name
        self._reader: OnnxCausalLM | None = None
        try:
            self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
            self.template = ChatTemplate((folder / "chat_template.jinja").read_text())
        except Exception as exc:
            raise ModelCorruptError(f"The tokenizer or chat template in {folder} is unreadable ({exc}).",
                                    hint=REPAIR) from exc
        self.lm = OnnxCausalLM(folder, threads=threads)

    @property
    def reader(self) -> OnnxCausalLM:
        """A second cache over the same model, for short readings beside the answer (llm/sentence_end.py)."""
        if self._reader is None:
            self._reader = self.lm.sibling()
        return self._reader

    def in_words(self, options: AnswerOptions) -> AnswerOptions:
        """`options` for an answer in words: it may not begin a tool call (the call's opening token)."""
        from dataclasses import replace

        from assistant.skills.protocol import OPEN

        first = tuple(self.tokenizer.encode(OPEN, add_special_tokens=False).ids[:1])
        return replace(options, sampling=replace(options.sampling, not_first=first))

    def encode(self, messages: Sequence[Message]) -> list[int]:
        return self.tokenizer.encode(self.template.render(messages), add_special_tokens=False).ids

    def prompt(self, system: str, history: Sequence[Message], question: str, budget: int,
               reserve: int = 96) -> list[int]:
        """The prompt's tokens: system prompt, as much history as `budget` allows, the question. What is
        kept never exceeds the model's context less `reserve` tokens for the answer, whatever the settings."""
        room = self.lm.max_length - max(16, min(reserve, self.lm.max_length // 2))
        messages = fit_history(Message("system", system) if system else None, history,
                               Message("user", question), lambda ms: len(self.encode(ms)), min(budget, room))
        ids = self.encode(messages)
        if len(ids) > room:
            from assistant.errors import SettingsError

            raise SettingsError(f"The system prompt and the question take {len(ids)} tokens, more than the answer "
                                f"model's {self.lm.max_length}-token context leaves room for.",
                                hint="Shorten the system prompt in the settings (or ask a shorter question).")
        return ids

    def stream(self, prompt_ids: list[int], options: AnswerOptions, cancel: threading.Event | None = None,
               stats: GenerationStats | None = None) -> Iterator[str]:
        """Yield the answer in pieces as it is generated (complete characters only). A tool call is the whole
        answer or none of it: one begun after words ("Dear [Name],\n<tool_call>{...}") ends the answer before it,
        so its markup is never shown or spoken."""
        from assistant.skills.protocol import OPEN, may_be_call

        stops, late, repeats = StopStringFilter(STOP_STRINGS), StopStringFilter((OPEN,)), RepeatFilter()
        ids: list[int] = []
        shown = 0
        head = ""   # the answer while it may still be a call
        for token in self.lm.generate(prompt_ids, max_new_tokens=options.max_new_tokens,
                                      sampling=options.sampling, cancel=cancel, stats=stats):
            ids.append(token)
            text = self.tokenizer.decode(ids, skip_special_tokens=False)
            if text.endswith("\ufffd"):
                continue  # half a multi-byte character: wait for the rest
            piece = stops.feed(text[shown:])
            shown = len(text)
            if head is not None:
                head += piece
                if head.strip() and not may_be_call(head):
                    head = None   # words: a call from here on is cut
            if head is None:
                piece = late.feed(piece)
            piece = repeats.feed(piece)
            if piece:
                yield piece
            if stops.stopped or late.stopped or repeats.stopped:
                rest = repeats.flush()
                if rest:
                    yield rest
                return
        rest = repeats.feed(stops.flush() if head is not None else late.feed(stops.flush()) + late.flush())
        rest += repeats.flush()
        if rest:
            yield rest
