"""Words that rhyme ("What rhymes with cat?"; the assistant said it had no rhyming dictionary): the common words of
WordNet (those its tagged texts use, ~17,000), each said by espeak-ng, the voice engine already here; two words rhyme
when their sounds match from the last stressed vowel to the end. The index is built once, in a separate process (a few
seconds: espeak is not safe to share with the voice's own use of it), and kept in the cache folder. Only the whole
rhyme counts ("cat": hat, that, flat; not "bobcat", which ends in the word itself)."""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
from collections import defaultdict

from assistant.skills import dictionary
from assistant.skills.base import Param, Skill, SkillError, SkillResult

VERSION = 1
_VOWELS = set("aeiouæɑɒɔəɛɜɪʊʌɐᵻɚɝy")
_ASKED = re.compile(r"(?:what |which )?(?:words? )?rhymes? with (?P<a>[a-z'-]+)|(?:give me |tell me |what is |what's |what are |"
                    r"find )?(?:a |some |any )?(?:words? )?(?:that|which) rhymes? with (?P<b>[a-z'-]+)|(?:give me |find )?(?:a |some |"
                    r"any )?rhymes? (?:for|with) (?P<c>[a-z'-]+)|(?:what is |what's )?a rhyme for (?P<d>[a-z'-]+)")


def asked(text: str) -> dict | None:
    """rhymes' arguments for "what rhymes with cat" (cleaned text), or None."""
    m = _ASKED.fullmatch(text.rstrip("?.! "))
    return {"word": next(g for g in m.groups() if g)} if m else None


def _frequencies() -> dict[str, int]:
    """How often each word is used in WordNet's tagged texts (cntlist.rev): the common words."""
    counts: dict[str, int] = defaultdict(int)
    path = dictionary.wordnet_dir() / "cntlist.rev"
    for line in path.read_text(errors="replace").splitlines():
        key, _sense, count = line.rsplit(" ", 2)
        word = key.split("%", 1)[0]
        if word.isalpha():
            counts[word.lower()] += int(count)
    return dict(counts)


def _build() -> dict:
    """{word: [its sounds, how common]} (run in its own process: python -m assistant.skills.rhymes)."""
    from piper import espeakbridge
    from piper.phonemize_espeak import ESPEAK_DATA_DIR

    espeakbridge.initialize(str(ESPEAK_DATA_DIR))
    espeakbridge.set_voice("en-us")
    common = _frequencies()
    words = sorted(common)
    said = [p for p, _t, _e in espeakbridge.get_phonemes(", ".join(words))]
    if len(said) != len(words):
        raise RuntimeError(f"espeak said {len(said)} clauses for {len(words)} words")
    return {"version": VERSION, "words": {w: [re.sub(r"\([^)]+\)", "", p), common[w]] for w, p in zip(words, said)}}


def _cache_path():
    from assistant import paths

    return paths.cache_dir() / f"rhymes-{VERSION}.json"


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, list]:
    path = _cache_path()
    try:
        return json.loads(path.read_text())["words"]
    except (OSError, ValueError, KeyError):
        pass
    try:
        done = subprocess.run([sys.executable, "-m", "assistant.skills.rhymes"], capture_output=True, text=True, timeout=120)
        built = json.loads(done.stdout)
    except (OSError, ValueError, subprocess.SubprocessError) as exc:
        raise SkillError("I couldn't build my rhyming list on this computer.",
                         hint="Check that the neural voice (piper-tts) is installed: `assistant models install`.") from exc
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(built))
    tmp.replace(path)
    return built["words"]


def _rhyme_part(sounds: str) -> str:
    """The sounds from the last stressed vowel on ("kˈat" -> "at"), stress marks dropped."""
    stressed = max(sounds.rfind("ˈ"), sounds.rfind("ˌ") if "ˈ" not in sounds else -1)
    tail = sounds[stressed + 1:] if stressed >= 0 else sounds
    if stressed < 0:   # unstressed (a short word): from its last vowel
        vowels = [i for i, c in enumerate(tail) if c in _VOWELS]
        start = vowels[0] if vowels else 0
        while start > 0 and tail[start - 1] in _VOWELS:
            start -= 1
        tail = tail[start:]
        last = max((i for i, c in enumerate(tail) if c in _VOWELS), default=0)
        while last > 0 and tail[last - 1] in _VOWELS:
            last -= 1
        tail = tail[last:]
    first = next((i for i, c in enumerate(tail) if c in _VOWELS), 0)
    return tail[first:].replace("ˌ", "").replace("ˈ", "")


def _sounds_of(word: str, index: dict[str, list]) -> str:
    if word in index:
        return index[word][0]
    try:
        done = subprocess.run(["espeak-ng", "-q", "--ipa", "-v", "en-us", word], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError) as exc:
        raise SkillError(f"I couldn't work out how {word} sounds.") from exc
    return done.stdout.strip()


@functools.lru_cache(maxsize=1)
def _by_rhyme() -> dict[str, list[tuple[str, int]]]:
    """The index grouped by rhyme part, worked out once: {"at": [("cat", 12), ("hat", 30)...]}."""
    groups: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for w, (sounds, n) in _index().items():
        groups[_rhyme_part(sounds)].append((w, n))
    return dict(groups)


def rhymes(word: str, most: int = 6) -> SkillResult:
    said = word.strip().lower()
    part = _rhyme_part(_sounds_of(said, _index()))
    if not part:
        raise SkillError(f"I couldn't work out how {said} sounds.")
    found = [(w, n) for w, n in _by_rhyme().get(part, [])
             if w != said and not w.endswith(said) and not said.endswith(w)]
    found.sort(key=lambda pair: (-pair[1], len(pair[0]), pair[0]))
    words = [w for w, _ in found[:most]]
    if not words:
        return SkillResult(f"I can't find a common word that rhymes with {said}.", {"word": said, "rhymes": []})
    listed = ", ".join(words[:-1]) + f" and {words[-1]}" if len(words) > 1 else words[0]
    return SkillResult(f"Words that rhyme with {said}: {listed}.", {"word": said, "rhymes": words})


SKILL = Skill("rhymes", "Common words that rhyme with a word.", {"word": Param(str)}, rhymes, for_model=False)


if __name__ == "__main__":
    sys.stdout.write(json.dumps(_build()))
