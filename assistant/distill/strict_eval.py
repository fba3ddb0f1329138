"""Scoring on the frozen evaluation splits (assets/distill/eval): validation for every choice, test only
reported. Strict: whole-word references, numbers, rubrics, refusals without harmful specifics, small
talk that answers the person, offline requests said so, and every tool call executed (verify.check).

Every model is asked as the app asks it: the app's short system prompt, greedy, earlier turns for a
follow-up, and no skill fast path (the model alone; a call to a look-up skill that finds nothing is answered
again in words, as the app does); with --fast-path, as a user meets the app (a
request the fast path recognises is answered by its skill). A teacher endpoint is asked the same way,
with the tool instructions the student learnt by heart, and never told the category or the reference."""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass, field
from pathlib import Path

from assistant.core.context import model_history
from assistant.distill.data import ASSETS, Prompt, read_jsonl
from assistant.distill.prompting import STUDENT_SYSTEM
from assistant.distill.verify import Sandbox, check
from assistant.llm.chat import Message

SPLITS = ASSETS / "eval"


def load_split(name: str) -> list[Prompt]:
    if name not in ("test", "validation"):
        raise ValueError(f"no split called {name}")
    return [Prompt(**{k: r[k] for k in ("id", "category", "prompt", "expect", "origin")})
            for r in read_jsonl(SPLITS / f"{name}.jsonl")]


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson score interval of k successes in n, in percent."""
    if n == 0:
        return 0.0, 0.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return round(100 * max(0.0, centre - half), 1), round(100 * min(1.0, centre + half), 1)


@dataclass
class Result:
    name: str
    rows: list = field(default_factory=list)

    def counts(self, category: str | None = None) -> tuple[int, int]:
        rows = [r for r in self.rows if category is None or r["category"] == category]
        return sum(r["ok"] for r in rows), len(rows)

    def summary(self) -> dict:
        cats = sorted({r["category"] for r in self.rows})
        out = {}
        for c in cats + [None]:
            k, n = self.counts(c)
            out[c or "overall"] = {"right": k, "of": n, "percent": round(100 * k / n, 1) if n else 0.0,
                                   "ci95": wilson(k, n)}
        tools = [r for r in self.rows if r["expects_tool"]]
        out["tool_calls_executed_right"] = {"right": sum(bool(r["tool_ok"]) for r in tools), "of": len(tools)}
        return out


def _messages(prompt: Prompt) -> tuple[list[Message], str]:
    history = [Message(t["role"], t["content"]) for t in prompt.expect.get("history", [])]
    return history, prompt.prompt


def _row(prompt: Prompt, answer: str, ms: float, sandbox: Sandbox, via: str) -> dict:
    expect = {k: v for k, v in prompt.expect.items() if k != "history"}
    verdict = check(answer, expect, sandbox)
    return {"id": prompt.id, "category": prompt.category, "prompt": prompt.prompt, "answer": answer,
            "ok": verdict.ok, "tool_ok": verdict.tool_ok, "expects_tool": bool(expect.get("tool")),
            "reasons": verdict.reasons, "ms": round(ms, 1), "via": via}


def _fast_path(prompt: Prompt, sandbox: Sandbox) -> str | None:
    """The fast path's answer as the app would give it (a tool call whose speech is what is said)."""
    from assistant.skills import intents, protocol
    from assistant.skills.compound import requests, said_together

    found = requests(prompt.prompt, intents.context_of(prompt.earlier_questions))   # as the app reads a follow-up
    if found is None:
        return None
    if prompt.expect.get("tool") and len(found) == 1:
        return protocol.render(found[0].name, found[0].arguments)  # the call itself is checked
    said = said_together([sandbox.skills.call(i.name, i.arguments).speech for i in found])   # what the user hears
    if sandbox.skills.timers._timers:
        sandbox.skills.timers.cancel("all")
    return said


def score_model(name: str, prompts: list[Prompt], *, fast_path: bool = False, progress=None,
                max_new_tokens: int = 96) -> Result:
    from assistant.llm.answerer import AnswerOptions, Answerer
    from assistant.modelstore.registry import verified_dir
    from assistant.skills import claims, model_call, protocol

    answerer = Answerer(verified_dir(name))
    sandbox = Sandbox()
    result = Result(name + (" + fast path" if fast_path else ""))
    list(answerer.stream(answerer.prompt(STUDENT_SYSTEM, [], "Hi", 768), AnswerOptions(max_new_tokens=2)))
    for prompt in prompts:
        t0 = time.perf_counter()
        answer = _fast_path(prompt, sandbox) if fast_path else None
        via = "fast path" if answer is not None else "model"
        if answer is None:
            history, question = _messages(prompt)
            ids = answerer.prompt(STUDENT_SYSTEM, model_history(question, history), question, 768, max_new_tokens)
            answer = "".join(answerer.stream(ids, AnswerOptions(max_new_tokens=max_new_tokens))).strip()
            call = model_call.handle(sandbox.skills, answer, question, act=False)   # (the scoring runs the call)
            if call is not None and call.in_words:   # as the app does: the model answers in its own words
                answer = "".join(answerer.stream(ids, answerer.in_words(AnswerOptions(max_new_tokens=max_new_tokens)))).strip()
            if call is None or call.in_words:   # as the app does: an action claimed that no skill took is not said
                answer = answer if protocol.may_be_call(answer) else claims.checked(question, answer)
        result.rows.append(_row(prompt, answer, 1000 * (time.perf_counter() - t0), sandbox, via))
        if progress:
            progress(1)
    return result


def score_endpoint(url: str, model: str, prompts: list[Prompt], *, concurrency: int = 8, progress=None,
                   label: str = "") -> Result:
    """A teacher behind an OpenAI-compatible endpoint, asked as the student is (plus the tool list)."""
    from assistant.distill.teachers.base import Request
    from assistant.distill.teachers.openai_compat import OpenAITeacher
    from assistant.skills import protocol

    sandbox = Sandbox()
    system = STUDENT_SYSTEM + "\n\n" + protocol.tools_prompt(sandbox.schemas())
    teacher = OpenAITeacher(url, model, concurrency=concurrency, timeout_s=600)
    requests = []
    for p in prompts:
        history, question = _messages(p)
        requests.append(Request(tuple([Message("system", system), *history, Message("user", question)]), 0.0, 96, 0))
    t0 = time.perf_counter()
    answers = teacher.complete(requests, progress=progress)
    ms = 1000 * (time.perf_counter() - t0) / max(1, len(prompts))
    result = Result(label or f"teacher {model}")
    for p, answer in zip(prompts, answers):
        result.rows.append(_row(p, answer.strip(), ms, sandbox, "model"))
    return result


def write_report(results: list[Result], out: Path, split: str) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    cats = sorted({r["category"] for res in results for r in res.rows})
    n = len(results[0].rows) if results else 0
    lines = [f"# Scores on the {split} split", "",
             f"{n} requests, {len(cats)} categories; written {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. "
             + ("The test split is only reported: nothing was chosen by it." if split == "test" else
                "The validation split is the one every choice is made on."), "",
             "Each cell: right / asked, percent, and the 95 % Wilson interval.", "",
             "| category | " + " | ".join(r.name for r in results) + " |", "|---" * (len(results) + 1) + "|"]
    summaries = [r.summary() for r in results]
    for c in cats + ["overall"]:
        cells = []
        for s in summaries:
            v = s[c]
            cells.append(f"{v['right']}/{v['of']} {v['percent']:.0f} % ({v['ci95'][0]:.0f}-{v['ci95'][1]:.0f})")
        lines.append(f"| {'**overall**' if c == 'overall' else c} | " + " | ".join(cells) + " |")
    lines.append("| tool calls executed right | " + " | ".join(
        f"{s['tool_calls_executed_right']['right']}/{s['tool_calls_executed_right']['of']}" for s in summaries) + " |")
    (out / f"{split}.md").write_text("\n".join(lines) + "\n")
    (out / f"{split}.json").write_text(json.dumps({"split": split, "summaries": {r.name: s for r, s in zip(results, summaries)},
                                                   "rows": {r.name: r.rows for r in results}}, indent=1, ensure_ascii=False))
    return out / f"{split}.md"


def rescore(report_json: Path, out: Path) -> Path:
    """Score the stored answers of an earlier run again with the current checks (answers are greedy, so
    asking again would give the same words); the report is rewritten beside it."""
    data = json.loads(report_json.read_text())
    split = data["split"]
    prompts = {p.id: p for p in load_split(split)}
    sandbox = Sandbox()
    results = []
    for name, rows in data["rows"].items():
        result = Result(name)
        for row in rows:
            result.rows.append(_row(prompts[row["id"]], row["answer"], row["ms"], sandbox, row.get("via", "model")))
        results.append(result)
    return write_report(results, out, split)
