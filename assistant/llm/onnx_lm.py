"""The answer model's generation loop on plain onnxruntime, over a graph from onnxruntime-genai's
model builder (fused attention, GroupQueryAttention with a shared past/present buffer).

One preallocated KV buffer per layer is bound as both the past input and the present output, so the
cache is never copied between steps. The buffer is sized per generation (prompt + answer budget,
rounded up): the CPU attention kernel walks the whole buffer each step, so an 8k buffer decodes
~12x slower than a 256-token one (measured here: 5.6 vs 68 tok/s).

The keys/values of earlier prompts stay cached, so a prompt that shares their start computes only
what is new; prefill() computes a likely prompt ahead and drafts the start of its answer (while the
user is still to release the key), which generate() then replays and continues."""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from assistant.errors import CancelledError, ModelCorruptError
from assistant.llm.sampling import Sampler, SamplingOptions
from assistant.errors import REPAIR


@dataclass
class GenerationStats:
    prompt_tokens: int = 0
    prompt_tokens_computed: int = 0        # the rest came from the cache (an earlier turn, or a prefill)
    drafted: int = 0                       # answer tokens begun before generate() was called (prefill(draft=))
    new_tokens: int = 0
    prefill_s: float = 0.0
    decode_s: float = 0.0
    first_token_at: float | None = None   # perf_counter of the first new token
    stopped_by: str = ""                   # "eos" | "stop" | "length" | "cancelled"


@dataclass
class _Draft:
    """A prompt computed ahead and the answer tokens sampled after it: the cache holds prompt + tokens,
    `logits` is the next-token distribution after them; `ended`: the next token was end of sequence."""
    prompt: list[int]
    tokens: list[int]
    logits: np.ndarray
    ended: bool = False


class OnnxCausalLM:
    def __init__(self, folder: Path, *, threads: int = 0, max_length: int = 2048) -> None:
        import onnxruntime as ort

        self.folder = folder
        try:
            config = json.loads((folder / "genai_config.json").read_text())["model"]
        except (OSError, ValueError, KeyError) as exc:
            raise ModelCorruptError(f"The answer model's genai_config.json in {folder} is unreadable.",
                                    hint=REPAIR) from exc
        decoder = config["decoder"]
        self.layers = decoder["num_hidden_layers"]
        self.kv_heads = decoder["num_key_value_heads"]
        self.head_size = decoder["head_size"]
        self.vocab_size = config["vocab_size"]
        eos = config["eos_token_id"]
        self.eos_ids = set(eos if isinstance(eos, list) else [eos])
        self.max_length = min(max_length, config.get("context_length", max_length))
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or min(4, os.cpu_count() or 1)
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        try:
            self.session = ort.InferenceSession(str(folder / decoder["filename"]), options,
                                                providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own Fail/InvalidProtobuf types
            raise ModelCorruptError(f"The answer model in {folder} could not be loaded ({type(exc).__name__}).",
                                    hint=REPAIR) from exc
        self._ort = ort
        self._init_cache()

    def sibling(self) -> "OnnxCausalLM":
        """Another cache over the same loaded model: its own keys and values and lock, the one session
        (onnxruntime runs a session from several threads). A short side job (reading whether heard words
        end a sentence) then neither waits for an answer nor disturbs the answer's cache or draft."""
        other = object.__new__(OnnxCausalLM)
        for name in ("folder", "layers", "kv_heads", "head_size", "vocab_size", "eos_ids", "max_length",
                     "session", "_ort"):
            setattr(other, name, getattr(self, name))
        other._init_cache()
        return other

    def _init_cache(self) -> None:
        ort = self._ort
        self._lock = threading.Lock()  # one generation at a time: the KV buffers are shared
        self._arrays: list[np.ndarray] = []  # the KV memory; the OrtValues below share it
        self._kv: list = []
        self._capacity = 0
        self._cached: list[int] = []  # the tokens whose keys/values sit at the start of the buffers
        self._draft: _Draft | None = None  # a guessed prompt computed ahead, and the answer begun from it
        self._generating = 0  # generate() calls waiting or running: a draft in progress stops at its next token
        self._count_lock = threading.Lock()
        self._guess = 0  # bumped by each prefill() and stop_draft(): an older draft stops at its next token
        self._token = np.empty(1, dtype=np.int64)
        self.computed = 0  # prompt tokens the last prefill had to compute
        self._binding = None
        self._mask = np.ones((1, self.max_length), dtype=np.int64)
        self._step_logits_array = np.zeros((1, 1, self.vocab_size), dtype=np.float32)
        self._step_logits = ort.OrtValue.ortvalue_from_numpy(self._step_logits_array)

    def _reserve(self, tokens: int) -> None:
        capacity = min(self.max_length, -(-tokens // 64) * 64)
        if capacity == self._capacity:
            return
        shape = (1, self.kv_heads, capacity, self.head_size)
        arrays = [np.zeros(shape, np.float32) for _ in range(2 * self.layers)]
        keep = min(len(self._cached), capacity)
        for old, new in zip(self._arrays, arrays):
            new[:, :, :keep] = old[:, :, :keep]  # the cached prefix survives a resize
        self._cached = self._cached[:keep]
        self._arrays = arrays
        values = [self._ort.OrtValue.ortvalue_from_numpy(a) for a in arrays]
        self._kv = list(zip(values[0::2], values[1::2]))
        self._capacity = capacity
        # One binding for the buffers' lifetime: only the new tokens, the mask and the logits change per step.
        self._binding = self.session.io_binding()
        for i, (key, value) in enumerate(self._kv):
            self._binding.bind_ortvalue_input(f"past_key_values.{i}.key", key)
            self._binding.bind_ortvalue_input(f"past_key_values.{i}.value", value)
            self._binding.bind_ortvalue_output(f"present.{i}.key", key)
            self._binding.bind_ortvalue_output(f"present.{i}.value", value)

    def _prefill(self, prompt_ids: list[int]) -> np.ndarray:
        """Run the prompt, reusing the cached keys/values of its longest already-computed prefix
        (the system prompt and earlier turns of the conversation): only the new tokens are computed."""
        self._draft = None  # the buffers move on from whatever was drafted
        common = 0
        for a, b in zip(self._cached, prompt_ids[:-1]):  # at least one token runs, for its logits
            if a != b:
                break
            common += 1
        self._cached = self._cached[:common]
        try:
            logits = self._step(np.asarray(prompt_ids[common:], dtype=np.int64), len(prompt_ids))
        except Exception:
            self._cached = []
            raise
        self._cached = list(prompt_ids)
        self.computed = len(prompt_ids) - common
        return logits

    def prefill(self, prompt_ids: list[int], *, max_new_tokens: int = 128, draft: int = 0,
                sampling: SamplingOptions = SamplingOptions(),
                enough: Callable[[list[int]], bool] | None = None) -> None:
        """Compute a likely next prompt now (a transcript guessed at a pause in speech) and begin its
        answer: up to `draft` tokens, sampled as generate() would, or fewer once `enough(drafted tokens)`
        (its first sentence is there). generate() on the same prompt then continues from there; on a
        prompt that shares its start, computes only what differs. A draft stops at once when generate()
        is called; the prompt part waits for a generation in progress."""
        if not prompt_ids or len(prompt_ids) >= self.max_length:
            return
        budget = min(max_new_tokens, self.max_length - len(prompt_ids))
        self._guess += 1
        guess = self._guess
        if self._generating:
            return
        with self._lock:
            if guess != self._guess:
                return  # withdrawn or superseded while waiting
            self._reserve(len(prompt_ids) + budget)
            logits = self._prefill(list(prompt_ids))
            self._draft = _Draft(list(prompt_ids), [], logits.copy())
        sampler = Sampler(sampling)
        for _ in range(min(draft, budget - 1)):
            if self._generating or guess != self._guess:
                return
            with self._lock:
                current = self._draft
                if current is None or current.ended or self._cached != current.prompt + current.tokens:
                    return  # taken over while waiting for the lock
                next_id = sampler(current.logits)
                if next_id in self.eos_ids:
                    current.ended = True
                    return
                current.logits = self._advance(next_id).copy()
                current.tokens.append(next_id)
            if enough is not None and enough(current.tokens):
                return

    def drafted(self, prompt_ids: list[int]) -> tuple[list[int], bool]:
        """The answer tokens drafted so far for exactly this prompt ([] when the draft is for another),
        and whether the answer ended there."""
        draft = self._draft
        if draft is None or draft.prompt != list(prompt_ids):
            return [], False
        return list(draft.tokens), draft.ended

    def stop_draft(self) -> None:
        """The guess was wrong (the user went on speaking): stop drafting its answer at the next token."""
        self._guess += 1

    def _advance(self, token_id: int) -> np.ndarray:
        """Run one more token after the cached ones; the next-token logits (a view: copy to keep)."""
        self._token[0] = token_id
        try:
            logits = self._step(self._token, len(self._cached) + 1)
        except Exception:
            self._cached, self._draft = [], None
            raise
        self._cached.append(token_id)
        return logits

    def _step(self, tokens: np.ndarray, total: int) -> np.ndarray:
        """Run `tokens` (the new ones) with `total` tokens in the cache afterwards; last logits."""
        binding = self._binding
        binding.bind_cpu_input("input_ids", tokens.reshape(1, -1))
        binding.bind_cpu_input("attention_mask", self._mask[:, :total])
        if tokens.size == 1:   # a decode step: straight into the preallocated logits
            binding.bind_ortvalue_output("logits", self._step_logits)
            self.session.run_with_iobinding(binding)
            return self._step_logits_array[0, -1]
        binding.bind_output("logits")  # the prompt: onnxruntime sizes it
        self.session.run_with_iobinding(binding)
        return binding.get_outputs()[-1].numpy()[0, -1]  # logits were bound last

    def logits(self, prompt_ids: list[int]) -> np.ndarray:
        """Next-token logits after `prompt_ids` (parity checks; whether heard words end a sentence)."""
        with self._lock:
            self._reserve(len(prompt_ids))
            return self._prefill(list(prompt_ids)).copy()

    def generate(self, prompt_ids: list[int], *, max_new_tokens: int = 128,
                 sampling: SamplingOptions = SamplingOptions(), cancel: threading.Event | None = None,
                 stats: GenerationStats | None = None) -> Iterator[int]:
        """Yield new token ids until end of sequence or `max_new_tokens`. Setting `cancel` stops it
        before the next token (CancelledError is raised)."""
        stats = stats if stats is not None else GenerationStats()
        sampler = Sampler(sampling)
        if not prompt_ids:
            raise ValueError("empty prompt")
        budget = min(max_new_tokens, self.max_length - len(prompt_ids))
        if budget <= 0:
            raise ValueError(f"the prompt ({len(prompt_ids)} tokens) leaves no room in the context")
        with self._count_lock:
            self._generating += 1  # a draft in progress gives way
        try:
            yield from self._generate(prompt_ids, budget, sampler, cancel, stats)
        finally:
            with self._count_lock:
                self._generating -= 1

    def _generate(self, prompt_ids, budget, sampler, cancel, stats) -> Iterator[int]:
        with self._lock:
            self._reserve(len(prompt_ids) + budget)
            stats.prompt_tokens = len(prompt_ids)
            start = time.perf_counter()
            draft, self._draft = self._draft, None
            if draft is not None and draft.prompt == list(prompt_ids) and self._cached == draft.prompt + draft.tokens:
                # begun ahead: replay its tokens (their keys/values are cached), then go on from its logits
                logits, ahead = draft.logits, len(draft.tokens)
                replay = draft.tokens + ([next(iter(self.eos_ids))] if draft.ended else [])
                self.computed = 0
            else:
                logits, ahead, replay = self._prefill(list(prompt_ids)), 0, []
            stats.prefill_s = time.perf_counter() - start
            stats.prompt_tokens_computed = self.computed
            stats.drafted = ahead
            decode_start = time.perf_counter()
            for n in range(budget):
                if cancel is not None and cancel.is_set():
                    stats.stopped_by = "cancelled"
                    raise CancelledError()
                next_id = replay[n] if n < len(replay) else sampler(logits)
                if n == 0:
                    stats.first_token_at = time.perf_counter()
                if next_id in self.eos_ids:
                    stats.stopped_by = "eos"
                    break
                stats.new_tokens += 1
                yield next_id
                if n + 1 == budget:
                    stats.stopped_by = "length"
                    break
                if n >= ahead:  # a drafted token's keys and values are in the cache already
                    logits = self._advance(next_id)
            stats.decode_s = time.perf_counter() - decode_start
