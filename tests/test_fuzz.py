"""Fuzzing (seeded, bounded): the fast path, the calculator, the unit and timer parsers, the tool-call
parser and `ask --text` must never raise, never take long, and always give one line of strict JSON.
Run against the code before the hard-edges fixes, the same generator found NaN/Infinity in --json and
lone surrogates that broke JSON within 1,500 cases. A longer run: `.venv/bin/python -m bench.fuzz`."""

import json
import random
import time

from tests.conftest import run_cli
from tests.fuzz import request, run, strict_json


def test_fast_path_skills_and_tool_call_parser():
    report = run(cases=4000, seed=20261130, time_limit_s=1.0)
    assert report.cases == 4000
    assert report.failures == [], json.dumps(report.failures, indent=1, ensure_ascii=False)


def test_ask_text_in_process(models_ready):
    from assistant.core.assistant import Assistant
    from assistant.settings import Settings

    assistant = Assistant(Settings(max_answer_tokens=12, history_enabled=False), play=False)
    rng = random.Random(7)
    for _ in range(40):
        text = request(rng)
        start = time.monotonic()
        result = assistant.ask_text(text)
        assert time.monotonic() - start < 20, text
        strict_json(result.to_json())
        assert result.answer or result.error is not None, text


def test_ask_text_command_line(models_ready):
    rng = random.Random(11)
    for _ in range(5):
        text = request(rng).replace("\x00", "")  # argv cannot hold NUL
        proc = run_cli("ask", "--text", text, "--json", timeout=120)
        assert "Traceback" not in proc.stderr, (text, proc.stderr)
        if proc.returncode == 0:
            assert len(proc.stdout.splitlines()) == 1 and json.loads(proc.stdout)["transcript"] is not None
        else:
            assert proc.stdout == "" and proc.stderr.strip().splitlines()[-1].startswith("error: "), (text, proc.stderr)
