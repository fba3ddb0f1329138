"""Score answer models (and the assembled teacher) on the development set, per category, with
latency; write a Markdown report with a chart.

The models are scored as the app runs them: the app's short system prompt, greedy, no skill fast
path (the model alone). The teacher configuration is the one that wrote the training data: the long
expert prompt with its category's guidance, several samples, the skill planner and the verifiers,
which see only what the category implies (offline, refuse), never the development references."""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from assistant.distill.data import CATEGORIES, Prompt
from assistant.distill.prompting import STUDENT_SYSTEM
from assistant.distill.verify import Sandbox, check


@dataclass
class Scores:
    name: str
    rows: list = field(default_factory=list)   # one dict per prompt

    def category(self, cat: str) -> float:
        rows = [r for r in self.rows if r["category"] == cat]
        return 100 * sum(r["ok"] for r in rows) / len(rows) if rows else 0.0

    @property
    def overall(self) -> float:
        cats = [c for c in CATEGORIES if any(r["category"] == c for r in self.rows)]
        return sum(self.category(c) for c in cats) / len(cats) if cats else 0.0

    @property
    def tool_accuracy(self) -> float:
        rows = [r for r in self.rows if r["expects_tool"]]
        return 100 * sum(bool(r["tool_ok"]) for r in rows) / len(rows) if rows else 0.0

    @property
    def style(self) -> float:
        return 100 * sum(r["style_ok"] for r in self.rows) / len(self.rows) if self.rows else 0.0

    @property
    def latency_ms(self) -> float:
        return statistics.median(r["ms"] for r in self.rows) if self.rows else 0.0

    def summary(self) -> dict:
        return {"name": self.name, "overall": round(self.overall, 1), "tool_call_accuracy": round(self.tool_accuracy, 1),
                "spoken_style": round(self.style, 1), "median_latency_ms": round(self.latency_ms, 1),
                "categories": {c: round(self.category(c), 1) for c in CATEGORIES}}


def _row(prompt: Prompt, answer: str, ms: float, sandbox: Sandbox) -> dict:
    verdict = check(answer, prompt.expect, sandbox)
    return {"id": prompt.id, "category": prompt.category, "prompt": prompt.prompt, "answer": answer,
            "ok": verdict.ok, "style_ok": verdict.style_ok, "tool_ok": verdict.tool_ok,
            "expects_tool": bool(prompt.expect.get("tool")), "reasons": verdict.reasons, "ms": round(ms, 1)}


def score_model(name: str, prompts: list[Prompt], progress=None, max_new_tokens: int = 96) -> Scores:
    from assistant.llm.answerer import AnswerOptions, Answerer
    from assistant.modelstore.registry import verified_dir

    answerer = Answerer(verified_dir(name))
    sandbox = Sandbox()
    scores = Scores(name)
    list(answerer.stream(answerer.prompt(STUDENT_SYSTEM, [], "Hi", 768), AnswerOptions(max_new_tokens=2)))  # warm
    for prompt in prompts:
        t0 = time.perf_counter()
        ids = answerer.prompt(STUDENT_SYSTEM, [], prompt.prompt, 768)
        answer = "".join(answerer.stream(ids, AnswerOptions(max_new_tokens=max_new_tokens))).strip()
        scores.rows.append(_row(prompt, answer, 1000 * (time.perf_counter() - t0), sandbox))
        if progress:
            progress(1)
    return scores


def score_teacher(teacher, prompts: list[Prompt], progress=None) -> Scores:
    sandbox = Sandbox()
    scores = Scores(f"teacher: {teacher.name}")
    for prompt in prompts:
        blind = replace(prompt, expect={})   # the teacher's verifiers never see the reference
        t0 = time.perf_counter()
        best = teacher.planned(blind)
        if best is None:
            candidates = teacher.candidates(blind, teacher.lm.complete(teacher.requests(blind)))
            best = teacher.choose(blind, candidates) or _fallback(candidates)
        answer = best.answer if best else ""
        scores.rows.append(_row(prompt, answer, 1000 * (time.perf_counter() - t0), sandbox))
        if progress:
            progress(1)
    return scores


def _fallback(candidates):
    """No candidate passed: the teacher still has to say something; its greedy answer."""
    return next((c for c in candidates if c.source == "greedy"), candidates[0] if candidates else None)


def write_report(results: list[Scores], out: Path, note: str = "") -> Path:
    out.mkdir(parents=True, exist_ok=True)
    chart = out / "report.png"
    _chart(results, chart)
    cats = list(CATEGORIES)
    lines = ["# Distillation report", "", f"Development set: {len(results[0].rows) if results else 0} requests, "
             f"{len(cats)} categories; written {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.", ""]
    if note:
        lines += [note, ""]
    lines += ["| model | overall | " + " | ".join(cats) + " | tool calls | spoken style | median latency |",
              "|---" * (len(cats) + 5) + "|"]
    for r in results:
        lines.append(f"| {r.name} | **{r.overall:.1f}** | " + " | ".join(f"{r.category(c):.0f}" for c in cats)
                     + f" | {r.tool_accuracy:.0f} % | {r.style:.0f} % | {r.latency_ms:.0f} ms |")
    lines += ["", f"![scores by category]({chart.name})", "",
              "Scores are the share of requests answered right (per category; overall is their mean). "
              "Tool calls: the right skill with arguments whose executed result matches the reference. "
              "Spoken style: at most 60 words, no markdown, lists, links or code.", ""]
    (out / "report.md").write_text("\n".join(lines))
    (out / "report.json").write_text(json.dumps({"models": [r.summary() for r in results],
                                                 "rows": {r.name: r.rows for r in results}}, indent=1))
    return out / "report.md"


def _chart(results: list[Scores], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    cats = list(CATEGORIES) + ["overall"]
    fig, ax = plt.subplots(figsize=(9, 3.6), dpi=100)
    width = 0.8 / max(1, len(results))
    for i, r in enumerate(results):
        values = [r.category(c) for c in CATEGORIES] + [r.overall]
        ax.bar([x + i * width for x in range(len(cats))], values, width, label=r.name)
    ax.set_xticks([x + width * (len(results) - 1) / 2 for x in range(len(cats))])
    ax.set_xticklabels([c.replace("_", "\n") for c in cats], fontsize=8)
    ax.set_ylabel("% right")
    ax.set_ylim(0, 100)
    ax.legend(fontsize=7)
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
