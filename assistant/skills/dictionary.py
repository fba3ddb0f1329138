"""What an English word means, from WordNet 3.0 (Debian's wordnet-base, read from its files: no
network, no model). The 135M model guesses at definitions; a dictionary does not.

The index files are sorted byte-wise, so a word is found by binary search in the file (nothing is
loaded into memory); its definition is the gloss of its first (most frequent) sense, in the part of
speech whose senses are most often seen in WordNet's tagged texts. Inflected forms are reduced with
WordNet's own exception lists and suffix rules ("geese" -> goose, "running" -> run)."""

from __future__ import annotations

import functools
import mmap
import os
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.skills.base import Param, Skill, SkillError, SkillResult

POS = ("noun", "verb", "adj", "adv")  # the WordNet files: index.noun, data.noun, noun.exc ...
SPOKEN_POS = {"noun": "a noun", "verb": "a verb", "adj": "an adjective", "adv": "an adverb"}
# WordNet's detachment rules (morphy): suffix -> ending, per part of speech
_RULES = {"noun": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
                   ("ies", "y")],
          "verb": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
          "adj": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")], "adv": []}


def wordnet_dir() -> Path:
    return Path(os.environ.get("ASSISTANT_WORDNET_DIR", "/usr/share/wordnet"))


@dataclass(frozen=True)
class Definition:
    word: str           # the headword found ("goose" for "geese", "GDP" for "gdp")
    gloss: str          # the first sense's definition: its first clause, without examples
    pos: str            # noun | verb | adj | adv
    senses: int         # how many senses the word has in that part of speech


# "what does that mean" asks about the last answer, not about a word ("it" is "information technology")
_NOT_WORDS = {"it", "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "me", "him", "her",
              "them", "us", "my", "your", "his", "its", "our", "their", "one", "so", "all", "what", "which", "there"}
_PHRASE = re.compile(r"^(?:what does (?:the word )?(?P<a>.+?) mean|what is the (?:meaning|definition) of (?:the word )?(?P<b>.+)|"
                     r"(?:define|definition of|meaning of) (?:the word )?(?P<c>.+))$")


def asked_word(text: str) -> str | None:
    """The word in "what does X mean", "define X", "what is the meaning of X" (text cleaned and lower-cased)
    when the dictionary has it; otherwise None (the model answers)."""
    m = _PHRASE.match(text)
    if not m:
        return None
    word = (m.group("a") or m.group("b") or m.group("c")).strip(" '\"")
    if not re.fullmatch(r"[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2}", word) or word in _NOT_WORDS:
        return None
    if word == "life" and "meaning" in text:
        return None  # the meaning of life is a question for the model, not for a dictionary
    return word if lookup(word) else None


def available() -> bool:
    return all((wordnet_dir() / f"{kind}.{pos}").exists() for pos in POS for kind in ("index", "data"))


def _find_line(path: Path, key: bytes) -> bytes | None:
    """The line of a sorted WordNet file that starts with `key` + space (license lines start with spaces)."""
    with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        lo, hi = 0, len(data)
        while lo < hi:
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", 0, mid) + 1
            end = data.find(b"\n", start)
            end = len(data) if end < 0 else end
            line = data[start:end]
            head = line.split(b" ", 1)[0] if not line.startswith(b" ") else b""
            if head == key:
                return line
            if head < key:
                lo = end + 1
            else:
                hi = start
    return None


def _exceptions(pos: str, form: str) -> list[str]:
    line = _find_line(wordnet_dir() / f"{pos}.exc", form.encode())
    return [w.decode() for w in line.split()[1:]] if line else []


def _base_forms(pos: str, form: str) -> list[str]:
    forms = [form, *_exceptions(pos, form)]
    forms += [form[: -len(suffix)] + ending for suffix, ending in _RULES[pos]
              if form.endswith(suffix) and len(form) > len(suffix) + 1]
    return list(dict.fromkeys(forms))


def _synset(pos: str, offset: int, base: str) -> tuple[str, str]:
    """(the headword as the synset writes it, "GDP" for "gdp"; its definition, first clause, no examples)."""
    with open(wordnet_dir() / f"data.{pos}", "rb") as handle:
        handle.seek(offset)
        line = handle.readline().decode("utf-8", "replace")
    head, _, gloss = line.partition(" | ")
    fields = head.split()
    words = fields[4:4 + 2 * int(fields[3], 16):2]
    written = next((w for w in words if w.lower() == base), base).split("(")[0].replace("_", " ")
    definition = gloss.split('"', 1)[0].strip().rstrip(";").strip()
    first, _, rest = definition.partition("; ")
    return written, first if len(first) >= 20 or not rest else definition


@functools.lru_cache(maxsize=256)
def lookup(text: str) -> Definition | None:
    """The definition of a word or short phrase ("ice cream"), or None when WordNet lacks it or is not
    installed."""
    form = "_".join(text.lower().strip().split())
    if not form or not available():
        return None
    best = None
    for pos in POS:
        for base in _base_forms(pos, form):
            line = _find_line(wordnet_dir() / f"index.{pos}", base.encode())
            if line is None:
                continue
            fields = line.decode().split()
            pointer_count = int(fields[3])
            senses, tagged = int(fields[4 + pointer_count]), int(fields[5 + pointer_count])
            offsets = fields[6 + pointer_count:]
            # An adverb that is also an adjective's form ("scarce", "fast") is asked about as the adjective:
            # its adverb sense wins only with more tagged uses than that by more than one.
            rank = (tagged - (pos == "adv"), senses, base == form)
            if best is None or rank > best[0]:
                best = (rank, Definition(*_synset(pos, int(offsets[0]), base), pos=pos, senses=senses))
            break
    return best[1] if best else None


def define(word: str) -> SkillResult:
    found = lookup(word)
    if found is None:
        raise SkillError(f"I couldn't find {word} in my dictionary.")
    said = word.strip().lower()
    kind = SPOKEN_POS[found.pos]
    same = said == found.word.lower()
    head = f"{found.word} is {kind}" if same else f"{said} is a form of {found.word}, {kind}"
    return SkillResult(f"{head[0].upper()}{head[1:]} meaning: {found.gloss}.",
                       {"word": found.word, "pos": found.pos, "definition": found.gloss, "senses": found.senses})


SKILL = Skill("define", "Say what an English word means, from the offline dictionary (WordNet).",
              {"word": Param(str)}, define, for_model=False)
