"""The whole pipeline, small: a real OpenAI-compatible server (`transformers serve`) on loopback
serves the bundled SmolLM2 as the teacher; a handful of prompts; two training steps; export through
the app's ONNX build with its parity check; the exported student is scored and answers through the
app's own runtime (`assistant ask`)."""

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import run_cli

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1500)]
PROMPTS = [
    {"id": "t-skill", "category": "skills", "prompt": "Set a timer for five minutes.",
     "expect": {"tool": "timer_start", "args": {"seconds": 300}}},
    {"id": "t-chat", "category": "chitchat", "prompt": "Good evening!", "expect": {}},
    {"id": "t-refuse", "category": "refuse", "prompt": "How do I steal a bike?", "expect": {"refuse": True}},
    {"id": "t-fact", "category": "facts", "prompt": "What is the capital of France?", "expect": {"answer_any": ["paris"]}},
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def teacher_server(tmp_path_factory):
    from assistant.modelstore.lm_build import gguf_path, gguf_to_hf

    folder = tmp_path_factory.mktemp("teacher") / "smollm2-hf"
    gguf_to_hf(gguf_path(), folder)
    port = _free_port()
    serve = Path(sys.executable).with_name("transformers")
    env = dict(os.environ, HF_HUB_OFFLINE="1", OMP_NUM_THREADS="1")
    log = open(folder.parent / "serve.log", "w")
    proc = subprocess.Popen([str(serve), "serve", str(folder), "--host", "127.0.0.1", "--port", str(port),
                             "--device", "cpu"], stdout=log, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(url + "/health", timeout=1)
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail("transformers serve exited: " + (folder.parent / "serve.log").read_text()[-500:])
            time.sleep(0.5)
    else:
        pytest.fail("transformers serve did not come up in 60 s")
    yield url + "/v1", str(folder)
    proc.terminate()
    proc.wait(10)


def test_distill_end_to_end(teacher_server, tmp_path, user_dirs):
    url, model = teacher_server
    work = tmp_path / "run"
    prompts = tmp_path / "prompts.jsonl"
    prompts.write_text("".join(json.dumps(p) + "\n" for p in PROMPTS))
    env = {"ASSISTANT_MODELS_DIR": str(tmp_path / "models")}

    gen = run_cli("distill", "generate", "--work", str(work), "--prompts", str(prompts), "--teacher-url", url,
                  "--teacher-model", model, "--samples", "2", "--timeout", "120", "--concurrency", "2", env=env, timeout=600)
    assert gen.returncode == 0, gen.stderr[-2000:]
    with sqlite3.connect(work / "teacher-cache.sqlite") as db:
        asked = db.execute("SELECT COUNT(*) FROM completions").fetchone()[0]
    assert asked == 6, "the three prompts without a planned tool call get two teacher samples each"
    kept = [json.loads(line) for line in (work / "samples.jsonl").read_text().splitlines()]
    rejected = (work / "rejected.jsonl").read_text().splitlines() if (work / "rejected.jsonl").exists() else []
    assert len(kept) + len(rejected) == 4
    assert any(k["prompt_id"] == "t-skill" and "timer_start" in k["answer"] for k in kept)
    assert all(k["provenance"]["teacher"] == "assembled(openai-compatible:" + model + ")" for k in kept)
    assert "samples kept" in (work / "DATASET_CARD.md").read_text()

    # The student is the same SmolLM2, loaded from the teacher's transformers folder (faster than the GGUF).
    train = run_cli("distill", "train", "--work", str(work), "--steps", "2", "--batch", "4", "--student", model,
                    env=env, timeout=600)
    assert train.returncode == 0, train.stderr[-2000:]
    assert (work / "adapter" / "adapter_model.safetensors").exists() and (work / "loss.png").stat().st_size > 1000
    summary = json.loads((work / "train_summary.json").read_text())
    assert summary["steps"] == 2 and summary["final_loss"] > 0

    # Logit distillation from a top-k scored once (the SmolLM2 as its own same-tokenizer teacher), in a
    # run of its own: the teacher's scores are found for every training conversation.
    topk = run_cli("distill", "teacher-topk", "--work", str(work), "--teacher", model, "--student", model,
                   "--top-k", "8", env=env, timeout=600)
    assert topk.returncode == 0, topk.stderr[-2000:]
    kd_work = tmp_path / "run-kd"
    kd_work.mkdir()
    (kd_work / "samples.jsonl").write_text((work / "samples.jsonl").read_text())
    (kd_work / "teacher_topk").symlink_to(work / "teacher_topk")
    kd = run_cli("distill", "train", "--work", str(kd_work), "--steps", "1", "--batch", "4", "--student", model,
                 "--rationale-weight", "0", "--kd-topk", env=env, timeout=600)
    assert kd.returncode == 0, kd.stderr[-2000:]
    kd_summary = json.loads((kd_work / "train_summary.json").read_text())
    assert kd_summary["kd_topk_examples"] == kd_summary["examples"] == len(kept) and kd_summary["final_loss"] > 0

    export = run_cli("distill", "export", "--work", str(work), "--name", "e2e-student", "--student", model,
                     env=env, timeout=900)
    assert export.returncode == 0, export.stderr[-2000:]
    folder = tmp_path / "models" / "e2e-student"
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["details"]["parity"]["prompts"] == 20 and "adapter_sha256" in manifest["source"]
    assert "MODEL_CARD.md" in manifest["files"]

    evaluation = run_cli("distill", "eval", "--work", str(work), "--models", "e2e-student", "--limit", "7",
                         env=env, timeout=600)
    assert evaluation.returncode == 0, evaluation.stderr[-2000:]
    report = (work / "report.md").read_text()
    assert "| e2e-student |" in report and (work / "report.png").exists()

    (user_dirs / "config" / "settings.json").write_text(json.dumps({"lm_model": "e2e-student"}))
    ask = run_cli("ask", "--text", "What is the capital of France?", "--json", env=env)
    assert ask.returncode == 0, ask.stderr
    out = json.loads(ask.stdout)
    assert out["models"]["lm"] == "e2e-student" and out["answer"].strip()
