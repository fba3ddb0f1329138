"""Logit distillation without the teacher beside the student: the teacher's top-k next-token
distribution over the student's own training sequences, scored once and kept on disk.

A same-tokenizer teacher (the 1.5B Qwen for the 0.5B Qwen student) reads each training conversation
exactly as the student will see it (`train.encode_examples`), and at every position whose next token
is the reply's it keeps the k most likely tokens and their log-probabilities. Training then adds the
forward KL from that (renormalised) distribution to the student's (`train.weighted_loss`). Scoring a
conversation once costs one teacher forward pass; beside training it would cost one every epoch, and
the teacher would share the CPU or GPU with the student for the whole run.

The store is `WORK/teacher_topk/shard-NNNNN.npz`; each conversation is keyed by a hash of its token ids,
so a stopped run resumes where it stopped and training finds a conversation's scores whatever order or
oversampling it uses."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Callable

from assistant.errors import DistillError

STORE = "teacher_topk"
SHARD = 64          # conversations per shard file: what a stop can lose


def example_key(input_ids: list[int]) -> str:
    import numpy as np

    return hashlib.sha1(np.asarray(input_ids, dtype=np.int32).tobytes()).hexdigest()[:20]


def reply_positions(labels: list[int]) -> list[int]:
    """The positions whose next token is the reply's: where the loss (and the KL) is taken."""
    return [t for t in range(len(labels) - 1) if labels[t + 1] != -100]


def load_store(work: Path) -> dict[str, tuple]:
    """key -> (ids [R, k] int64, probabilities [R, k] float32, renormalised over the k)."""
    import numpy as np

    out: dict[str, tuple] = {}
    for shard in sorted((Path(work) / STORE).glob("shard-*.npz")):
        with np.load(shard) as data:
            keys, offsets, ids, logp = data["keys"], data["offsets"], data["ids"], data["logp"]
        for i, key in enumerate(keys):
            a, b = int(offsets[i]), int(offsets[i + 1])
            lp = logp[a:b].astype(np.float32)
            p = np.exp(lp - lp.max(-1, keepdims=True))
            out[str(key)] = (ids[a:b].astype(np.int64), p / p.sum(-1, keepdims=True))
    return out


def _write_shard(folder: Path, keys: list[str], rows: list[tuple]) -> None:
    import numpy as np

    folder.mkdir(parents=True, exist_ok=True)
    n = len(list(folder.glob("shard-*.npz")))
    offsets = np.cumsum([0] + [len(r[0]) for r in rows])
    tmp = folder / f".shard-{n:05d}.npz"
    np.savez(tmp, keys=np.asarray(keys), offsets=offsets,
             ids=np.concatenate([r[0] for r in rows]).astype(np.int32),
             logp=np.concatenate([r[1] for r in rows]).astype(np.float16))
    tmp.rename(folder / f"shard-{n:05d}.npz")      # whole or absent: a stop mid-write loses nothing kept


def same_vocabulary(student_tok, teacher_tok) -> bool:
    return student_tok.get_vocab() == teacher_tok.get_vocab()


def score(work: Path, teacher: Path, student: Path | None = None, *, k: int = 16, batch: int = 8, limit: int = 0,
          rationale_weight: float = 0.0, progress: Callable[[int, int], None] | None = None) -> dict:
    """Score every training conversation not in the store yet; return counts."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import numpy as np
    import torch

    from assistant.distill.data import read_jsonl
    from assistant.distill.teachers.local import load_causal_lm
    from assistant.distill.train import encode_examples, load_tokenizer, student_path

    work = Path(work)
    samples = list(read_jsonl(work / "samples.jsonl"))
    if not samples:
        raise DistillError(f"There are no kept samples in {work / 'samples.jsonl'}.",
                           hint="Run `assistant distill generate` first.")
    tokenizer = load_tokenizer(student_path(student))
    examples = encode_examples(tokenizer, samples, rationale_weight)
    done = set(load_store(work))
    todo, seen = [], set(done)
    for ex in examples:
        key = example_key(ex["input_ids"])
        if key not in seen:
            seen.add(key)
            todo.append((key, ex))
    if limit:
        todo = todo[: max(0, limit - len(done))]
    stats = {"conversations": len(seen), "scored_before": len(done), "scored_now": 0, "k": k}
    if not todo:
        return stats
    model, teacher_tok = load_causal_lm(teacher)
    if not same_vocabulary(tokenizer, teacher_tok):
        raise DistillError(f"The teacher {Path(teacher).name} does not share the student's tokenizer.",
                           hint="Logit distillation needs the same vocabulary: the 1.5B Qwen teaches the 0.5B Qwen.")
    decoder, head = model.get_decoder(), model.get_output_embeddings()
    todo.sort(key=lambda item: len(item[1]["input_ids"]))          # little padding in a batch
    keys, rows = [], []
    for start in range(0, len(todo), batch):
        chunk = todo[start:start + batch]
        width = max(len(ex["input_ids"]) for _, ex in chunk)
        ids = torch.zeros((len(chunk), width), dtype=torch.long)
        mask = torch.zeros((len(chunk), width), dtype=torch.long)
        for i, (_, ex) in enumerate(chunk):
            ids[i, :len(ex["input_ids"])] = torch.tensor(ex["input_ids"])
            mask[i, :len(ex["input_ids"])] = 1
        with torch.no_grad():
            hidden = decoder(input_ids=ids, attention_mask=mask).last_hidden_state
            for i, (key, ex) in enumerate(chunk):
                where = reply_positions(ex["labels"])
                logp = torch.log_softmax(head(hidden[i, where]).float(), -1)   # the output layer on the reply only
                top = logp.topk(k, -1)
                keys.append(key)
                rows.append((top.indices.numpy(), top.values.numpy()))
        if len(keys) >= SHARD:
            _write_shard(work / STORE, keys, rows)
            stats["scored_now"] += len(keys)
            keys, rows = [], []
        if progress:
            progress(stats["scored_now"] + len(keys), len(todo))
    if keys:
        _write_shard(work / STORE, keys, rows)
        stats["scored_now"] += len(keys)
    return stats


def attach(examples: list[dict], store: dict[str, tuple]) -> int:
    """Give each example its teacher top-k (`kd_ids`, `kd_p`, one row per reply position); return how many got one."""
    found = 0
    for ex in examples:
        hit = store.get(example_key(ex["input_ids"]))
        if hit is not None and len(hit[0]) == len(reply_positions(ex["labels"])):
            ex["kd_ids"], ex["kd_p"] = hit
            found += 1
    return found
