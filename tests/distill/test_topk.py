"""Logit distillation from a teacher's top-k scored once (assistant/distill/topk.py): the store lines up
with the reply tokens the student is trained on, a stopped scoring resumes, and the loss is the forward
KL from the teacher's renormalised top-k where a conversation has one and nothing where it has none."""

import math

import pytest

from assistant.distill.topk import attach, example_key, load_store, reply_positions, score
from assistant.distill.train import collate, weighted_loss

SAMPLES = [
    {"prompt": "What is the capital of France?", "answer": "The capital of France is Paris.", "category": "facts"},
    {"prompt": "Define arid.", "answer": "Arid means very dry, with little or no rain.", "category": "definitions"},
    {"prompt": "Good morning!", "answer": "Good morning! How can I help?", "category": "small_talk"},
]


def _batch(lengths_and_replies, vocab=6, k=3):
    """Two hand-made conversations: ids, labels (-100 outside the reply) and a top-k for the first only."""
    import numpy as np

    batch = []
    for n, reply in lengths_and_replies:
        ids = [i % vocab for i in range(n)]
        labels = [-100] * (n - reply) + ids[n - reply:]
        batch.append({"input_ids": ids, "labels": labels, "weight": 1.0})
    r = len(reply_positions(batch[0]["labels"]))
    batch[0]["kd_ids"] = np.tile(np.arange(k), (r, 1))
    batch[0]["kd_p"] = np.tile(np.array([0.7, 0.2, 0.1]), (r, 1))
    return batch


def test_the_top_k_sits_on_the_reply_positions_and_nowhere_else():
    batch = collate(_batch([(7, 3), (5, 2)]), pad_id=0)
    assert batch["kd_ids"].shape == (2, 6, 3)
    has = (batch["kd_p"].sum(-1) > 0)
    # the first conversation's reply is its last 3 tokens: predicted from positions 3, 4 and 5
    assert has[0].nonzero().flatten().tolist() == [3, 4, 5]
    assert not has[1].any()          # the second has no teacher scores: no KL for it


def test_the_kl_is_to_the_teachers_top_k_and_skips_conversations_without_one():
    import torch

    batch = collate(_batch([(7, 3), (5, 2)]), pad_id=0)
    vocab = 6
    logits = torch.zeros(*batch["input_ids"].shape, vocab)
    plain = weighted_loss(logits, batch["labels"], batch["weight"])
    with_kd = weighted_loss(logits, batch["labels"], batch["weight"], kd_weight=0.5,
                            kd_ids=batch["kd_ids"], kd_p=batch["kd_p"])
    # uniform student: KL = sum p log p - log(1/6) over the teacher's three tokens, taken on the first conversation only
    p = torch.tensor([0.7, 0.2, 0.1])
    kl = float((p * p.log()).sum()) + math.log(vocab)
    assert with_kd.item() == pytest.approx(0.5 * plain.item() + 0.5 * kl, rel=1e-5)
    # a student that is the teacher on those tokens (and puts nothing elsewhere) has no KL left
    agree = torch.full_like(logits, -1e4)
    agree[..., :3] = p.log()
    ce = weighted_loss(agree, batch["labels"], batch["weight"])
    assert weighted_loss(agree, batch["labels"], batch["weight"], kd_weight=0.5, kd_ids=batch["kd_ids"],
                         kd_p=batch["kd_p"]).item() == pytest.approx(0.5 * ce.item(), abs=1e-4)


@pytest.mark.slow
def test_scoring_lines_up_with_the_training_conversations_and_resumes(tmp_path, models_ready):
    """The bundled SmolLM2 scores its own training conversations (any model shares its own tokenizer): the
    stored top-k at each reply position is the full model's distribution there, and a second run scores nothing."""
    import json

    import torch

    from assistant.distill.teachers.local import load_causal_lm
    from assistant.distill.train import encode_examples, load_tokenizer, student_path

    (tmp_path / "samples.jsonl").write_text("".join(json.dumps(s) + "\n" for s in SAMPLES))
    first = score(tmp_path, student_path(None), k=4, batch=2, limit=2)
    assert (first["scored_now"], first["conversations"]) == (2, 3)
    rest = score(tmp_path, student_path(None), k=4, batch=2)
    assert (rest["scored_before"], rest["scored_now"]) == (2, 1)
    assert score(tmp_path, student_path(None), k=4)["scored_now"] == 0

    examples = encode_examples(load_tokenizer(student_path(None)), SAMPLES, 0.0)
    store = load_store(tmp_path)
    assert set(store) == {example_key(e["input_ids"]) for e in examples}
    assert attach(examples, store) == 3
    model, _ = load_causal_lm(student_path(None))
    ex = examples[0]
    with torch.no_grad():
        full = torch.log_softmax(model(input_ids=torch.tensor([ex["input_ids"]])).logits[0].float(), -1)
    for row, t in enumerate(reply_positions(ex["labels"])):
        assert ex["kd_ids"][row].tolist() == full[t].topk(4).indices.tolist()
        expect = full[t, ex["kd_ids"][row]].softmax(-1)       # the renormalised top-k
        assert torch.allclose(torch.as_tensor(ex["kd_p"][row]), expect, atol=2e-3)
