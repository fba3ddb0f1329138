"""A teacher loaded in-process with transformers, from a local folder or a GGUF file (no hub).

Sampling runs the requests of one prompt as one batch (num_return_sequences). When it shares the
student's tokenizer, `next_token_logits` gives its distribution for logit distillation."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

from assistant.distill.teachers.base import Request, as_dicts, cut_at_stop
from assistant.distill.teachers.cache import CompletionCache, request_key
from assistant.errors import TeacherError


def load_causal_lm(path: Path):
    """(model, tokenizer) from a transformers folder or a .gguf file, offline, fp32, eval mode."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    from transformers import AutoModelForCausalLM, AutoTokenizer

    path = Path(path)
    if not path.exists():
        raise TeacherError(f"The local model {path} does not exist.", hint="Pass a model folder or a .gguf file.")
    try:
        if path.suffix == ".gguf":
            from assistant.modelstore.lm_build import load_gguf

            model, tokenizer = load_gguf(path)
        else:
            tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
            model = AutoModelForCausalLM.from_pretrained(str(path), local_files_only=True)
    except Exception as exc:
        raise TeacherError(f"The local model {path} cannot be loaded ({type(exc).__name__}: {str(exc)[:160]}).",
                           hint="Pass a transformers model folder or a .gguf file.") from exc
    return model.eval(), tokenizer


class LocalTeacher:
    def __init__(self, path: Path, *, cache_path: Path | None = None, threads: int = 0) -> None:
        import torch

        if threads:
            torch.set_num_threads(threads)
        self.path = Path(path)
        self.name = f"local:{self.path.name}"
        self.model, self.tokenizer = load_causal_lm(self.path)
        self.cache = CompletionCache(cache_path)

    def describe(self) -> dict:
        return {"kind": "local-transformers", "model": self.path.name, "dtype": "float32"}

    def _ids(self, messages):
        text = self.tokenizer.apply_chat_template(as_dicts(messages), tokenize=False, add_generation_prompt=True)
        return self.tokenizer(text, return_tensors="pt", add_special_tokens=False, return_token_type_ids=False)

    def complete(self, requests: Sequence[Request], progress=None) -> list[str]:
        import torch

        results: list[str | None] = [None] * len(requests)
        groups: dict[tuple, list[int]] = {}
        for i, request in enumerate(requests):
            cached = self.cache.get(request_key("local", self.name, request))
            if cached is not None:
                results[i] = cached
                if progress:
                    progress(1)
                continue
            groups.setdefault((request.messages, request.temperature, request.max_tokens, request.stop), []).append(i)
        for (messages, temperature, max_tokens, stop), indices in groups.items():
            inputs = self._ids(messages)
            sampled = temperature > 0
            torch.manual_seed(min(requests[i].sample for i in indices))
            with torch.no_grad():
                out = self.model.generate(**inputs, max_new_tokens=max_tokens, do_sample=sampled,
                                          temperature=temperature if sampled else None, top_p=0.95 if sampled else None,
                                          top_k=None, num_return_sequences=len(indices) if sampled else 1,
                                          pad_token_id=self.tokenizer.eos_token_id,
                                          stop_strings=list(stop) or None, tokenizer=self.tokenizer)
            prompt_len = inputs["input_ids"].shape[1]
            for row, i in enumerate(indices):
                seq = out[row if sampled else 0][prompt_len:]
                text = cut_at_stop(self.tokenizer.decode(seq, skip_special_tokens=True), stop)
                results[i] = text
                self.cache.put(request_key("local", self.name, requests[i]), text)
                if progress:
                    progress(1)
        return [r or "" for r in results]

    def next_token_logits(self, input_ids, attention_mask=None):
        """The teacher's logits at every position (for forward-KL distillation), without gradients."""
        import torch

        with torch.no_grad():
            return self.model(input_ids=input_ids, attention_mask=attention_mask).logits
