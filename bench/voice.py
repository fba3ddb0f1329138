"""Intelligibility and speed of the voices: 50 varied replies (numbers, times, units, names, long and
short), made speakable as the app makes them, rendered by each voice, transcribed back by Whisper
(tiny.en, and base when installed), and scored by word error rate with numbers compared as numbers.
Also the time to render each reply (the first audio of a reply that was not drafted ahead waits for it).

    .venv/bin/python -m bench.voice [--asr whisper-base]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import numpy as np

REPLIES = [
    "It's 7:45 AM.", "It's 12:30 PM on Monday.", "Today is Tuesday, the 3rd of March.",
    "OK, your pasta timer is set for 8 minutes.", "Your tea timer has 2 minutes and 30 seconds left.",
    "That's 391.", "That's 1,250.", "15 percent of 80 is 12.", "The square root of 144 is 12.",
    "That's 3.5.", "100 degrees Fahrenheit is 37.78 degrees Celsius.", "5 inches is 12.7 centimeters.",
    "10 kilograms is 22.05 pounds.", "2 gigabytes is 2,000 megabytes.", "26.2 miles is 42.16 kilometers.",
    "The capital of France is Paris.", "The capital of Australia is Canberra.", "Mount Everest is in Nepal.",
    "Abraham Lincoln was the 16th president of the United States.", "Water boils at 100 degrees Celsius.",
    "An octopus has three hearts.", "A spider has eight legs.", "There are 206 bones in the adult human body.",
    "Jupiter is the largest planet in our solar system.", "The Pacific is the largest ocean on Earth.",
    "OK, I'll remember that your locker code is 4312.", "You asked me to remember: the spare key is under the mat.",
    "I'm offline, so I can't check the weather.", "Sorry, I can't help with that.",
    "Good morning! I hope you slept well.", "You're welcome!", "Goodbye, and have a great evening.",
    "Put the eggs in boiling water for about nine minutes, then cool them in cold water.",
    "Fold the paper in half, then fold the corners down to make the wings.",
    "Serendipity means finding something good without looking for it.",
    "Ephemeral means lasting for a very short time.", "Cancelled the tea timer and the pasta timer.",
    "You have two timers: pasta, 4 minutes left; tea, 1 minute left.", "It's Friday.",
    "Shakespeare wrote Romeo and Juliet.", "Marie Curie won two Nobel Prizes.", "Tokyo is the capital of Japan.",
    "The meeting moved to Thursday at 3 PM.", "Dr. Smith's office opens at 9 AM.",
    "Drink a glass of water and rest in a quiet, dark room.", "The answer is 42.",
    "Seventy two divided by eight is nine.", "A year has 365 days, and a leap year has 366.",
    "Your flight leaves at 6:15 in the evening.", "Happy birthday, Sarah!",
]

# Written on 2026-11-30 (session 10) before any of them was rendered, and run only after the voice's
# settings were chosen on REPLIES above: a held-out set, reported, never tuned on.
REPLIES_TEST = [
    "It's 6:20 PM.", "It's 11:05 AM on Saturday.", "Today is Wednesday, the 14th of October.",
    "OK, your rice timer is set for 18 minutes.", "Your bread timer has 45 minutes left.",
    "That's 4,096.", "That's 87.", "20 percent of 150 is 30.", "The square root of 81 is 9.",
    "That's 0.25.", "30 degrees Celsius is 86 degrees Fahrenheit.", "12 inches is 30.48 centimeters.",
    "3 liters is 0.79 gallons.", "500 grams is 1.1 pounds.", "60 miles per hour is 96.56 kilometers per hour.",
    "The capital of Bhutan is Thimphu.", "The capital of Canada is Ottawa.", "The Nile flows through Egypt.",
    "George Washington was the first president of the United States.", "Ice melts at 0 degrees Celsius.",
    "A honeybee has five eyes.", "An ant has six legs.", "The human heart has four chambers.",
    "Mars is the fourth planet from the Sun.", "The Sahara is the largest hot desert in the world.",
    "OK, I'll remember that the wifi password is on the fridge.", "You asked me to remember: call mom on Sunday.",
    "I'm offline, so I can't check the news.", "I can't help with that, but I can tell you a joke.",
    "Good evening! How was your day?", "No problem at all.", "Sleep well, and see you tomorrow.",
    "Rinse the rice, add two cups of water, and simmer it for eighteen minutes.",
    "Loosen the bolts first, then lift the car with the jack.",
    "Ubiquitous means found everywhere.", "Melancholy means a deep, quiet sadness.",
    "Cancelled the bread timer.", "You have one timer: rice, 12 minutes left.", "It's Sunday.",
    "Jane Austen wrote Pride and Prejudice.", "Albert Einstein was born in Germany.", "Rome is the capital of Italy.",
    "The dentist appointment is on Monday at 10 AM.", "Mr. Brown's bakery closes at 7 PM.",
    "Take a short walk and breathe slowly for a minute.", "The answer is 128.",
    "Ninety six divided by twelve is eight.", "A week has 7 days, and a fortnight has 14.",
    "Your train leaves at 8:40 in the morning.", "Congratulations, Michael!",
]


def heard_error(reference: str, transcript: str) -> tuple[int, int]:
    """(errors, reference words), numbers compared as numbers ("eight" = "8", "1,250" = "1250")."""
    from assistant.skills.numbers import normalize_numbers
    from tests.wer import wer, words

    def norm(text: str) -> list[str]:
        # spellings that say the same words: "OK"/"okay", "15%"/"15 percent", "Dr."/"doctor"
        text = text.lower().replace(",", "").replace("%", " percent").replace("dr.", "doctor")
        return [{"okay": "ok"}.get(w, w) for w in words(normalize_numbers(text))]
    ref, hyp = norm(reference), norm(transcript)
    return round(wer(" ".join(ref), " ".join(hyp)) * max(1, len(ref))), max(1, len(ref))


def main() -> int:
    from assistant.core.models import Models
    from assistant.modelstore.registry import verified_dir
    from assistant.settings import Settings
    from assistant.speech.transcriber import Transcriber
    from assistant.voice.speakable import speakable

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--asr", default="whisper-tiny.en")
    parser.add_argument("--out", type=Path, default=Path("bench/results/voice.json"))
    args = parser.parse_args()
    whisper = Transcriber(verified_dir(args.asr))
    results = {}
    for label, voice_id in (("neural (piper joe)", None), ("system (espeak-ng)", "system")):
        voice = Models(Settings(voice_id=voice_id)).voice
        voice.synthesize("Ready.")
        errors = words = 0
        render_ms, rows = [], []
        for reply in REPLIES:
            text = speakable(reply)
            start = time.perf_counter()
            speech = voice.synthesize(text)
            render_ms.append(1000 * (time.perf_counter() - start))
            n = int(round(speech.samples.size * 16000 / speech.sample_rate))
            audio = np.interp(np.linspace(0, speech.samples.size - 1, n), np.arange(speech.samples.size),
                              speech.samples).astype(np.float32)
            transcript = whisper.transcribe(audio).text
            e, w = heard_error(reply, transcript)
            errors, words = errors + e, words + w
            rows.append({"reply": reply, "spoken_as": text, "heard": transcript, "errors": e, "words": w})
        results[label] = {"engine": voice.name, "wer": round(errors / words, 4), "errors": errors, "words": words,
                          "render_ms_median": round(statistics.median(render_ms), 1),
                          "render_ms_p90": round(sorted(render_ms)[int(0.9 * len(render_ms))], 1), "rows": rows}
        print(f"{label}: WER {errors}/{words} = {errors / words:.1%} ({args.asr}); render median "
              f"{statistics.median(render_ms):.0f} ms per reply")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
