"""End of turn by meaning: the project's rule on the words heard (assistant/audio/turn_end.py, on the
app's own Whisper transcript) against the Smart Turn v3.2 model (an 8 MB ONNX classifier on the audio,
bundled in the `pipecat-ai` 1.14.0 wheel with a numpy feature extractor; BSD-2-Clause), on the same
recordings as bench/hands_free.py, offline (no live loop: each decision is made on the audio up to a
pause).

For each hesitant request, the audio before its pause (the right decision: wait); for each complete
request and each hesitant request in full, the whole audio (the right decision: end now). A decision
to end at a pause ends the turn after COMPLETE_S of silence, so it cuts a hesitant request whose pause
is longer; "wait" holds the turn HESITANT_S. Reported for each: cut-offs, complete requests ended
early, the wait after a complete request, and the time one decision takes.

    .venv/bin/python -m bench.smart_turn [--set dev|test]   (downloads the pipecat-ai wheel once into
                                                             build/smart-turn)

Since session 12 a third column: the rule with the answer model's reading of the words (how likely a
sentence ends there, llm/sentence_end.py), as the app now decides. The dev set is bench/hands_free.py's
COMPLETE/HESITANT (every constant chosen on it); test its held-out sets (only reported).
Figures go to bench/results/smart_turn-<set>.json."""

from __future__ import annotations

import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "build" / "smart-turn"
WHEEL = "pipecat-ai==1.14.0"
MODEL = "pipecat/audio/turn/smart_turn/data/smart-turn-v3.2-cpu.onnx"
FEATURES = "pipecat/audio/turn/smart_turn/_whisper_features.py"
RATE = 16000


def smart_turn():
    """(predict(audio16k) -> probability of a finished turn), from the wheel's model and features."""
    import onnxruntime as ort

    model, features = WORK / "smart-turn-v3.2-cpu.onnx", WORK / "_whisper_features.py"
    if not model.exists():
        WORK.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", WHEEL, "-d", str(WORK)], check=True)
        wheel = next(WORK.glob("pipecat_ai-*.whl"))
        with zipfile.ZipFile(wheel) as z:
            model.write_bytes(z.read(MODEL))
            features.write_bytes(z.read(FEATURES))
    spec = importlib.util.spec_from_file_location("smart_turn_features", features)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    session = ort.InferenceSession(str(model), sess_options=options)

    def predict(audio: np.ndarray) -> float:
        n = 8 * RATE
        audio = audio[-n:] if len(audio) > n else np.pad(audio, (n - len(audio), 0))
        mel = module.compute_whisper_log_mel_features(audio.astype(np.float32), do_normalize=True)
        return float(session.run(None, {"input_features": mel[None].astype(np.float32)})[0].reshape(-1)[0])
    return predict


def espeak16k(text: str, path: Path, voice: str = "en-us") -> np.ndarray:
    import soundfile

    subprocess.run(["espeak-ng", "-v", voice, "-s", "165", "-w", str(path), text], check=True)
    audio, rate = soundfile.read(path, dtype="float32")
    t = np.arange(int(len(audio) * RATE / rate)) / RATE
    return np.interp(t, np.arange(len(audio)) / rate, audio).astype(np.float32)


def main() -> int:
    import argparse

    sys.path.insert(0, str(ROOT))
    from assistant.audio.turn_end import COMPLETE_S, HESITANT_S, end_silence
    from assistant.core.models import Models
    from assistant.errors import NoSpeechError
    from assistant.llm.sentence_end import sentence_end
    from assistant.settings import Settings
    from bench.hands_free import SETS

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=sorted(SETS), default="dev")
    args = parser.parse_args()
    complete, hesitant, voices = SETS[args.set]
    settings = Settings()
    default_s = settings.end_silence_s
    models = Models(settings)
    transcriber, answerer = models.transcriber, models.answerer
    predict = smart_turn()
    tmp = Path(tempfile.mkdtemp(prefix="bench-smart-turn-"))
    cases = []   # (audio, pause the turn must survive or None, label)
    for k, (head, pause, rest, _) in enumerate(hesitant):
        a = espeak16k(head, tmp / f"a{k}.wav", voices[k % len(voices)])
        b = espeak16k(rest, tmp / f"b{k}.wav", voices[k % len(voices)])
        cases.append((a, pause, head + " ..."))
        cases.append((np.concatenate([a, np.zeros(int(RATE * pause), np.float32), b]), None, f"{head} ... {rest}"))
    for k, text in enumerate(complete):
        cases.append((espeak16k(text, tmp / f"c{k}.wav", voices[k % len(voices)]), None, text))
    rows, times = [], {"rule_ms": [], "model_ms": [], "smart_ms": []}
    for audio, pause, label in cases:
        audio = np.concatenate([audio, np.zeros(int(0.2 * RATE), np.float32)])   # the start of the silence
        t0 = time.perf_counter()
        try:
            heard = transcriber.transcribe(audio)
            words, logprob = heard.text, heard.logprob
        except NoSpeechError:
            words, logprob = "", 0.0   # Whisper heard nothing it keeps: the silence alone decides
        rule_wait = end_silence(words, default_s)
        times["rule_ms"].append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        ends = sentence_end(answerer, settings.system_prompt, words)
        times["model_ms"].append((time.perf_counter() - t0) * 1000)
        model_wait = end_silence(words, default_s, ends)
        t0 = time.perf_counter()
        p = predict(audio)
        times["smart_ms"].append((time.perf_counter() - t0) * 1000)
        smart_wait = COMPLETE_S if p > 0.5 else HESITANT_S
        rows.append({"case": label, "hesitant_pause_s": pause, "transcript": words, "logprob": round(logprob, 3),"rule_wait_s": rule_wait,
                     "sentence_end": round(ends, 5), "rule_with_model_wait_s": model_wait,
                     "smart_turn_probability": round(p, 3), "smart_wait_s": smart_wait})
        print(f"{label!r:50} pause={pause} ({words!r} lp={logprob:.2f}) rule={rule_wait:.1f}s model p={ends:.4f} -> "
              f"{model_wait:.1f}s smart p={p:.2f} -> {smart_wait:.1f}s", flush=True)

    def score(key: str) -> dict:
        heads = [r for r in rows if r["hesitant_pause_s"] is not None]
        whole = [r for r in rows if r["hesitant_pause_s"] is None]
        return {"cut_offs": sum(r[key] < r["hesitant_pause_s"] for r in heads), "hesitant_pauses": len(heads),
                "complete_ended_early": sum(r[key] <= COMPLETE_S for r in whole), "complete_requests": len(whole),
                "median_wait_after_complete_s": statistics.median(r[key] for r in whole)}
    figures = {"set": args.set, "rule": score("rule_wait_s"), "rule_with_model": score("rule_with_model_wait_s"),
               "smart_turn_v3_2": score("smart_wait_s"),
               "decision_ms_median": {"rule (incl. Whisper tiny.en transcription)": round(statistics.median(times["rule_ms"]), 1),
                                      "the model's reading (after the transcription)":
                                          round(statistics.median(times["model_ms"]), 1),
                                      "smart_turn": round(statistics.median(times["smart_ms"]), 1)},
               "settings": {"complete_s": COMPLETE_S, "hesitant_s": HESITANT_S, "default_s": default_s},
               "rows": rows}
    out = ROOT / "bench" / "results" / f"smart_turn-{args.set}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(figures, indent=1) + "\n")
    print(json.dumps({k: v for k, v in figures.items() if k != "rows"}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
