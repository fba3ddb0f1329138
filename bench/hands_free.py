"""Hands-free turn-taking through the real audio path (a throw-away PulseAudio with a virtual microphone
and speaker, as in the tests): complete requests and hesitant ones (a 0.5-1.0 s pause inside the request)
are spoken into `assistant listen --hands-free --json`; reported: cut-offs (a turn that ends before the
request's last words), how many of those were still answered whole because the person went on speaking
over the reply to the fragment (hands-free continues the request), and end of speech -> first reply
sample for complete requests.

    .venv/bin/python -m bench.hands_free
"""

from __future__ import annotations

import json
import os
import queue
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import soundfile

COMPLETE = ["What time is it?", "Set a timer for five minutes.", "What is the capital of Italy?",
            "How many centimeters are in ten inches?", "What day is it today?", "Tell me a joke.",
            "What is twelve times eight?", "Remember that the car is on level two.", "Is it going to rain today?",
            "What does serendipity mean?"]
# (first part, pause in seconds, rest, words the transcript must end with)
HESITANT = [("Set a timer for", 0.8, "ten minutes.", "minutes"), ("What is the capital of", 0.7, "Spain?", "spain"),
            ("Remind me in", 0.9, "twenty minutes.", "minutes"), ("Convert fifty miles to", 0.6, "kilometers.", "kilometers"),
            ("What is", 0.5, "seven times nine?", "nine"), ("Remember that my keys are in the", 1.0, "blue bowl.", "bowl"),
            ("How many days are in", 0.8, "a leap year?", "year"), ("Tell me about the", 0.7, "moon.", "moon"),
            ("Set a timer for, um", 1.0, "three minutes.", "minutes"), ("What is the square root of", 0.6, "eighty one?", "one"),
            ("Cancel the", 0.8, "pasta timer.", "timer"), ("What is twenty percent of", 0.9, "fifty?", "fifty"),
            ("How do I", 0.7, "boil an egg?", "egg"), ("Define the word", 0.6, "ephemeral.", "ephemeral"),
            ("What time is it in", 0.8, "the morning here?", "here"), ("Add fifteen and", 0.5, "twenty seven.", "seven"),
            ("Remember to buy", 1.0, "milk and bread.", "bread"), ("What is the capital of", 0.9, "Japan?", "japan"),
            ("Start a timer called tea for", 0.7, "four minutes.", "minutes"), ("How many inches in", 0.6, "a foot?", "foot")]


def espeak(text: str, path: Path) -> tuple[np.ndarray, int]:
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "165", "-w", str(path), text], check=True)
    return soundfile.read(path, dtype="float32")


def main() -> int:
    from tests.headless import VirtualAudio

    audio = VirtualAudio().start()
    tmp = Path(tempfile.mkdtemp(prefix="bench-hands-free-"))
    env = dict(os.environ, **{k: audio.env[k] for k in ("PULSE_SERVER", "XDG_RUNTIME_DIR", "PULSE_RUNTIME_PATH")},
               ASSISTANT_DATA_DIR=str(tmp / "data"), ASSISTANT_CONFIG_DIR=str(tmp / "config"))
    proc = subprocess.Popen([str(Path(".venv/bin/assistant")), "listen", "--hands-free", "--json"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    answers: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [answers.put(json.loads(line)) for line in proc.stdout], daemon=True).start()
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(proc.stderr), daemon=True).start()

    def listening() -> int:
        return sum("Listening" in l for l in lines)

    def ask(wav: Path) -> list[dict]:
        """The answers to one recording; returns when the microphone is open again after the last."""
        before = listening()
        audio.speak_into_mic(wav).wait(30)
        got, end = [], time.time() + 60
        while time.time() < end:
            try:
                # a request continued over its fragment's reply is answered a few seconds after it
                got.append(answers.get(timeout=6.0 if got else 60))
            except queue.Empty:
                break
        end = time.time() + 30   # each answered turn is followed by a new one ("Listening")
        while time.time() < end and listening() < before + len(got):
            time.sleep(0.05)
        time.sleep(0.3)
        return got

    try:
        end = time.time() + 120
        while time.time() < end and not any("Listening" in l for l in lines):
            time.sleep(0.1)
        time.sleep(0.5)
        first_audio, cut, whole_at_last, after_last_word = [], [], [], []
        for k, text in enumerate(COMPLETE if not os.environ.get("HESITANT_ONLY") else []):
            wav = tmp / f"c{k}.wav"
            espeak(text, wav)
            got = ask(wav)
            if got and got[0]["timings_ms"].get("first_audio") is not None:
                first_audio.append(got[0]["timings_ms"]["first_audio"])
                # from the last word (by the VAD, which hears a chunk or two past it): the silence waited too
                after_last_word.append(got[0]["timings_ms"]["first_audio"] + got[0]["timings_ms"].get("end_silence", 0))
            print(f"complete  {text!r}: {[g['transcript'] for g in got]} first audio "
                  f"{got[0]['timings_ms'].get('first_audio') if got else None} ms", flush=True)
        for k, (head, pause, rest, last) in enumerate(HESITANT):
            a, rate = espeak(head, tmp / f"h{k}a.wav")
            b, _ = espeak(rest, tmp / f"h{k}b.wav")
            wav = tmp / f"h{k}.wav"
            soundfile.write(wav, np.concatenate([a, np.zeros(int(rate * pause), np.float32), b]), rate)
            got = ask(wav)
            # not cut: one turn that heard more than the words before the pause (misheard words still count)
            # one turn that heard more than the words before the pause (misheard words still count)
            whole = len(got) == 1 and len(got[0]["transcript"].split()) > len(head.replace(",", "").split())
            cut.append(not whole)
            # cut, but the person went on over the fragment's reply: the last turn was the whole request again
            went_on = (not whole and len(got) > 1 and all(g.get("interrupted") for g in got[:-1])
                       and len(got[-1]["transcript"].split()) > len(got[0]["transcript"].split()))
            whole_at_last.append(whole or went_on)
            print(f"hesitant {pause:.1f} s {head!r} ... {rest!r}: {[g['transcript'] for g in got]}"
                  f"{'' if whole else '  <- cut, answered whole as the person went on' if went_on else '  <- cut'}",
                  flush=True)
        figures = {"complete_requests": len(COMPLETE),
                   "turn_end_to_first_reply_sample_ms_median": round(statistics.median(first_audio), 1)
                   if first_audio else None,
                   "last_word_to_first_reply_sample_ms_median": round(statistics.median(after_last_word), 1)
                   if after_last_word else None, "last_word_to_first_reply_sample_ms": after_last_word,
                   "hesitant_requests": len(HESITANT), "cut_offs": sum(cut),
                   "answered_whole_in_the_end": sum(whole_at_last)}
        print(json.dumps(figures, indent=1))
        out = Path("bench/results/hands_free.json")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(figures, indent=1) + "\n")
    finally:
        proc.terminate()
        audio.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
