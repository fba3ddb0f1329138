"""The training conversations: the answer task is exactly the prompt the app sends, the rationale is
a second, prefixed task, and the loss sees only the assistant's reply."""

import pytest

from assistant.distill.prompting import RATIONALE_PREFIX, STUDENT_SYSTEM, parse_teacher
from assistant.distill.train import collate, encode_examples, weighted_loss
from assistant.settings import DEFAULT_SYSTEM_PROMPT


@pytest.fixture(scope="module")
def tokenizer(models_ready):
    from transformers import PreTrainedTokenizerFast

    folder = models_ready / "smollm2-135m-assistant"
    tok = PreTrainedTokenizerFast(tokenizer_file=str(folder / "tokenizer.json"))
    tok.chat_template = (folder / "chat_template.jinja").read_text()
    tok.pad_token, tok.eos_token = "<|endoftext|>", "<|im_end|>"
    return tok


def sample(answer, rationale="", source="greedy"):
    return {"prompt": "How do I boil an egg?", "answer": answer, "rationale": rationale,
            "provenance": {"source": source}}


def test_loss_covers_the_reply_only(tokenizer):
    [ex] = encode_examples(tokenizer, [sample("Boil it for nine minutes.")], rationale_weight=0.5)
    labelled = [t for t, l in zip(ex["input_ids"], ex["labels"]) if l != -100]
    assert tokenizer.decode(labelled) == "Boil it for nine minutes.<|im_end|>"
    prompt = tokenizer.decode([t for t, l in zip(ex["input_ids"], ex["labels"]) if l == -100])
    assert DEFAULT_SYSTEM_PROMPT in prompt and "How do I boil an egg?" in prompt  # the app's own prompt
    assert "expert" not in prompt.lower()                                           # the teacher's is erased


def test_rationale_is_a_second_prefixed_task(tokenizer):
    answer, rationale = encode_examples(tokenizer, [sample("Boil it.", "Eggs set at 70 C.")], rationale_weight=0.3)
    assert RATIONALE_PREFIX.strip() in tokenizer.decode(rationale["input_ids"])
    assert RATIONALE_PREFIX.strip() not in tokenizer.decode(answer["input_ids"])
    assert answer["weight"] == pytest.approx(1.4) and rationale["weight"] == pytest.approx(0.6)
    planned = encode_examples(tokenizer, [sample("<tool_call>{}</tool_call>", "template", source="planner")], 0.5)
    assert len(planned) == 1
    [alone] = encode_examples(tokenizer, [sample("Boil it.", "Eggs set at 70 C.")], rationale_weight=0.0)
    assert RATIONALE_PREFIX.strip() not in tokenizer.decode(alone["input_ids"])   # no task computed at weight 0


def test_weighted_loss_ignores_padding_and_prompt(tokenizer):
    import torch

    batch = collate(encode_examples(tokenizer, [sample("Yes."), sample("A much longer answer than that.")], 0.5),
                    tokenizer.pad_token_id)
    vocab = 50
    logits = torch.zeros(*batch["input_ids"].shape, vocab)
    labels = batch["labels"].clamp(max=vocab - 1).masked_fill(batch["labels"] == -100, -100)
    loss = weighted_loss(logits, labels, batch["weight"])
    assert loss.item() == pytest.approx(torch.log(torch.tensor(float(vocab))).item(), rel=1e-5)  # uniform logits
    kd = weighted_loss(logits, labels, batch["weight"], teacher_logits=logits, kd_weight=0.5)
    assert kd.item() == pytest.approx(0.5 * loss.item(), rel=1e-5)  # KL to an identical teacher is 0


def test_teacher_format_parsing():
    assert parse_teacher("Reasoning: 9*9 is 81.\nAnswer: That's 81.") == ("9*9 is 81.", "That's 81.")
    assert parse_teacher("Just an answer.") == ("", "Just an answer.")
    assert parse_teacher("Reasoning: only thinking") == ("only thinking", "")
    assert parse_teacher("Reasoning: r\nAnswer: a\nReasoning: more") == ("r", "a")
    assert STUDENT_SYSTEM == DEFAULT_SYSTEM_PROMPT


def test_rejected_answers_are_checked_again_after_a_verifier_fix(tmp_path):
    """Reproduced: "Reykjavík" was rejected against the reference "Reykjavik" before accents were folded;
    such answers are kept on the next run without asking the teacher again."""
    import json

    from assistant.distill.data import Prompt, read_jsonl
    from assistant.distill.generate import reverify
    from assistant.distill.teachers.assembled import AssembledTeacher

    class NoTeacher:   # nothing may be asked: reverification reads the stored answers only
        name = "none"

        def describe(self):
            return {}

        def complete(self, requests, progress=None):
            raise AssertionError("the teacher was asked")

    prompts = [Prompt("p1", "facts", "Which city is the capital of Iceland?", {"words": [["Reykjavik"]]}),
               Prompt("p2", "facts", "Which city is the capital of Chad?", {"words": [["N'Djamena"]]})]
    (tmp_path / "rejected.jsonl").write_text(
        json.dumps({"prompt_id": "p1", "category": "facts", "prompt": prompts[0].prompt,
                    "candidates": [{"answer": "Reykjavík is the capital of Iceland.", "source": "greedy",
                                    "reasons": ["missing: Reykjavik"]}]}) + "\n" +
        json.dumps({"prompt_id": "p2", "category": "facts", "prompt": prompts[1].prompt,
                    "candidates": [{"answer": "Chad's capital is Ouagadougou.", "source": "greedy",
                                    "reasons": ["missing: N'Djamena"]}]}) + "\n")
    assert reverify(AssembledTeacher(NoTeacher(), samples=1), prompts, tmp_path) == 1
    assert [s["prompt_id"] for s in read_jsonl(tmp_path / "samples.jsonl")] == ["p1"]
    assert [r["prompt_id"] for r in read_jsonl(tmp_path / "rejected.jsonl")] == ["p2"]


def test_a_rationale_that_repeats_the_answer_is_not_a_second_task(tokenizer):
    from assistant.distill.train import repeats

    assert repeats("Former means something that was previously.", "Former means something that was previously.")
    assert repeats("Paris.", "The capital of France is Paris.")
    assert not repeats("That's 12.", "Three boxes of 4 eggs: 3 times 4 is 12.")
    same = encode_examples(tokenizer, [sample("Boil it for nine minutes.", "boil it for nine minutes")], 0.5)
    assert len(same) == 1


def test_a_repeated_category_is_seen_n_times_and_nothing_else_changes():
    from assistant.distill.steps import _repeats
    from assistant.distill.train import oversampled
    from assistant.errors import DistillError

    samples = [{"category": c, "prompt": f"{c}{i}"} for i, c in enumerate(["refusal", "howto", "refusal", "units_words"])]
    out = oversampled(samples, _repeats(["refusal=3", "units_words=2"]))
    assert out[:4] == samples
    assert [s["prompt"] for s in out[4:]] == ["refusal0", "refusal2", "refusal0", "refusal2", "units_words3"]
    assert oversampled(samples, {}) == samples
    with pytest.raises(DistillError):
        _repeats(["refusals=3"])


def test_the_output_layer_is_trained_whole_only_when_asked():
    from assistant.distill.train import TrainConfig, lora_config

    assert not lora_config(TrainConfig()).modules_to_save
    assert lora_config(TrainConfig(train_output_layer=True)).modules_to_save == ["lm_head"]


def test_the_special_tokens_rows_are_trained_only_when_asked(models_ready):
    """--train-special-rows: the added tokens' rows of the embedding and of the output layer (the GGUF
    student's output layer is its own matrix), read from the student's own tokenizer."""
    from transformers import PreTrainedTokenizerFast

    from assistant.distill.train import TrainConfig, lora_config, special_ids

    tokenizer = PreTrainedTokenizerFast(tokenizer_file=str(models_ready / "smollm2-135m-assistant" / "tokenizer.json"))
    ids = special_ids(tokenizer)
    assert tokenizer.convert_tokens_to_ids("<|im_start|>") in ids and tokenizer.convert_tokens_to_ids("<|im_end|>") in ids
    assert tokenizer.convert_tokens_to_ids("hello") not in ids
    assert lora_config(TrainConfig(), ids).trainable_token_indices is None
    assert lora_config(TrainConfig(train_special_rows=True), ids).trainable_token_indices == \
        {"embed_tokens": ids, "lm_head": ids}
