"""Barge-in by voice through the real audio path: the app's neural voice plays a reply on the virtual
speaker, the speaker is heard by the virtual microphone (a PulseAudio loopback, as loud as the person),
and the person speaks over it. Counts interruptions detected (and how long after the first word the
reply stopped) and false interruptions in replies nobody spoke over.

    .venv/bin/python -m bench.barge_in [--set dev|test] [--runs 20] [--wake-word] [--user-gain 2]

--wake-word: the person says "Hey Jarvis" before the phrase, and openWakeWord on the cleaned microphone
decides (hands-free with the wake word); --user-gain 2: the echo at half the person's level.

The "dev" phrases were used to choose assistant/audio/barge_in.py's constants; "test" ones were not.
Figures: bench/results/barge_in-<set>.json (git-ignored)."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

REPLIES = [
    "The story of a dragon and a princess begins in a quiet kingdom by the sea. The dragon lived in a cave "
    "high above the water, and every morning it watched the fishing boats go out. The princess, who was "
    "curious about everything, climbed the cliff one day to see it for herself.",
    "To make a good cup of tea, start with fresh cold water and bring it to the boil. Warm the pot first, "
    "then add one spoon of leaves for each cup. Pour the water over the leaves and let them steep for three "
    "to five minutes, depending on how strong you like it.",
    "Paris is the capital of France and its largest city, with about two million people in the city itself. "
    "It sits on the river Seine in the north of the country. It is known for its museums, its cafes and the "
    "Eiffel Tower, which was built for the world fair of eighteen eighty nine.",
]
PHRASES = {
    "dev": ["Stop, what time is it?", "Wait, set a timer for five minutes.", "Hold on, what is two plus two?",
            "Actually, tell me a joke.", "No, that's enough."],
    "test": ["Excuse me, how far is the moon?", "Okay stop there.", "Never mind, what's the weather like?",
             "Hey, remind me to buy milk.", "Sorry, convert ten miles to kilometers.", "That's fine, thanks.",
             "Can you repeat that?", "What is the capital of Spain?", "Pause please.", "Quiet, please.",
             "One moment, how many days until Friday?", "Let me ask something else.",
             "Stop talking.", "How do I boil an egg?", "Start a timer for ten minutes.",
             "What's seven times eight?", "Thanks, that's all.", "Wait a second.",
             "Tell me about Rome instead.", "Who wrote Hamlet?"],
}


def _espeak(text: str, path: Path, voice: str) -> np.ndarray:
    from assistant.audio.files import read_audio

    subprocess.run(["espeak-ng", "-v", voice, "-s", "165", "-w", str(path), text], check=True)
    return read_audio(path)


def _active_rms(x: np.ndarray) -> float:
    frames = x[: x.size // 320 * 320].reshape(-1, 320)
    levels = np.sqrt(np.mean(np.square(frames), axis=1))
    loud = levels[levels > 0.1 * levels.max()]
    return float(np.sqrt(np.mean(np.square(loud))))


def _write_wav(path: Path, samples: np.ndarray) -> None:
    import soundfile

    soundfile.write(path, samples, 16000, subtype="PCM_16")


class Run:
    """One reply played with the detector listening; optionally the person speaks at `at_s`."""

    def __init__(self, audio, reply: np.ndarray, rate: int, user: Path | None, user_samples, at_s: float,
                 wake_word=None):
        self.audio, self.reply, self.rate, self.user, self.user_samples, self.at_s = \
            audio, reply, rate, user, user_samples, at_s
        self.wake_word = wake_word

    def go(self) -> dict:
        from assistant.audio.barge_in import SpeechOverReply, WakeOverReply
        from assistant.audio.microphone import Microphone
        from assistant.audio.playback import Player

        stop_mic, stop_play = threading.Event(), threading.Event()
        detector = SpeechOverReply()
        detector.trace = []
        raw: list[tuple[float, np.ndarray]] = []
        fired: dict = {}

        def timed():
            for arrived, chunk in Microphone().timed_chunks(stop_mic):
                raw.append((arrived, chunk))
                yield arrived, chunk

        def watch():
            if self.wake_word is not None:   # the wake word on the cleaned microphone, as the app does
                waker = WakeOverReply(self.wake_word, detector.canceller)
                heard = waker.wait(timed(), stop_mic)
                fired["wake"] = {"explained": waker.explained, "ignored": waker.ignored}
            else:
                heard = detector.watch(timed(), stop_mic)
            if heard:
                fired["at"] = time.monotonic()
                fired["chunks"] = detector.decisions
                stop_play.set()

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        time.sleep(0.3)   # the microphone is open
        player = None
        if self.user is not None:
            def speak():
                if not stop_play.wait(self.at_s):
                    fired["spoke"] = True
                    self.audio.speak_into_mic(self.user).wait(20)
            player = threading.Thread(target=speak, daemon=True)
            player.start()
        start = time.monotonic()
        finished = Player().play(self.reply, self.rate, stop_play)
        stopped_at = time.monotonic()
        time.sleep(0.3)
        stop_mic.set()
        watcher.join(5)
        if player is not None:
            player.join(20)
        detector.close()
        row = {"interrupted": not finished, "reply_s": round(stopped_at - start, 2), "spoke": "spoke" in fired}
        if "wake" in fired:
            row["wake"] = fired["wake"]   # how much of the sound was the reply at each detection
        if os.environ.get("BARGE_TRACE"):   # a folder: each run's chunk verdicts, for choosing the constants
            folder = Path(os.environ["BARGE_TRACE"])
            folder.mkdir(parents=True, exist_ok=True)
            trace = {"trace": detector.trace, "fired": fired.get("chunks"), "onset_s": None}
            if self.user is not None and row["spoke"]:
                onset = _onset(raw, self.user_samples)
                trace["onset_chunk"] = None if onset is None else (onset - raw[0][0]) * 16000 / 512
            (folder / f"{len(list(folder.iterdir())):03d}.json").write_text(json.dumps(trace))
        if self.user is not None and row["spoke"]:
            onset = _onset(raw, self.user_samples)
            if onset is not None:
                row["onset_s"] = round(onset - start, 2)
                if not finished:
                    row["stop_after_ms"] = round(1000 * (stopped_at - onset), 1)
                    row["decided_after_ms"] = round(1000 * (fired["at"] - onset), 1)
        return row


def _onset(raw: list[tuple[float, np.ndarray]], user: np.ndarray) -> float | None:
    """When the person's first voiced sample reached the app's stream (time.monotonic())."""
    if not raw:
        return None
    signal = np.concatenate([c for _, c in raw])
    voiced = int(np.argmax(np.abs(user) > 0.1 * np.abs(user).max()))
    probe = user[voiced: voiced + 8000]
    n = signal.size + probe.size
    size = 1 << (n - 1).bit_length()
    corr = np.fft.irfft(np.fft.rfft(signal, size) * np.conj(np.fft.rfft(probe, size)), size)[: signal.size]
    at = int(np.argmax(corr))   # sample index of the voiced onset in the stream
    # the arrival time of the chunk holding that sample, less how far before its end the sample lies
    end = 0
    for arrived, chunk in raw:
        end += chunk.size
        if end > at:
            return arrived - (end - at) / 16000
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=sorted(PHRASES), default="test")
    parser.add_argument("--runs", type=int, default=20, help="interrupted runs, and as many uninterrupted ones")
    parser.add_argument("--wake-word", action="store_true", help='"Hey Jarvis" first; the wake word decides')
    parser.add_argument("--user-gain", type=float, default=1.0, help="the person's level over the echo's")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    from tests.headless import Echo, VirtualAudio

    audio = VirtualAudio().start()
    os.environ.update({k: audio.env[k] for k in ("PULSE_SERVER", "XDG_RUNTIME_DIR", "PULSE_RUNTIME_PATH")})
    from assistant.core.models import Models
    from assistant.settings import Settings
    from assistant.voice.speakable import speakable

    voice = Models(Settings()).voice
    replies = [voice.synthesize(speakable(text)) for text in REPLIES]
    tmp = Path(tempfile.mkdtemp(prefix="barge-in-"))
    wake_word = None
    if args.wake_word:
        from assistant.speech.wakeword import WakeWord

        wake_word = WakeWord()
    phrases = PHRASES[args.set]
    voices = ["en-us", "en-gb", "en-us+f3", "en-gb+m3"]
    rows = {"interrupted": [], "uninterrupted": []}
    try:
        with Echo(audio):
            for i in range(args.runs):
                speech = replies[i % len(replies)]
                samples = speech.samples
                reply_level = _active_rms(samples)
                phrase = ("Hey Jarvis! " if args.wake_word else "") + phrases[i % len(phrases)]
                user = _espeak(phrase, tmp / f"raw{i}.wav", voices[i % len(voices)])
                user = user * (args.user_gain * reply_level / _active_rms(user))   # against the reply's echo
                path = tmp / f"user{i}.wav"
                _write_wav(path, np.clip(user, -1, 1))
                at = 1.0 + (i % 7) * 0.5   # 1.0 .. 4.0 s into the reply
                row = Run(audio, samples, speech.sample_rate, path, user, at, wake_word).go()
                row.update(phrase=phrase, at_s=at)
                rows["interrupted"].append(row)
                print("interrupt", i, row, flush=True)
            for i in range(args.runs):
                speech = replies[i % len(replies)]
                row = Run(audio, speech.samples, speech.sample_rate, None, None, 0, wake_word).go()
                rows["uninterrupted"].append(row)
                print("plain", i, row, flush=True)
    finally:
        audio.stop()
    # detected: stopped after the person's first word reached the microphone (not before they spoke)
    hits = [r for r in rows["interrupted"] if r["interrupted"] and r.get("decided_after_ms", -1) >= 0]
    early = [r for r in rows["interrupted"] if r["interrupted"] and r not in hits]
    false = sum(r["interrupted"] for r in rows["uninterrupted"])
    stops = [r["stop_after_ms"] for r in hits if "stop_after_ms" in r]
    summary = {"set": args.set, "wake_word": args.wake_word, "user_gain": args.user_gain, "detected": len(hits), "runs": args.runs, "cut_before_the_person_spoke": len(early),
               "false_interruptions": false, "uninterrupted_runs": args.runs,
               "stop_after_first_word_ms_median": round(statistics.median(stops), 1) if stops else None,
               "stop_after_first_word_ms_max": max(stops) if stops else None, "rows": rows}
    kind = ("wake_word" if args.wake_word else "voice") + f"-gain{args.user_gain:g}"
    out = args.out or Path(f"bench/results/barge_in-{kind}-{args.set}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(summary, indent=1))
    print(f"detected {len(hits)}/{args.runs} (cut before the person spoke: {len(early)}), false interruptions "
          f"{false}/{args.runs}; reply stopped after the first word: median {summary['stop_after_first_word_ms_median']}"
          f" ms, max {summary['stop_after_first_word_ms_max']} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
