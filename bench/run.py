"""The benchmark (run by hand, not a test): `make bench` or `.venv/bin/python -m bench.run`.

Per stage on a fixed set of spoken questions: speech-to-text time and real-time factor, prefill and
decode tokens/s, time to first token, end of speech -> first reply sample played, peak memory. In the
same run, llama.cpp on the same weights, prompt and thread count, with the speed ratio, and how
closely each follows the unquantized (fp32) model's greedy output. Prints a table, writes JSON."""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

from assistant.audio.files import read_audio
from assistant.core.assistant import Assistant
from assistant.llm.answerer import AnswerOptions
from assistant.llm.chat import Message
from assistant.llm.onnx_lm import GenerationStats
from assistant.modelstore.registry import model_dir
from assistant.settings import Settings

ROOT = Path(__file__).resolve().parent
QUESTIONS = [
    "Who wrote Romeo and Juliet?",   # a model question (capitals are the lookup_fact table's since session 10)
    "How many days are there in a week?",
    "Tell me a fun fact about the ocean.",
    "What should I cook for dinner tonight?",
    "Why is the sky blue?",
    "How do I boil an egg?",
]
HUMAN_CLIPS = [Path("/usr/share/pocketsphinx/test/data/goforward.raw")]
LONG_PROMPT = "Write a long story about a dragon who learns to fly."


def spoken_questions(folder: Path) -> list[Path]:
    """The questions spoken by espeak-ng at 16 kHz (one fixed voice), plus one recorded human clip."""
    paths = []
    for i, q in enumerate(QUESTIONS):
        wav = folder / f"q{i}.wav"
        subprocess.run(["espeak-ng", "-v", "en-us", "-s", "165", "-w", str(wav), q], check=True)
        paths.append(wav)
    for raw in HUMAN_CLIPS:
        if raw.exists():
            wav = folder / (raw.stem + ".wav")
            subprocess.run(["sox", "-t", "raw", "-r", "16000", "-e", "signed", "-b", "16", "-c", "1", str(raw), str(wav)],
                           check=True)
            paths.append(wav)
    return paths


def median(values, digits: int = 1):
    values = [v for v in values if v is not None]
    return round(statistics.median(values), digits) if values else None


def bench_loop(settings: Settings, wavs: list[Path], play: bool) -> dict:
    assistant = Assistant(settings, play=play, keep_audio=not play)
    assistant.preload()
    rows = []
    for wav in wavs:
        audio = read_audio(wav)
        assistant.clear_history()
        result = assistant.ask_audio(audio)
        t = result.timings_ms
        rows.append({"clip": wav.name, "audio_s": round(audio.size / 16000, 2), "transcript": result.transcript,
                     "answer": result.answer, **t,
                     "asr_rtf": round(t["asr"] / 1000 / (audio.size / 16000), 3) if t["asr"] else None})
    return {"turns": rows,
            "median_asr_ms": median(r["asr"] for r in rows),
            "median_asr_rtf": median((r["asr_rtf"] for r in rows), 3),
            "median_first_token_ms": median(r["first_token"] for r in rows),
            "median_end_of_speech_to_first_audio_ms": median(r["first_audio"] for r in rows),
            "first_audio_means": "first sample handed to the sound device" if play else "first sentence rendered (no sound device)"}


def bench_push_to_talk(settings: Settings, wavs: list[Path], tail_silence_s: float = 0.4) -> dict:
    """The real audio path: each question is played into a PulseAudio virtual microphone while the
    "key" is held; the key is released when the clip ends (`tail_silence_s` after the last word);
    the reply is played to a virtual speaker. Measures key release -> first reply sample played."""
    import soundfile

    from tests.headless import VirtualAudio

    audio_dev = VirtualAudio().start()
    os.environ.update({k: audio_dev.env[k] for k in ("PULSE_SERVER", "XDG_RUNTIME_DIR", "PULSE_RUNTIME_PATH")})
    import sounddevice as sd

    sd._terminate()
    sd._initialize()
    rows = []
    try:
        assistant = Assistant(settings, play=True)
        assistant.preload()
        for wav in wavs:
            audio = read_audio(wav)
            padded = wav.with_suffix(".ptt.wav")
            soundfile.write(padded, np.concatenate([np.zeros(8000, np.float32), audio,
                                                    np.zeros(int(16000 * tail_silence_s), np.float32)]), 16000)
            assistant.clear_history()
            release = threading.Event()
            box = {}
            worker = threading.Thread(target=lambda: box.setdefault("r", assistant.listen_once(release=release)))
            worker.start()
            time.sleep(0.3)
            subprocess.run(["paplay", "-d", "vmic_in", str(padded)], env=audio_dev.env, check=True)
            release.set()
            worker.join(120)
            r = box["r"]
            rows.append({"clip": wav.name, "transcript": r.transcript, **r.timings_ms,
                         "error": r.error.code if r.error else None})
        barge = bench_barge_in(assistant)
    finally:
        audio_dev.stop()
    return {"turns": rows, "median_release_to_first_audio_ms": median(r["first_audio"] for r in rows),
            "median_release_to_first_token_ms": median(r["first_token"] for r in rows),
            "median_asr_wait_ms": median(r["asr"] for r in rows), "tail_silence_s": tail_silence_s,
            "barge_in": barge}


def bench_barge_in(assistant: Assistant, repeats: int = 5, after_s: float = 0.6) -> dict:
    """Stop (the key, the button or Stop) while a long reply plays: time from `stop()` to the playback
    stream aborted (the SpeakingDone event), on the PulseAudio virtual speaker."""
    import queue

    from assistant import events as ev

    seen: queue.Queue = queue.Queue()
    assistant.on_event = seen.put
    stops = []
    for _ in range(repeats):
        assistant.clear_history()
        worker = threading.Thread(target=assistant.ask_text,
                                  args=("Tell me a long story about a brave dragon who learns to fly.",))
        worker.start()
        event = None
        while not isinstance(event, ev.SpeakingStarted):
            event = seen.get(timeout=60)
        time.sleep(after_s)
        t0 = time.perf_counter()
        assistant.stop()
        while not isinstance(event, ev.SpeakingDone):
            event = seen.get(timeout=10)
        stops.append(round((event.t - t0) * 1000, 1))
        worker.join(30)
        while not seen.empty():
            seen.get()
    assistant.on_event = lambda event: None
    return {"stop_to_playback_aborted_ms": stops, "median_ms": median(stops)}


def bench_lm(settings: Settings, threads: int, repeats: int) -> tuple[dict, list[int]]:
    """Cold: nothing cached (what llama.cpp is measured with). Warm: a new question after the system
    prompt is cached from an earlier turn, as in a running app."""
    assistant = Assistant(settings, play=False)
    answerer = assistant.models.answerer
    prompts = [answerer.encode([Message("system", settings.system_prompt), Message("user", q)]) for q in QUESTIONS]
    short = prompts[0]
    long = answerer.encode([Message("user", LONG_PROMPT)])
    out = {"prompt_tokens": len(short), "ttft_ms": [], "ttft_warm_ms": [], "prefill_tok_s": [],
           "decode_tok_s": [], "new_tokens": []}
    list(answerer.stream(short, AnswerOptions(max_new_tokens=4)))
    for i in range(repeats):
        answerer.lm._cached = []
        stats = GenerationStats()
        start = time.perf_counter()
        list(answerer.lm.generate(short, max_new_tokens=1, stats=stats))
        out["ttft_ms"].append((stats.first_token_at - start) * 1000)
        out["prefill_tok_s"].append(len(short) / stats.prefill_s)
        stats = GenerationStats()
        start = time.perf_counter()
        list(answerer.lm.generate(prompts[1 + i % (len(prompts) - 1)], max_new_tokens=1, stats=stats))
        out["ttft_warm_ms"].append((stats.first_token_at - start) * 1000)
        answerer.lm._cached = []
        stats = GenerationStats()
        list(answerer.lm.generate(long, max_new_tokens=128, stats=stats))
        out["decode_tok_s"].append(stats.new_tokens / stats.decode_s)
        out["new_tokens"].append(stats.new_tokens)
    return {k: median(v) if isinstance(v, list) else v for k, v in out.items()}, long


def bench_llamacpp(kind: str, short: list[int], long: list[int], threads: int, repeats: int) -> dict:
    from bench.llamacpp import LlamaCpp, requantize

    llm = LlamaCpp(requantize(kind, ROOT / "results" / "gguf"), threads)
    llm.run(short, 4)
    out = {"ttft_ms": [], "prefill_tok_s": [], "decode_tok_s": [], "new_tokens": []}
    for _ in range(repeats):
        r = llm.run(short, 1)
        out["ttft_ms"].append(r["ttft_s"] * 1000)
        out["prefill_tok_s"].append(len(short) / r["prefill_s"])
        r = llm.run(long, 128)
        out["decode_tok_s"].append(len(r["tokens"]) / r["decode_s"])
        out["new_tokens"].append(len(r["tokens"]))
    return {k: median(v) for k, v in out.items()}


def bench_roofline(report: dict, settings: Settings, threads: int) -> dict:
    """Each runtime's decode speed against the fastest this machine's memory bandwidth allows."""
    from bench.llamacpp import requantize
    from bench.roofline import gguf_bytes_per_token, onnx_bytes_per_token, read_bandwidth_gbs, roofline

    out = {"read_bandwidth_gbs": read_bandwidth_gbs(threads)}
    out["onnx_int8"] = roofline(out["read_bandwidth_gbs"], onnx_bytes_per_token(model_dir(settings.lm_model)),
                                report["onnx_int8"]["decode_tok_s"])
    for kind in ("Q8_0", "Q4_0"):
        name = f"llamacpp_{kind.lower()}"
        if name in report:
            path = requantize(kind, ROOT / "results" / "gguf")  # the file bench_llamacpp ran (made then)
            out[name] = roofline(out["read_bandwidth_gbs"], gguf_bytes_per_token(path), report[name]["decode_tok_s"])
    return out


def quality(kind: str, threads: int) -> dict:
    """Greedy agreement with the fp32 source on the build's 20 parity prompts: ours vs llama.cpp."""
    from bench.llamacpp import LlamaCpp, requantize
    from assistant.modelstore.lm_build import PARITY_SYSTEM, gguf_path
    from assistant.modelstore.parity import PARITY_PROMPTS, OnnxCandidate, TorchReference, compare
    from assistant.llm.chat import ChatTemplate
    from transformers import AutoModelForCausalLM
    from tokenizers import Tokenizer

    folder = model_dir("smollm2-135m-instruct")
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    chat = ChatTemplate((folder / "chat_template.jinja").read_text())
    prompts = [tokenizer.encode(chat.render([Message("system", PARITY_SYSTEM), Message("user", p)]),
                                add_special_tokens=False).ids for p in PARITY_PROMPTS]
    gguf = gguf_path()
    reference = TorchReference(AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name).eval(), {2})
    llm = LlamaCpp(requantize(kind, ROOT / "results" / "gguf"), threads)

    class Llama:
        def greedy(self, ids, n):
            toks = llm.run(ids, n)["tokens"]
            return toks + ([2] if len(toks) < n else [])

        def logits(self, ids):
            llm.llm.reset()
            llm.llm.eval(ids)
            return llm.last_logits().copy()

    ours = compare(reference, OnnxCandidate(folder, threads), prompts, 32, {2}).to_dict()
    theirs = compare(reference, Llama(), prompts, 32, {2}).to_dict()
    for r in (ours, theirs):
        r.pop("per_prompt")
    return {"onnx_int8": ours, f"llamacpp_{kind.lower()}": theirs}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--no-llamacpp", action="store_true")
    parser.add_argument("--quality", action="store_true", help="also compare greedy agreement with fp32 (needs torch)")
    parser.add_argument("--play", action="store_true", help="play replies on the default sound device")
    parser.add_argument("--no-partials", action="store_true",
                        help="push-to-talk without live partial transcripts (the setting partial_transcripts)")
    parser.add_argument("--mic", action="store_true",
                        help="push-to-talk turns through a PulseAudio virtual microphone and speaker")
    parser.add_argument("--release-after", type=float, default=0.4,
                        help="push-to-talk: seconds between the last word and the key release")
    parser.add_argument("--no-guess-prefill", action="store_true",
                        help="do not compute a guessed transcript's prompt and begin its answer ahead (for comparison)")
    parser.add_argument("--no-first-render-pause", action="store_true",
                        help="let the answer decode on while its first sentence renders (for comparison)")
    parser.add_argument("--hands-free", action="store_true",
                        help="only the voice benches (about 30 min): hands-free turn-taking, speaking over a reply, "
                             "the wake word over a reply, the voice's intelligibility")
    args = parser.parse_args(argv)
    if args.hands_free:
        return hands_free_run()
    settings = Settings(threads=args.threads, partial_transcripts=not args.no_partials)
    if args.no_first_render_pause:
        import assistant.core.assistant as core

        core.FIRST_RENDER_WAIT_S = 0.0
    report: dict = {"machine": {"cpus": os.cpu_count(), "threads": args.threads,
                                "cpu_flags": sorted({f for f in open("/proc/cpuinfo").read().split() if f.startswith("avx")})}}
    with tempfile.TemporaryDirectory() as tmp:
        wavs = spoken_questions(Path(tmp))
        report["loop"] = bench_loop(settings, wavs, args.play)
        # Read before the push-to-talk run, which loads a second set of models into this process.
        report["peak_rss_mb_loop"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        if args.mic:
            if args.no_guess_prefill:
                Assistant.guess = lambda self, question: None
            report["push_to_talk"] = bench_push_to_talk(settings, wavs, args.release_after)
            report["push_to_talk"]["guess_prefill"] = not args.no_guess_prefill
            report["push_to_talk"]["first_render_pause"] = not args.no_first_render_pause
    report["onnx_int8"], long = bench_lm(settings, args.threads, args.repeats)
    if not args.no_llamacpp:
        assistant = Assistant(settings, play=False)
        short = assistant.models.answerer.encode([Message("system", settings.system_prompt), Message("user", QUESTIONS[0])])
        report["llamacpp_q8_0"] = bench_llamacpp("Q8_0", short, long, args.threads, args.repeats)
        report["llamacpp_q4_0"] = bench_llamacpp("Q4_0", short, long, args.threads, args.repeats)
        q8 = report["llamacpp_q8_0"]["decode_tok_s"]
        report["decode_ratio_onnx_int8_vs_llamacpp_q8_0"] = round(report["onnx_int8"]["decode_tok_s"] / q8, 2)
    report["roofline"] = bench_roofline(report, settings, args.threads)
    if args.quality and not args.no_llamacpp:
        report["quality_vs_fp32"] = quality("Q8_0", args.threads)
    print_table(report)
    out = ROOT / "results" / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2))
    print(f"\nwritten: {out}")
    return 0


HANDS_FREE = [  # (name, module and arguments, the file it writes)
    ("turn_taking", ["bench.hands_free", "--set", "test"], "hands_free-test.json"),
    ("speaking_over_a_reply", ["bench.barge_in", "--set", "test"], "barge_in-voice-gain1-test.json"),
    ("wake_word_over_a_reply_echo_at_half", ["bench.barge_in", "--set", "test", "--wake-word", "--user-gain", "2"],
     "barge_in-wake_word-gain2-test.json"),
    ("intelligibility", ["bench.voice", "--set", "test"], "voice-test.json"),
]


def hands_free_run() -> int:
    """The voice benches one after another (each in its own process and PulseAudio), in one report."""
    import subprocess
    import sys

    report = {}
    for name, command, written in HANDS_FREE:
        print(f"== {name}: python -m {' '.join(command)}", flush=True)
        subprocess.run([sys.executable, "-m", *command], cwd=ROOT.parent, check=True)
        figures = json.loads((ROOT / "results" / written).read_text())
        for part in [figures, *(v for v in figures.values() if isinstance(v, dict))]:
            part.pop("rows", None)   # the per-item rows stay in the bench's own file
        report[name] = figures
    out = ROOT / "results" / f"hands-free-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    print(f"\nwritten: {out}")
    return 0


def print_table(r: dict) -> None:
    loop = r["loop"]
    print(f"\n{'clip':<16}{'audio s':>8}{'asr ms':>8}{'rtf':>7}{'1st tok':>9}{'1st audio':>10}{'total':>8}  transcript")
    for t in loop["turns"]:
        print(f"{t['clip']:<16}{t['audio_s']:>8}{t['asr']!s:>8}{t['asr_rtf']!s:>7}{t['first_token']!s:>9}"
              f"{t['first_audio']!s:>10}{t['total']!s:>8}  {t['transcript'][:40]}")
    print(f"\nmedians: asr {loop['median_asr_ms']} ms, rtf {loop['median_asr_rtf']}, first token "
          f"{loop['median_first_token_ms']} ms, end of speech -> first audio {loop['median_end_of_speech_to_first_audio_ms']} ms"
          f" ({loop['first_audio_means']}); peak RSS {r['peak_rss_mb_loop']} MB")
    if "push_to_talk" in r:
        p = r["push_to_talk"]
        print(f"\npush-to-talk through the virtual microphone and speaker (release {p['tail_silence_s']} s after the last word):")
        for t in p["turns"]:
            print(f"  {t['clip']:<16} asr wait {t['asr']!s:>7} ms  first token {t['first_token']!s:>7} ms  "
                  f"first audio {t['first_audio']!s:>7} ms  {t['transcript'][:40]}")
        print(f"median key release -> first reply sample played: {p['median_release_to_first_audio_ms']} ms "
              f"(first token {p['median_release_to_first_token_ms']} ms; answers of guessed transcripts "
              f"{'begun ahead' if p.get('guess_prefill', True) else 'not begun ahead'})")
        b = p["barge_in"]
        print(f"barge-in: stop() -> playback stream aborted, median {b['median_ms']} ms "
              f"({', '.join(map(str, b['stop_to_playback_aborted_ms']))})")
    print(f"\n{'answer model':<22}{'prefill tok/s':>14}{'decode tok/s':>14}{'TTFT ms':>9}{'warm TTFT':>11}"
          f"  (prompt {r['onnx_int8']['prompt_tokens']} tokens; warm: system prompt cached)")
    for name in ("onnx_int8", "llamacpp_q8_0", "llamacpp_q4_0"):
        if name in r:
            m = r[name]
            print(f"{name:<22}{m['prefill_tok_s']!s:>14}{m['decode_tok_s']!s:>14}{m['ttft_ms']!s:>9}{m.get('ttft_warm_ms', '-')!s:>11}")
    if "decode_ratio_onnx_int8_vs_llamacpp_q8_0" in r:
        print(f"decode ratio onnx int8 / llama.cpp Q8_0: {r['decode_ratio_onnx_int8_vs_llamacpp_q8_0']}")
    if "roofline" in r:
        roof = r["roofline"]
        print(f"memory read bandwidth ({r['machine']['threads']} threads): {roof['read_bandwidth_gbs']} GB/s")
        for name, m in roof.items():
            if isinstance(m, dict):
                print(f"  {name:<20} {m['mb_per_token']:>6} MB read per token -> at most {m['ceiling_tok_s']} tok/s; "
                      f"decodes at {m['share_of_ceiling']:.0%} of that ({m['effective_gbs']} GB/s)")
    if "quality_vs_fp32" in r:
        for name, q in r["quality_vs_fp32"].items():
            print(f"{name}: {q['identical']}/{q['prompts']} identical for 32 tokens, mean common prefix "
                  f"{q['mean_common_prefix']}, max logit diff {q['max_logit_diff']}")


if __name__ == "__main__":
    sys.exit(main())
