"""`assistant distill ...`: the distillation pipeline, step by step or all at once.

    assistant distill run      --work DIR [teacher options]   # every step below, resumable
    assistant distill expand   --work DIR ...                 # self-instruct: more prompts per category
    assistant distill generate --work DIR ...                 # teacher answers, verified and filtered
    assistant distill teacher-topk --work DIR --teacher GGUF  # a same-tokenizer teacher's top-k, for --kd-topk
    assistant distill train    --work DIR [--steps N]         # LoRA (or full) fine-tuning, loss curve
    assistant distill export   --work DIR --name NAME         # merge, ONNX, int8, parity, install
    assistant distill eval     --work DIR --models A B ...    # development-set report with a chart
    assistant distill ship     --work DIR                     # make a run's student the app's default
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assistant.errors import AssistantError


def parser() -> argparse.ArgumentParser:
    from assistant.distill.teachers.factory import add_teacher_arguments

    p = argparse.ArgumentParser(prog="assistant distill", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="step", required=True)

    def step(name: str, help: str, teacher: bool = False) -> argparse.ArgumentParser:
        s = sub.add_parser(name, help=help)
        s.add_argument("--work", type=Path, required=True, help="the run's folder (created; reruns resume)")
        if teacher:
            add_teacher_arguments(s)
        return s

    for name, help in (("expand", "expand the seed prompts with the teacher"),
                       ("generate", "ask the teacher, verify and keep the best answers"),
                       ("run", "expand, generate, train, export and evaluate")):
        s = step(name, help, teacher=True)
        s.add_argument("--prompts", type=Path, help="seed prompts (JSON Lines; default: the repository's seed set)")
        s.add_argument("--limit", type=int, default=0, help="use only the first N seed prompts (quick runs)")
        s.add_argument("--expand-per-category", type=int, default=0, help="new prompts per category (0: none)")
        if name == "run":
            _train_arguments(s)
            _export_arguments(s)
    _train_arguments(step("train", "fine-tune the student on the kept samples"))
    k = step("teacher-topk", "score the training conversations once with a same-tokenizer teacher (logit distillation)")
    _student_argument(k)
    k.add_argument("--teacher", type=Path, required=True,
                   help="a local .gguf or model folder sharing the student's tokenizer (e.g. the 1.5B Qwen's model.gguf)")
    k.add_argument("--top-k", type=int, default=16, help="tokens kept per reply position")
    k.add_argument("--batch", type=int, default=8, help="conversations per forward pass")
    k.add_argument("--limit", type=int, default=0, help="score only the first N conversations (0: all)")
    k.add_argument("--rationale-weight", type=float, default=0.0, help="as the training run will use it")
    _export_arguments(step("export", "merge, convert to ONNX, quantize, check parity and install"))
    step("ship", "copy a run's adapter (fp16), data, cards and report into assets/distill/student")
    r = step("route", "rewrite unit questions and word problems in WORK/samples.jsonl as verified tool calls")
    r.add_argument("--prompts", type=Path, required=True, help="the requests the samples answer (their expectations)")
    t = sub.add_parser("serve-teacher", help="serve a GGUF teacher on loopback with llama.cpp's server (built once)")
    t.add_argument("--model", default="qwen2.5-coder-1.5b-instruct",
                   help="a teacher installed by `assistant models install --with NAME`")
    t.add_argument("--port", type=int, default=8081)
    t.add_argument("--parallel", type=int, default=8, help="requests answered side by side")
    t.add_argument("--context", type=int, default=2048, help="tokens per request")
    t.add_argument("--threads", type=int, default=0)
    e = step("eval", "score models on the frozen splits (--split) or the old development set")
    e.add_argument("--models", nargs="+", required=True, help="installed ONNX models to compare")
    e.add_argument("--teacher-config", action="store_true", help="also score the assembled teacher")
    e.add_argument("--dev", type=Path, help="development set (default: the repository's)")
    e.add_argument("--limit", type=int, default=0)
    e.add_argument("--split", choices=("validation", "test"),
                   help="a frozen split with strict scoring (assets/distill/eval); test is only ever reported")
    e.add_argument("--fast-path", action="store_true", help="with --split: also score each model as a user meets it")
    add_teacher_arguments(e)
    return p


def _student_argument(s) -> None:
    if not any("--student" in a.option_strings for a in s._actions):
        s.add_argument("--student", type=Path, help="a local causal LM folder or .gguf (default: the bundled SmolLM2 GGUF)")


def _train_arguments(s) -> None:
    _student_argument(s)
    s.add_argument("--epochs", type=float, default=3.0)
    s.add_argument("--steps", type=int, default=0, help="stop after N optimizer steps (0: epochs decide)")
    s.add_argument("--lr", type=float, default=2e-4)
    s.add_argument("--batch", type=int, default=8)
    s.add_argument("--accumulate", type=int, default=1,
                   help="gradient accumulation: each step's batch in N passes (less memory, same step)")
    s.add_argument("--train-output-layer", action="store_true",
                   help="also train the output layer whole (new tokens whose output rows are alike, e.g. <tool_call>)")
    s.add_argument("--train-special-rows", action="store_true",
                   help="also train the added tokens' rows of the embedding and output layer (cheaper than the whole layer)")
    s.add_argument("--lora-rank", type=int, default=16, help="0: full fine-tuning")
    s.add_argument("--rationale-weight", type=float, default=0.5, help="share of the rationale task (step-by-step)")
    s.add_argument("--kd-teacher", type=Path, help="a same-tokenizer local model for logit distillation (forward KL)")
    s.add_argument("--kd-topk", action="store_true",
                   help="logit distillation from WORK/teacher_topk (scored once by `distill teacher-topk`)")
    s.add_argument("--kd-weight", type=float, default=0.5)
    s.add_argument("--bf16", action="store_true", help="bf16 autocast (fp32 master weights; faster where the CPU has bf16)")
    s.add_argument("--save-every", type=int, default=50, help="optimizer steps between checkpoints")
    s.add_argument("--init-adapter", type=Path, help="go on training this LoRA adapter (a second stage)")
    s.add_argument("--repeat", nargs="*", default=[], metavar="CATEGORY=N",
                   help="see each sample of CATEGORY N times (oversampling, e.g. refusal=3)")


def _export_arguments(s) -> None:
    _student_argument(s)
    s.add_argument("--name", default="smollm2-135m-distilled", help="the installed model's name under models/")
    s.add_argument("--parity-prompts", type=int, default=20, help="parity prompts at export (default 20)")


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    try:
        if args.step == "serve-teacher":
            from assistant.distill.serve import serve

            return serve(args.model, args.port, args.parallel, args.context, args.threads)
        from assistant.distill import steps

        return getattr(steps, args.step.replace("-", "_"))(args)
    except KeyboardInterrupt:
        print("Stopped. Everything finished so far is kept; run the same command again to resume.", file=sys.stderr)
        return 130
    except AssistantError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
