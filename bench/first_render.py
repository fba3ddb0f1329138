"""Does pausing the answer while its first sentence renders bring the first audio sooner? (issue 16)

Typed questions (nothing computed ahead), the neural voice rendering without a sound device, so the
figure is question -> first sentence's audio ready. The two arms alternate question by question, so
a busy moment of the machine hits both alike; medians per arm and per question.

    .venv/bin/python -m bench.first_render [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import assistant.core.assistant as core
from assistant.core.assistant import Assistant
from assistant.settings import Settings
from bench.run import QUESTIONS

ROOT = Path(__file__).resolve().parent
ARMS = {"pause": 1.0, "no_pause": 0.0}   # FIRST_RENDER_WAIT_S


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    assistant = Assistant(Settings(), play=False, keep_audio=True)
    assistant.preload(asr=False)
    for q in QUESTIONS:   # warm: every prompt's first run pays one-off costs
        assistant.clear_history()
        assistant.ask_text(q)
    times: dict[str, dict[str, list[float]]] = {arm: {q: [] for q in QUESTIONS} for arm in ARMS}
    for r in range(args.rounds):
        for i, q in enumerate(QUESTIONS):
            order = list(ARMS) if (r + i) % 2 == 0 else list(reversed(ARMS))
            for arm in order:
                core.FIRST_RENDER_WAIT_S = ARMS[arm]
                assistant.clear_history()
                result = assistant.ask_text(q)
                times[arm][q].append(result.timings_ms["first_audio"])
    report = {"rounds": args.rounds, "questions": QUESTIONS,
              "median_ms": {arm: round(statistics.median(v for q in QUESTIONS for v in times[arm][q]), 1) for arm in ARMS},
              "per_question_median_ms": {arm: {q: round(statistics.median(times[arm][q]), 1) for q in QUESTIONS}
                                         for arm in ARMS}}
    print(json.dumps(report, indent=1))
    out = ROOT / "results" / f"first-render-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({**report, "times_ms": times}, indent=1))
    print(f"written: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
