"""A public benchmark obtainable offline, scored as strictly as the frozen splits: BIG-bench's
`general_knowledge` (70 questions, Apache-2.0), asked as open questions the way the app asks (short
system prompt, greedy, the model alone). An answer is right when it names the correct choice as a whole
word (numbers as numbers) and none of the wrong ones. A tool call is executed and its sentence scored, as
on the frozen splits (since session 10; before, the call's text was scored and could not be right).

The task file comes from the `bigbench` 1.0.0 sdist on PyPI (358 MB; its bleurt URL dependency stops a
plain download, so: `TMPDIR=build/bigbench/tmp pip download --no-deps --no-clean --no-binary :all:
bigbench==1.0.0 -d build/bigbench`, then find benchmark_tasks/general_knowledge/task.json). Not committed.

    .venv/bin/python -m bench.public --task build/bigbench/gk.json --models smollm2-135m-assistant \\
        [--teacher-url http://127.0.0.1:8081/v1 --teacher-model NAME]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def right(answer: str, target_scores: dict) -> bool:
    from assistant.distill.verify import has_phrase, numbers_in
    from assistant.skills.numbers import normalize_numbers

    def said(choice: str) -> bool:
        number = normalize_numbers(choice.lower()).strip()
        if number.replace(".", "", 1).isdigit():
            return float(number) in numbers_in(answer)
        return has_phrase(answer, choice)
    good = [c for c, s in target_scores.items() if s]
    bad = [c for c, s in target_scores.items() if not s]
    return any(said(c) for c in good) and not any(said(c) for c in bad)


def spoken(answer: str) -> str:
    """What the user hears: a tool call is executed as the app executes it (the skill's sentence, or its
    polite error), as the frozen splits score it; a plain answer as it is."""
    from assistant.distill.verify import Sandbox
    from assistant.skills import protocol

    try:
        call = protocol.parse(answer)
    except protocol.ToolCallError:
        return "I couldn't use that tool."
    return answer if call is None else Sandbox().run(call.name, call.arguments).speech


def main() -> int:
    from assistant.distill.data import Prompt
    from assistant.distill.strict_eval import wilson

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--task", type=Path, required=True)
    parser.add_argument("--models", nargs="*", default=[])
    parser.add_argument("--teacher-url")
    parser.add_argument("--teacher-model")
    parser.add_argument("--out", type=Path, default=Path("bench/results/public-general-knowledge.json"))
    args = parser.parse_args()
    examples = json.loads(args.task.read_text())["examples"]
    prompts = [Prompt(f"gk-{i:03d}", "facts", e["input"], {}) for i, e in enumerate(examples)]
    answers: dict[str, list[str]] = {}
    for name in args.models:
        from bench.skills import _model_answers

        answer = _model_answers(name)   # the app's short prompt, greedy, 64 tokens, the model alone
        answers[name] = [answer(p.prompt).strip() for p in prompts]
    if args.teacher_url:
        from assistant.distill.strict_eval import score_endpoint

        result = score_endpoint(args.teacher_url, args.teacher_model, prompts, concurrency=4)
        answers[f"teacher {args.teacher_model}"] = [r["answer"] for r in result.rows]
    said_by = {name: [spoken(a) for a in said] for name, said in answers.items()}
    report = {}
    for name, said in said_by.items():
        k = sum(right(a, e["target_scores"]) for a, e in zip(said, examples))
        report[name] = {"right": k, "of": len(examples), "percent": round(100 * k / len(examples), 1),
                        "ci95": wilson(k, len(examples)),
                        "rows": [{"q": e["input"], "answer": raw, "heard": a, "ok": right(a, e["target_scores"])}
                                 for raw, a, e in zip(answers[name], said, examples)]}
        print(f"{name}: {k}/{len(examples)} = {100 * k / len(examples):.0f} % (95 % CI {wilson(k, len(examples))})")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
