"""Parity of a built ONNX answer model against its source model (build time only: uses torch).

For each fixed prompt: the greedy continuation of both (first `n_tokens` tokens) and the largest
absolute difference between their next-token logits after the prompt."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

PARITY_PROMPTS = [
    "What is the capital of France?",
    "How many days are there in a week?",
    "Tell me a short joke.",
    "What is the boiling point of water?",
    "Who wrote Romeo and Juliet?",
    "Give me a tip for sleeping better.",
    "What is photosynthesis?",
    "How do I boil an egg?",
    "What is the largest planet in the solar system?",
    "Translate 'good morning' into Spanish.",
    "Why is the sky blue?",
    "What should I cook for dinner tonight?",
    "How far is the Moon from the Earth?",
    "What is a healthy breakfast?",
    "Name three primary colors.",
    "What does a computer's CPU do?",
    "How can I stay focused while working?",
    "What is the speed of light?",
    "Say hello to my friend Anna.",
    "What is the difference between weather and climate?",
]


@dataclass
class ParityReport:
    prompts: int = 0
    n_tokens: int = 32
    identical: int = 0                 # prompts whose first n_tokens greedy tokens are identical
    mean_common_prefix: float = 0.0    # tokens until the first difference, averaged
    first_token_agreement: float = 0.0
    max_logit_diff: float = 0.0        # largest |reference - candidate| over next-token logits
    per_prompt: list = field(default_factory=list)

    @property
    def identical_share(self) -> float:
        return self.identical / self.prompts if self.prompts else 0.0

    def to_dict(self) -> dict:
        data = asdict(self)
        data["identical_share"] = round(self.identical_share, 3)
        return data


def common_prefix(a: list[int], b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def compare(reference, candidate, prompts: list[list[int]], n_tokens: int = 32, eos: set[int] = frozenset()) -> ParityReport:
    """`reference` and `candidate` each provide `greedy(ids, n) -> list[int]` and `logits(ids) -> ndarray`."""
    report = ParityReport(prompts=len(prompts), n_tokens=n_tokens)
    prefixes, firsts = [], []
    for ids in prompts:
        ref = reference.greedy(ids, n_tokens)
        cand = candidate.greedy(ids, n_tokens)
        same = common_prefix(ref, cand)
        # Identical: the same n tokens, or the same sequence up to an end-of-sequence both stopped at.
        equal = ref == cand and (len(ref) == n_tokens or (ref and ref[-1] in eos) or len(ref) < n_tokens)
        diff = float(np.max(np.abs(reference.logits(ids) - candidate.logits(ids))))
        report.identical += int(equal)
        report.max_logit_diff = max(report.max_logit_diff, diff)
        prefixes.append(same)
        firsts.append(bool(ref and cand and ref[0] == cand[0]))
        report.per_prompt.append({"common_prefix": same, "max_logit_diff": round(diff, 4)})
    report.mean_common_prefix = float(np.mean(prefixes)) if prefixes else 0.0
    report.first_token_agreement = float(np.mean(firsts)) if firsts else 0.0
    report.max_logit_diff = round(report.max_logit_diff, 4)
    return report


class TorchReference:
    """The source model in transformers (fp32), greedy, for comparison."""

    def __init__(self, model, eos_ids: set[int]) -> None:
        self.model = model
        self.eos_ids = eos_ids

    def greedy(self, ids: list[int], n: int) -> list[int]:
        import torch

        with torch.no_grad():
            out = self.model.generate(torch.tensor([ids]), attention_mask=torch.ones(1, len(ids), dtype=torch.long),
                                      max_new_tokens=n, do_sample=False, pad_token_id=next(iter(self.eos_ids)))
        new = out[0, len(ids):].tolist()
        return _cut_at_eos(new, self.eos_ids)

    def logits(self, ids: list[int]) -> np.ndarray:
        import torch

        with torch.no_grad():
            return self.model(torch.tensor([ids])).logits[0, -1].float().numpy()


class OnnxCandidate:
    def __init__(self, folder: Path, threads: int = 0) -> None:
        from assistant.llm.onnx_lm import OnnxCausalLM

        self.lm = OnnxCausalLM(folder, threads=threads)

    def greedy(self, ids: list[int], n: int) -> list[int]:
        out = list(self.lm.generate(ids, max_new_tokens=n))
        # generate() does not yield the end-of-sequence token: add it back to compare like for like
        return out + ([next(iter(self.lm.eos_ids))] if len(out) < n else [])

    def logits(self, ids: list[int]) -> np.ndarray:
        return self.lm.logits(ids)


def _cut_at_eos(tokens: list[int], eos: set[int]) -> list[int]:
    for i, t in enumerate(tokens):
        if t in eos:
            return tokens[: i + 1]
    return tokens
