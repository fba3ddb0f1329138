"""Export a trained student: merge the LoRA adapter, then the app's own conversion (onnxruntime-genai
builder, int8), the same parity check as the default model's build, a model card, and install
under models/<name>, where `assistant models status` and the settings list it."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

from assistant.errors import DistillError
from assistant.modelstore.manifest import sha256_file
from assistant.modelstore.progress import Progress, silent
from assistant.modelstore.registry import check_model_name, model_dir


def export(work: Path, name: str, *, student: Path | None = None, parity_prompts: int = 20,
           progress: Progress = silent, cancel=None) -> Path:
    from assistant.distill.teachers.local import load_causal_lm
    from assistant.distill.train import student_path
    from assistant.modelstore.lm_build import build_onnx, merge_adapter

    check_model_name(name)  # before anything is loaded: '', '.', '..' once replaced the models folder itself
    adapter, full = work / "adapter", work / "model"
    trained_on = _summary(work).get("student_path")
    if student is None and trained_on:
        student = Path(trained_on)   # the model this adapter was trained on
    if (adapter / "adapter_config.json").exists():
        model, tokenizer = load_causal_lm(student_path(student))
        try:
            model = merge_adapter(model, adapter)
        except RuntimeError as exc:   # peft: size mismatch, another base model
            raise DistillError(f"The adapter in {adapter} does not fit {student_path(student).name}: it was trained "
                               "on another model.", hint="Pass --student with the model it was trained on.") from exc
        delta = {"adapter_sha256": sha256_file(adapter / "adapter_model.safetensors"),
                 "adapter_mb": round((adapter / "adapter_model.safetensors").stat().st_size / 1e6, 2)}
    elif (full / "config.json").exists():
        model, tokenizer = load_causal_lm(full)
        delta = {"full_fine_tune": True}
    else:
        raise DistillError(f"There is no trained student in {work}.", hint="Run `assistant distill train` first.")
    build = model_dir(name).with_name(name + ".build")
    shutil.rmtree(build, ignore_errors=True)
    (build / "hf").mkdir(parents=True)
    model.save_pretrained(str(build / "hf"))
    tokenizer.save_pretrained(str(build / "hf"))
    card = work / "MODEL_CARD.md"
    write_model_card(work, name, delta, card)
    source = {"student": student_path(student).name, "distilled_in": str(work), **delta}
    details = {"recipe": "assistant distill: " + json.dumps(_summary(work).get("config", {}))}
    return build_onnx(name, model, tokenizer, build, source, details, progress, cancel,
                      parity_prompts=parity_prompts, card=card)


def _summary(work: Path) -> dict:
    path = work / "train_summary.json"
    return json.loads(path.read_text()) if path.exists() else {}


def write_model_card(work: Path, name: str, delta: dict, card: Path) -> None:
    summary = _summary(work)
    dataset = (work / "DATASET_CARD.md").read_text() if (work / "DATASET_CARD.md").exists() else "(no dataset card)"
    report = (work / "report.md").read_text() if (work / "report.md").exists() else "Not evaluated yet: run `assistant distill eval`."
    lines = [f"# Model card: {name}", "", f"Exported {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} by `assistant distill export`.", "",
             "## Recipe", "", f"- student: {summary.get('student', '?')}",
             f"- training: {json.dumps(summary.get('config', {}))}",
             f"- {summary.get('samples', '?')} kept samples -> {summary.get('examples', '?')} training conversations "
             f"(answer task + rationale task), {summary.get('steps', '?')} optimizer steps, "
             f"{summary.get('train_runtime_s', '?')} s, final loss {summary.get('final_loss', '?')}",
             f"- delta: {json.dumps(delta)}", "- conversion: merged, onnxruntime-genai builder int8, parity-checked "
             "against the merged fp32 model (figures in manifest.json)", "",
             "## Data", "", dataset.replace("# Dataset card", "").strip(), "", "## Scores", "",
             report.replace("# Distillation report", "").strip(), ""]
    card.write_text("\n".join(lines))
