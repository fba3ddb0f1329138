"""Fine-tune the student on the kept samples (transformers Trainer + peft LoRA; full fine-tuning with
--lora-rank 0). Loss on the assistant's tokens only. Two tasks per sample, as in distilling
step-by-step: the answer (exactly the prompt the app sends) and, prefixed, the teacher's rationale,
weighted a : 1-a. Optional logit distillation: forward KL to a same-tokenizer teacher, either run beside
the student (`kd_teacher`) or scored once beforehand as a top-k per reply token (`kd_topk`, distill/topk.py).
Runs unchanged under `accelerate launch` on several GPUs or machines (the Trainer does the sharding)."""

from __future__ import annotations

import json
import os
import random
from dataclasses import dataclass, field
from pathlib import Path

from assistant.distill.data import read_jsonl
from assistant.distill.prompting import student_examples
from assistant.errors import DistillError


@dataclass
class TrainConfig:
    epochs: float = 3.0
    steps: int = 0
    lr: float = 2e-4
    batch: int = 8
    lora_rank: int = 16
    rationale_weight: float = 0.5
    kd_weight: float = 0.5
    kd_topk: bool = False       # logit distillation from WORK/teacher_topk (`assistant distill teacher-topk`)
    seed: int = 0
    bf16: bool = False          # bf16 autocast (fp32 master weights): ~1.3x faster on CPUs with avx512_bf16
    train_output_layer: bool = False   # train the output layer whole beside the LoRA (lm_head)
    train_special_rows: bool = False   # train the special tokens' rows of the embedding and output layer only
    accumulate: int = 1         # gradient accumulation: `batch` conversations per step in `accumulate` passes
    save_every: int = 50        # optimizer steps between checkpoints (a stopped run resumes from the last)
    repeat: dict[str, int] = field(default_factory=dict)  # category -> times each of its samples is seen


def oversampled(samples: list[dict], repeat: dict[str, int]) -> list[dict]:
    """The samples, then (n - 1) more copies of each repeated category's, in the order `repeat` names them."""
    extra = []
    for category, n in repeat.items():
        extra += [s for s in samples if s.get("category") == category] * max(0, n - 1)
    return samples + extra


def lora_config(config: TrainConfig, special_ids: list[int] = ()):
    """LoRA on every linear layer but the output layer; with `train_output_layer` the output layer is trained
    whole beside it (a student whose new tokens' output rows are too alike to tell apart otherwise: the 0.5B
    Qwen student opened its tool calls with <|im_start|>, whose row is nearly <tool_call>'s); with
    `train_special_rows` only the rows of `special_ids` are, in the embedding and the output layer (peft's
    trainable tokens: ~2x cheaper a step than the whole 151,936-row layer)."""
    from peft import LoraConfig

    rows = None
    if config.train_special_rows and special_ids:
        rows = {"embed_tokens": list(special_ids), "lm_head": list(special_ids)}
    return LoraConfig(r=config.lora_rank, lora_alpha=2 * config.lora_rank, lora_dropout=0.05,
                      target_modules="all-linear", task_type="CAUSAL_LM",
                      modules_to_save=["lm_head"] if config.train_output_layer else None,
                      trainable_token_indices=rows)


def special_ids(tokenizer) -> list[int]:
    """The tokenizer's added tokens (chat markers, <tool_call>...): the rows a chat fine-tune depends on."""
    return sorted(set(tokenizer.added_tokens_encoder.values()))


def load_tokenizer(path: Path):
    """The tokenizer alone of a transformers folder or a .gguf file, offline."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from transformers import AutoTokenizer

    path = Path(path)
    if path.suffix == ".gguf":
        return AutoTokenizer.from_pretrained(str(path.parent), gguf_file=path.name)
    return AutoTokenizer.from_pretrained(str(path), local_files_only=True)


def student_path(path: Path | None) -> Path:
    if path:
        return Path(path)
    from assistant.modelstore.lm_build import gguf_path

    return gguf_path()


def repeats(answer: str, rationale: str) -> bool:
    """A rationale that only says the answer again ("Former means ..." twice) teaches nothing as a second task."""
    from assistant.distill.data import normalize

    a, r = normalize(answer), normalize(rationale)
    return not r or r in a or a in r


def encode_examples(tokenizer, samples: list[dict], rationale_weight: float, max_len: int = 384) -> list[dict]:
    """input_ids, labels (-100 outside the assistant's reply) and a loss weight per conversation."""
    examples = []
    for s in samples:
        # The planner's rationale is a template around the executed result: not worth the compute.
        rationale = "" if s.get("provenance", {}).get("source") == "planner" else s.get("rationale", "")
        if repeats(s["answer"], rationale) or rationale_weight <= 0:
            rationale = ""
        tasks = student_examples(s["prompt"], s["answer"], rationale, s.get("provenance", {}).get("history"))
        for k, messages in enumerate(tasks):
            msgs = [{"role": m.role, "content": m.content} for m in messages]
            full = tokenizer.apply_chat_template(msgs, tokenize=False)
            head = tokenizer.apply_chat_template(msgs[:-1], tokenize=False, add_generation_prompt=True)
            if not full.startswith(head):
                raise DistillError("The student's chat template does not end a prompt where the reply starts.",
                                   hint="Use a model with a ChatML-style template.")
            head_ids = tokenizer(head, add_special_tokens=False)["input_ids"]
            reply_ids = tokenizer(full[len(head):].rstrip("\n"), add_special_tokens=False)["input_ids"]
            ids = (head_ids + reply_ids)[:max_len]
            labels = ([-100] * len(head_ids) + reply_ids)[:max_len]
            weight = (1 - rationale_weight) if k == 0 else rationale_weight
            if len(tasks) == 1:
                weight = 1 - rationale_weight
            examples.append({"input_ids": ids, "labels": labels, "weight": weight * 2})
    return examples


def collate(batch: list[dict], pad_id: int) -> dict:
    import torch

    width = max(len(b["input_ids"]) for b in batch)
    ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
    labels = torch.full((len(batch), width), -100, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    for i, b in enumerate(batch):
        n = len(b["input_ids"])
        ids[i, :n] = torch.tensor(b["input_ids"])
        labels[i, :n] = torch.tensor(b["labels"])
        mask[i, :n] = 1
    out = {"input_ids": ids, "labels": labels, "attention_mask": mask,
           "weight": torch.tensor([b["weight"] for b in batch], dtype=torch.float32)}
    if any("kd_ids" in b for b in batch):
        # The teacher's top-k at each reply position, in the shifted coordinates of weighted_loss;
        # probability 0 where a conversation has none (no KL there).
        k = next(len(b["kd_ids"][0]) for b in batch if "kd_ids" in b and len(b["kd_ids"]))
        out["kd_ids"] = torch.zeros((len(batch), width - 1, k), dtype=torch.long)
        out["kd_p"] = torch.zeros((len(batch), width - 1, k), dtype=torch.float32)
        for i, b in enumerate(batch):
            if "kd_ids" in b:
                where = torch.nonzero(labels[i, 1:] != -100).flatten()
                out["kd_ids"][i, where] = torch.as_tensor(b["kd_ids"], dtype=torch.long)
                out["kd_p"][i, where] = torch.as_tensor(b["kd_p"], dtype=torch.float32)
    return out


def weighted_loss(logits, labels, weight, teacher_logits=None, kd_weight: float = 0.0, kd_ids=None, kd_p=None):
    """Mean over conversations of (token-mean cross-entropy on the reply), each weighted; plus the
    forward KL(teacher || student) on the same tokens when teacher logits are given, or over the
    teacher's top-k (`kd_ids`, `kd_p` renormalised) when those are (conversations without any: no KL)."""
    import torch
    import torch.nn.functional as F

    shift_logits = logits[:, :-1].float()
    shift_labels = labels[:, 1:]
    mask = (shift_labels != -100).float()
    ce = F.cross_entropy(shift_logits.transpose(1, 2), shift_labels.clamp(min=0), reduction="none")
    per_example = (ce * mask).sum(1) / mask.sum(1).clamp(min=1)
    loss = (per_example * weight).sum() / weight.sum()
    if teacher_logits is not None and kd_weight > 0:
        t = F.log_softmax(teacher_logits[:, :-1].float(), -1)
        s = F.log_softmax(shift_logits, -1)
        kl = (t.exp() * (t - s)).sum(-1)
        kd = ((kl * mask).sum(1) / mask.sum(1).clamp(min=1) * weight).sum() / weight.sum()
        loss = (1 - kd_weight) * loss + kd_weight * kd
    elif kd_ids is not None and kd_weight > 0:
        s = F.log_softmax(shift_logits, -1).gather(-1, kd_ids)
        kl = (kd_p * (torch.log(kd_p.clamp(min=1e-12)) - s)).sum(-1)
        scored = (kd_p.sum(-1) > 0).float() * mask
        has = (scored.sum(1) > 0).float() * weight
        if has.sum() > 0:
            kd = ((kl * scored).sum(1) / scored.sum(1).clamp(min=1) * has).sum() / has.sum()
            loss = (1 - kd_weight) * loss + kd_weight * kd
    return loss


def train(samples_path: Path, out: Path, config: TrainConfig, *, student: Path | None = None,
          kd_teacher: Path | None = None, init_adapter: Path | None = None) -> dict:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from transformers import Trainer, TrainingArguments

    from assistant.distill.teachers.local import load_causal_lm

    samples = list(read_jsonl(samples_path))
    if not samples:
        raise DistillError(f"There are no kept samples in {samples_path}.", hint="Run `assistant distill generate` first.")
    samples = oversampled(samples, config.repeat)
    torch.manual_seed(config.seed)
    random.seed(config.seed)
    model, tokenizer = load_causal_lm(student_path(student))
    model.config.use_cache = False
    examples = encode_examples(tokenizer, samples, config.rationale_weight)
    kd_found = _attach_topk(out, examples) if config.kd_topk else None
    if init_adapter is not None:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, str(init_adapter), is_trainable=True)
    elif config.lora_rank > 0:
        from peft import LoraConfig, get_peft_model

        model = get_peft_model(model, lora_config(config, special_ids(tokenizer)))
    teacher = load_causal_lm(kd_teacher)[0] if kd_teacher else None
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id

    class DistillTrainer(Trainer):
        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            weight = inputs.pop("weight")
            labels = inputs.pop("labels")
            kd_ids, kd_p = inputs.pop("kd_ids", None), inputs.pop("kd_p", None)
            outputs = model(**inputs)
            device = outputs.logits.device
            teacher_logits = None
            if teacher is not None:
                with torch.no_grad():
                    teacher.to(device)
                    teacher_logits = teacher(**inputs).logits
            loss = weighted_loss(outputs.logits, labels, weight.to(device), teacher_logits, config.kd_weight,
                                 kd_ids=None if kd_ids is None else kd_ids.to(device),
                                 kd_p=None if kd_p is None else kd_p.to(device))
            return (loss, outputs) if return_outputs else loss

    steps_per_epoch = max(1, -(-len(examples) // config.batch))
    args = TrainingArguments(
        output_dir=str(out / "checkpoints"), per_device_train_batch_size=max(1, config.batch // config.accumulate),
        gradient_accumulation_steps=config.accumulate,
        num_train_epochs=config.epochs, max_steps=config.steps or -1, learning_rate=config.lr,
        lr_scheduler_type="cosine", warmup_steps=max(1, int(0.05 * steps_per_epoch * config.epochs)),
        weight_decay=0.0, logging_steps=max(1, min(10, steps_per_epoch // 2)), save_strategy="steps",
        save_steps=max(1, min(config.save_every, steps_per_epoch)), save_total_limit=2, report_to=[],
        seed=config.seed, remove_unused_columns=False, dataloader_num_workers=0, bf16=config.bf16,
        train_sampling_strategy="group_by_length",   # batches of similar length: little padding
        use_cpu=not torch.cuda.is_available(), disable_tqdm=False)
    trainer = DistillTrainer(model=model, args=args, train_dataset=examples,
                             data_collator=lambda batch: collate(batch, pad_id))
    # weighted_loss is already a mean: the Trainer is to divide it by the accumulation passes itself
    trainer.model_accepts_loss_kwargs = False
    checkpoints = sorted((out / "checkpoints").glob("checkpoint-*"))
    result = trainer.train(resume_from_checkpoint=str(checkpoints[-1]) if checkpoints else None)
    if not trainer.is_world_process_zero():
        return {}
    adapter = out / ("adapter" if config.lora_rank > 0 or init_adapter is not None else "model")
    model.save_pretrained(str(adapter))
    tokenizer.save_pretrained(str(adapter))
    history = [h for h in trainer.state.log_history if "loss" in h]
    runtime = result.metrics.get("train_runtime", 0)
    summary = {"samples": len(samples), "examples": len(examples), "steps": trainer.state.global_step,
               "train_runtime_s": round(runtime, 1),
               "epochs": round(trainer.state.epoch or 0, 3),
               "wall_s_per_epoch": round(runtime / trainer.state.epoch, 1) if trainer.state.epoch else None,
               "final_loss": history[-1]["loss"] if history else None, "config": config.__dict__,
               "student": str(student_path(student).name), "student_path": str(student_path(student).resolve()),
               "kd_teacher": str(kd_teacher.name) if kd_teacher else None,
               "kd_topk_examples": kd_found,
               "init_adapter": str(init_adapter) if init_adapter else None,
               "loss_history": [{"step": h["step"], "loss": h["loss"]} for h in history]}
    (out / "train_summary.json").write_text(json.dumps(summary, indent=2))
    plot_loss(summary["loss_history"], out / "loss.png")
    return summary


def _attach_topk(work: Path, examples: list[dict]) -> int:
    from assistant.distill.topk import attach, load_store

    found = attach(examples, load_store(work))
    if not found:
        raise DistillError(f"No teacher top-k in {work / 'teacher_topk'} matches these training conversations.",
                           hint="Run `assistant distill teacher-topk --work ... --teacher ...` with the same "
                                "student and --rationale-weight first.")
    print(f"logit distillation: the teacher's top-k for {found} of {len(examples)} conversations")
    return found


def plot_loss(history: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.2), dpi=100)
    ax.plot([h["step"] for h in history], [h["loss"] for h in history], marker="o", markersize=3)
    ax.set_xlabel("optimizer step")
    ax.set_ylabel("training loss")
    ax.set_title("Student training loss")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
