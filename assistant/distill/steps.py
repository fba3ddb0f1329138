"""The pipeline's steps as the command line runs them; each reads and writes files in --work."""

from __future__ import annotations

import json
import time
from pathlib import Path

from assistant.distill.data import CATEGORIES, DEV_SET, SEED_PROMPTS, load_prompts, read_jsonl, write_jsonl
from assistant.errors import DistillError
from assistant.modelstore.progress import TqdmProgress


class _Counter:
    """A progress bar fed increments (`tick(n)`), closed when the block ends."""

    def __init__(self, stage: str, total: int) -> None:
        self.stage, self.total, self.done = stage, total, 0
        self.bar = TqdmProgress()

    def __enter__(self):
        return self

    def __call__(self, n: int) -> None:
        self.done += n
        self.bar(self.stage, self.done, self.total)

    def __exit__(self, *exc) -> None:
        self.bar.close()


def _prompts(args) -> list:
    prompts = load_prompts(args.prompts or SEED_PROMPTS)
    if getattr(args, "limit", 0):
        prompts = prompts[: args.limit]
    expanded = args.work / "expanded.jsonl"
    if expanded.exists():
        prompts += load_prompts(expanded)
    return prompts


def _teacher(args):
    from assistant.distill.teachers.factory import make_teacher

    args.work.mkdir(parents=True, exist_ok=True)
    return make_teacher(args, args.work / "teacher-cache.sqlite")


def expand(args, teacher=None) -> int:
    from assistant.distill.expand import expand as run_expand
    from assistant.distill.teachers.assembled import expectation
    from assistant.distill.verify import check

    teacher = teacher or _teacher(args)
    out = args.work / "expanded.jsonl"
    if out.exists():
        print(f"{out} exists: expansion already done (delete it to expand again).")
        return 0
    seeds = load_prompts(args.prompts or SEED_PROMPTS)
    dev = [p.prompt for p in load_prompts(DEV_SET)]

    def accept(prompt) -> bool:
        # Tool and offline requests are kept only when the skill planner recognises them, so their
        # labels can be checked; the other categories are judged later by the answers' verifiers.
        if prompt.category not in ("skills", "arithmetic_units", "offline"):
            return True
        planned = teacher.planned(prompt)
        return planned is not None and check(planned.answer, expectation(prompt), teacher.sandbox).ok

    rounds = 12
    with _Counter("Expanding prompts (teacher rounds)", rounds * 6) as tick:
        new = run_expand(teacher.lm, seeds, dev, per_category=args.expand_per_category, rounds=rounds,
                         progress=tick, accept=accept)
    write_jsonl(out, new)
    print(f"{len(new)} new prompts -> {out}")
    return 0


def generate(args, teacher=None) -> int:
    from assistant.distill.generate import generate as run_generate

    teacher = teacher or _teacher(args)
    prompts = _prompts(args)
    bar = TqdmProgress()
    stats = run_generate(teacher, prompts, args.work, progress=bar)
    bar.close()
    kept = list(read_jsonl(args.work / "samples.jsonl"))
    write_card(args.work, teacher.describe(), kept)
    print(json.dumps(stats))
    return 0


def write_card(work: Path, teacher: dict, kept: list[dict]) -> None:
    """The dataset card: what was kept, from which teacher and settings, when."""
    by_category: dict[str, int] = {}
    by_source: dict[str, int] = {}
    for s in kept:
        by_category[s["category"]] = by_category.get(s["category"], 0) + 1
        source = "planner" if s["provenance"]["source"] == "planner" else "model"
        by_source[source] = by_source.get(source, 0) + 1
    rejected = sum(1 for _ in read_jsonl(work / "rejected.jsonl"))
    lines = ["# Dataset card", "", f"Written {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.", "",
             "## Teacher", "", "```json", json.dumps(teacher, indent=2), "```", "",
             "## Contents", "", f"{len(kept)} samples kept, {rejected} prompts rejected (no candidate passed the verifiers).", "",
             "| category | kept |", "|---|---|"]
    lines += [f"| {c} | {n} |" for c, n in sorted(by_category.items())]
    lines += ["", "Chosen candidate came from: " + ", ".join(f"{k} {v}" for k, v in sorted(by_source.items())), "",
              "Each line of samples.jsonl records its provenance: teacher, candidate source, origin of the prompt "
              "(seed or self-instruct expansion), number of candidates, time and the teacher's settings. "
              "Verifiers: tool calls parsed, validated against the skill schemas and executed in a sandbox; "
              "reference answers where the prompt has one; the offline notice and refusals by category; "
              "spoken style (at most 60 words, no markdown, lists, links or code); self-consistency "
              "(two candidates agree) for facts and tool calls without a reference; near-duplicate prompts dropped."]
    (work / "DATASET_CARD.md").write_text("\n".join(lines) + "\n")


def _repeats(pairs: list[str]) -> dict[str, int]:
    out = {}
    for pair in pairs:
        category, _, n = pair.partition("=")
        if category not in CATEGORIES or not n.isdigit() or int(n) < 1:
            raise DistillError(f"--repeat {pair} is not CATEGORY=N.", hint="For example: --repeat refusal=3 units_words=2")
        out[category] = int(n)
    return out


def train(args) -> int:
    from assistant.distill.train import TrainConfig, train as run_train

    config = TrainConfig(epochs=args.epochs, steps=args.steps, lr=args.lr, batch=args.batch, lora_rank=args.lora_rank,
                         rationale_weight=args.rationale_weight, kd_weight=args.kd_weight,
                         kd_topk=getattr(args, "kd_topk", False),
                         bf16=args.bf16, save_every=args.save_every, accumulate=args.accumulate,
                         train_output_layer=args.train_output_layer,
                         train_special_rows=getattr(args, "train_special_rows", False),
                         repeat=_repeats(getattr(args, "repeat", [])))
    summary = run_train(args.work / "samples.jsonl", args.work, config, student=args.student, kd_teacher=args.kd_teacher,
                        init_adapter=getattr(args, "init_adapter", None))
    if summary:
        print(f"trained: {summary['steps']} steps in {summary['train_runtime_s']} s, final loss {summary['final_loss']}; "
              f"loss curve {args.work / 'loss.png'}")
    return 0


def teacher_topk(args) -> int:
    from assistant.distill.topk import score

    bar = TqdmProgress()
    start = time.monotonic()
    stats = score(args.work, args.teacher, args.student, k=args.top_k, batch=args.batch, limit=args.limit,
                  rationale_weight=args.rationale_weight,
                  progress=lambda done, total: bar("teacher top-k", done, total))
    bar.close()
    print(f"teacher top-k: {stats['scored_now']} conversations scored now in {time.monotonic() - start:.0f} s, "
          f"{stats['scored_before']} before, of {stats['conversations']}; stored in {args.work / 'teacher_topk'}")
    return 0


def route(args) -> int:
    """Unit questions and word problems as verified tool calls (assistant/distill/routes.py); the
    samples as the teacher wrote them are kept in samples.as_written.jsonl."""
    import shutil

    from assistant.distill.routes import route_all

    path = args.work / "samples.jsonl"
    original = args.work / "samples.as_written.jsonl"
    if not original.exists():
        shutil.copyfile(path, original)
    prompts = {p.id: p for p in load_prompts(args.prompts)}
    routed, counts = route_all(list(read_jsonl(original)), prompts)
    write_jsonl(path, routed)
    print(json.dumps(counts))
    return 0


def export(args) -> int:
    from assistant.distill.export import export as run_export

    bar = TqdmProgress()
    folder = run_export(args.work, args.name, student=args.student, parity_prompts=args.parity_prompts, progress=bar)
    bar.close()
    from assistant.modelstore.manifest import Manifest

    parity = Manifest.load(folder).details.get("parity", {})
    print(f"installed {folder}; parity: {json.dumps(parity)}. Use it with "
          f"`assistant ask --text ... ` after setting lm_model to {args.name!r} in the settings.")
    return 0


def eval(args) -> int:
    if getattr(args, "split", None):
        return _eval_split(args)
    from assistant.distill.evaluate import score_model, score_teacher, write_report

    prompts = load_prompts(args.dev or DEV_SET)
    if args.limit:
        prompts = prompts[:: max(1, len(prompts) // args.limit)][: args.limit]
    results = []
    for name in args.models:
        with _Counter(f"Scoring {name}", len(prompts)) as tick:
            results.append(score_model(name, prompts, progress=tick))
    if args.teacher_config:
        teacher = _teacher(args)
        with _Counter("Scoring the teacher", len(prompts)) as tick:
            results.append(score_teacher(teacher, prompts, progress=tick))
    report = write_report(results, args.work)
    print(report.read_text())
    return 0


def _eval_split(args) -> int:
    """The frozen splits with strict scoring: `--split validation` for choices, `--split test` to report."""
    from assistant.distill import strict_eval

    prompts = strict_eval.load_split(args.split)
    if args.limit:
        prompts = prompts[:: max(1, len(prompts) // args.limit)][: args.limit]
    results = []
    for name in args.models:
        with _Counter(f"Scoring {name}", len(prompts)) as tick:
            results.append(strict_eval.score_model(name, prompts, progress=tick))
        if args.fast_path:
            with _Counter(f"Scoring {name} with the fast path", len(prompts)) as tick:
                results.append(strict_eval.score_model(name, prompts, fast_path=True, progress=tick))
    if args.teacher_url:
        with _Counter("Scoring the teacher", len(prompts)) as tick:
            results.append(strict_eval.score_endpoint(args.teacher_url, args.teacher_model, prompts,
                                                      concurrency=args.concurrency, progress=tick))
    report = strict_eval.write_report(results, args.work, args.split)
    print(report.read_text())
    return 0


def run(args) -> int:
    """Every step, each skipped when its output is already there (so a rerun resumes)."""
    teacher = _teacher(args)
    if args.expand_per_category and not (args.work / "expanded.jsonl").exists():
        expand(args, teacher)
    generate(args, teacher)
    if not (args.work / "adapter").exists() and not (args.work / "model").exists():
        train(args)
    export(args)
    return 0


def ship(args) -> int:
    """Copy a run's small outputs into the repository as the app's default student: the adapter as
    trained (fp32: the exact weights whose build passed parity at export; an fp16 copy of the second
    student, merged, agreed with its int8 build on the first token of only 16 of 20 prompts instead
    of 19, below the threshold), the data, the cards and the report."""
    import shutil

    from assistant.distill.data import STUDENT

    adapter = args.work / "adapter"
    if not (adapter / "adapter_config.json").exists():
        from assistant.errors import DistillError

        raise DistillError(f"There is no LoRA adapter in {args.work}.", hint="Run `assistant distill train` first.")
    target = STUDENT / "adapter"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    shutil.copyfile(adapter / "adapter_config.json", target / "adapter_config.json")
    shutil.copyfile(adapter / "adapter_model.safetensors", target / "adapter_model.safetensors")
    for name in ("samples.jsonl", "rejected.jsonl", "expanded.jsonl", "DATASET_CARD.md", "train_summary.json",
                 "loss.png", "report.md", "report.png", "report.json"):
        if (args.work / name).exists():
            shutil.copyfile(args.work / name, STUDENT / name)
    from assistant.distill.export import write_model_card
    from assistant.modelstore.manifest import sha256_file

    size = (target / "adapter_model.safetensors").stat().st_size / 1e6
    write_model_card(args.work, "smollm2-135m-assistant",
                     {"adapter_sha256": sha256_file(target / "adapter_model.safetensors"), "adapter_mb": round(size, 2),
                      "adapter_dtype": "float32"}, STUDENT / "MODEL_CARD.md")
    print(f"shipped to {STUDENT} (adapter {size:.1f} MB); `assistant models install --force` rebuilds the default model")
    return 0
