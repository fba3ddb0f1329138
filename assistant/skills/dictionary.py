"""What an English word means, from WordNet 3.0 (Debian's wordnet-base, read from its files: no
network, no model). The 135M model guesses at definitions; a dictionary does not.

The index files are sorted byte-wise, so a word is found by binary search in the file (nothing is
loaded into memory); its definition is the gloss of its first (most frequent) sense, in the part of
speech whose senses are most often seen in WordNet's tagged texts. Inflected forms are reduced with
WordNet's own exception lists and suffix rules ("geese" -> goose, "running" -> run). A definition also
names a few words of the same sense (an adjective "satellite" first names its head: "arid" -> dry) and
the word's opposite where WordNet records one; "what is the opposite of X" is answered from the same
pointers (a satellite's opposite is its head's: "tiny" -> large)."""

from __future__ import annotations

import functools
import mmap
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

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
    similar: tuple[str, ...] = ()   # other words of that sense (a satellite's head first)
    opposite: str | None = None     # the sense's direct antonym, as WordNet records it
    head_opposite: str | None = None  # a satellite's head's antonym (the indirect one: "tiny" -> large)
    also: str | None = None         # the second sense's definition, when it is about as common as the first


@dataclass(frozen=True)
class _Synset:
    kind: str                        # n v a s r (s: an adjective satellite)
    words: list[str]                 # as written, underscores for spaces
    pointers: list[tuple[str, int, str, int, int]]  # (symbol, offset, pos file, source word, target word)
    gloss: str


_POS_FILE = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
MAX_SIMILAR = 2
RARE = 3   # a word seen fewer times in WordNet's tagged texts is not offered as another word ("unagitated")


# "what does that mean" asks about the last answer, not about a word ("it" is "information technology")
_NOT_WORDS = {"it", "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "me", "him", "her",
              "them", "us", "my", "your", "his", "its", "our", "their", "one", "so", "all", "what", "which", "there"}
_PHRASE = re.compile(r"^(?:what does (?:the word )?(?P<a>.+?) mean|what is the (?:meaning|definition) of (?:the word )?(?P<b>.+)|"
                     r"(?:define|definition of|meaning of) (?:the word )?(?P<c>.+)|"
                     r"what does it mean (?:to be|if someone is|when someone is) (?P<d>.+))$")
_OPPOSITE = re.compile(r"^(?:what is |tell me )?(?:the |an )?(?:opposite|antonym) (?:of|for) (?:the word )?(?P<w>.+)$")


def asked_word(text: str) -> str | None:
    """The word in "what does X mean", "define X", "what is the meaning of X" (text cleaned and lower-cased)
    when the dictionary has it; otherwise None (the model answers)."""
    m = _PHRASE.match(text)
    if not m:
        return None
    word = _a_word(m.group("a") or m.group("b") or m.group("c") or m.group("d"))
    if word is None:
        return None
    if word == "life" and "meaning" in text:
        return None  # the meaning of life is a question for the model, not for a dictionary
    return word if lookup(word) else None


def asked_opposite(text: str) -> str | None:
    """The word in "what is the opposite of X" (cleaned text) when the dictionary gives its opposite."""
    m = _OPPOSITE.match(text)
    if not m:
        return None
    word = _a_word(m.group("w"))
    return word if word is not None and opposite_of(word) else None


def _a_word(said: str) -> str | None:
    """A word or short phrase of up to three words as asked about (quotes stripped), not a pronoun; else None."""
    word = said.strip(" '\"")
    if not re.fullmatch(r"[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2}", word) or word in _NOT_WORDS:
        return None
    return word


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


def _read(pos: str, offset: int) -> _Synset:
    """One synset line of data.<pos>: its words, pointers and gloss."""
    with open(wordnet_dir() / f"data.{pos}", "rb") as handle:
        handle.seek(offset)
        line = handle.readline().decode("utf-8", "replace")
    head, _, gloss = line.partition(" | ")
    fields = head.split()
    count = int(fields[3], 16)
    words = [w.split("(")[0] for w in fields[4:4 + 2 * count:2]]
    at = 4 + 2 * count
    pointers = []
    for i in range(int(fields[at])):
        symbol, target, kind, ends = fields[at + 1 + 4 * i: at + 5 + 4 * i]
        pointers.append((symbol, int(target), _POS_FILE[kind], int(ends[:2], 16), int(ends[2:], 16)))
    return _Synset(fields[2], words, pointers, gloss)


def _spoken(word: str) -> str:
    return word.replace("_", " ")


def _squeezed(word: str) -> str:
    return re.sub(r"[\s_-]", "", word.lower())


def _antonym(synset: _Synset, position: int) -> str | None:
    """The direct antonym of the synset's word at `position` (1-based), if WordNet records one."""
    for symbol, target, pos, source, goal in synset.pointers:
        if symbol == "!" and source in (0, position):
            return _spoken(_read(pos, target).words[max(goal, 1) - 1])
    return None


_SS_TYPES = {"noun": b"1", "verb": b"2", "adj": b"35", "adv": b"4"}   # the sense keys' part-of-speech digits
SECOND_SENSE = 0.5   # a second sense is said when it is tagged at least half as often as the first


def _tag_counts(pos: str, base: str) -> dict[int, int]:
    """How often each sense (by number) of `base` was seen in WordNet's tagged texts (cntlist.rev; empty
    when the file is missing)."""
    path = wordnet_dir() / "cntlist.rev"
    if not path.exists():
        return {}
    counts: dict[int, int] = {}
    key, kinds = base.encode() + b"%", _SS_TYPES[pos]
    with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        found = data.find(b"\n" + key)   # the word's lines are together: the file is sorted
        at = 0 if data[:len(key)] == key else found + 1 if found >= 0 else -1
        while at >= 0:
            end = data.find(b"\n", at)
            line = data[at:end if end >= 0 else len(data)]
            if not line.startswith(key):
                break
            fields = line.split()
            if len(fields) == 3 and line[len(key)] in kinds:
                counts[int(fields[1])] = counts.get(int(fields[1]), 0) + int(fields[2])
            at = end + 1 if end >= 0 else -1
    return counts


def _gloss(synset: _Synset) -> str:
    definition = synset.gloss.split('"', 1)[0].strip().rstrip(";").strip()
    first, _, rest = definition.partition("; ")
    return first if len(first) >= 20 or not rest else definition


def _definition(pos: str, offsets: list[int], base: str, senses: int) -> Definition:
    """The first sense of `base`: the headword as the synset writes it ("GDP" for "gdp"), its definition
    (first clause, no examples), words of the same sense and its opposite; and the second sense's
    definition when the tagged texts use it about as often ("bank": sloping land, a financial institution)."""
    synset = _read(pos, offsets[0])
    lowered = [w.lower() for w in synset.words]
    position = lowered.index(base) + 1 if base in lowered else 1
    written = _spoken(synset.words[position - 1]) if base in lowered else _spoken(base)
    similar, head_opposite, also = [], None, None
    if synset.kind == "s":   # a satellite: its head is the general sense ("arid" -> dry)
        for symbol, target, head_pos, _, _ in synset.pointers:
            if symbol == "&":
                head = _read(head_pos, target)
                similar.append(_spoken(head.words[0]))
                head_opposite = _antonym(head, 1)
                break
    similar += [_spoken(w) for w in synset.words if w.lower() != base]
    same = _squeezed(written)
    similar = [w for w in dict.fromkeys(similar) if _squeezed(w) != same][:MAX_SIMILAR]  # not "icecream"
    if len(offsets) > 1:
        counts = _tag_counts(pos, base)
        if counts.get(2, 0) >= max(1, SECOND_SENSE * counts.get(1, 0)):
            also = _gloss(_read(pos, offsets[1]))
    return Definition(written, _gloss(synset), pos, senses, tuple(similar), _antonym(synset, position),
                      head_opposite, also)


@functools.lru_cache(maxsize=256)
def lookup(text: str) -> Definition | None:
    """The definition of a word or short phrase ("ice cream"), or None when WordNet lacks it or is not
    installed."""
    return next(_senses(text), None)


def index_entry(pos: str, base: str) -> tuple[int, int, list[int]] | None:
    """(senses, tagged senses, synset offsets, most frequent first) of `base` in index.<pos>, or None."""
    line = _find_line(wordnet_dir() / f"index.{pos}", base.encode())
    if line is None:
        return None
    fields = line.decode().split()
    pointer_count = int(fields[3])
    return int(fields[4 + pointer_count]), int(fields[5 + pointer_count]), [int(o) for o in fields[6 + pointer_count:]]


def _ranked(text: str) -> list[tuple[str, list[int], str, int]]:
    """(part of speech, sense offsets, base form, sense count) of each part of speech the word has, the
    likeliest meant first."""
    form = "_".join(text.lower().strip().split())
    if not form or not available():
        return []
    ranked = []
    for pos in POS:
        for base in _base_forms(pos, form):
            entry = index_entry(pos, base)
            if entry is None:
                continue
            senses, tagged, offsets = entry
            # An adverb that is also an adjective's form ("scarce", "fast") is asked about as the adjective:
            # its adverb sense wins only with more tagged uses than that by more than one.
            rank = (tagged - (pos == "adv"), senses, base == form)
            ranked.append((rank, (pos, offsets, base, senses)))
            break
    ranked.sort(key=lambda pair: pair[0], reverse=True)
    return [found for _, found in ranked]


def _senses(text: str) -> Iterator[Definition]:
    """The word's first sense in each part of speech it has, the likeliest meant first (each read only when
    asked for)."""
    for found in _ranked(text):
        yield _definition(*found)


def opposite_of(text: str) -> str | None:
    """The opposite of a word: its likeliest sense's antonym, else a satellite's head's, else another part
    of speech's ("increase": the noun has none, the verb's is decrease)."""
    for definition in _senses(text):
        if definition.opposite or definition.head_opposite:
            return definition.opposite or definition.head_opposite
    return None


_SYNONYM = re.compile(r"^(?:what is |what are |give me |tell me |can you give me |can you tell me |i need |what's )?"
                      r"(?:an? |some |another |other )?(?:synonyms?|other words?|words?|another way to say)"
                      r"(?: that means?| which means?| meaning| for| of| to say)? (?:the word )?(?P<w>.+)$")


def asked_synonym(text: str) -> str | None:
    """The word in "a synonym for happy", "another word for big", "a word that means fast" (cleaned text)
    when the dictionary has other words of its sense."""
    m = _SYNONYM.match(text)
    if not m or not re.search(r"synonym|other word|another word|word (?:that|which) means|another way to say", text):
        return None
    word = _a_word(m.group("w"))
    return word if word is not None and synonyms_of(word) else None


def synonyms_of(text: str, most: int = 3) -> list[str]:
    """WordNet's synonyms proper: the other words of the likeliest sense's synset, and for an adjective satellite
    its head ("arid": dry); for a head adjective alone in its synset, the ones WordNet says to see also, the most
    used first ("happy": glad, joyous, cheerful), never its own forms ("good": better, best). The senses WordNet
    only calls similar to a head adjective are not synonyms ("happy": blessed, golden), nor are other senses'
    words ("smart": ache)."""
    said = _squeezed(text.lower())
    # the likeliest sense of the word as said ("tired" the adjective, not the verb "tire"), that one only:
    # other senses' words are not synonyms
    ranked = sorted(_ranked(text), key=lambda r: _squeezed(r[2]) != said)
    if not ranked:
        return []
    pos, offsets, _base, _count = ranked[0]
    synset = _read(pos, offsets[0])
    head = [_read(target_pos, target).words[0] for symbol, target, target_pos, _, _ in synset.pointers
            if symbol == "&" and synset.kind == "s"]
    found = [_spoken(w) for w in synset.words + head]   # in the synset's order (its usual word first)
    found = list(dict.fromkeys(w for w in found if _squeezed(w.lower()) != said))
    if not found and synset.kind == "a":
        also = [_read(target_pos, target).words[0] for symbol, target, target_pos, _, _ in synset.pointers
                if symbol == "^" and target_pos == "adj"]
        also = [w for w in dict.fromkeys(also) if _squeezed(w) != said and said not in _exceptions("adj", w.lower())]
        used = {w: sum(_tag_counts("adj", w.lower()).values()) for w in also}
        found = [_spoken(w) for w in sorted(also, key=lambda w: -used[w]) if used[w] >= RARE]   # (ties: in order)
    return found[:most]


def synonyms(word: str) -> SkillResult:
    said = word.strip().lower()
    found = synonyms_of(said)
    if not found:
        raise SkillError(f"My dictionary doesn't give another word for {said}.")
    listed = found[0] if len(found) == 1 else ", ".join(found[:-1]) + f" or {found[-1]}"
    return SkillResult(f"Another word for {said} is {listed}.", {"word": said, "synonyms": found})


def define(word: str) -> SkillResult:
    found = lookup(word)
    if found is None:
        raise SkillError(f"I couldn't find {word} in my dictionary.")
    said = word.strip().lower()
    kind = SPOKEN_POS[found.pos]
    same = said == found.word.lower()
    head = f"{found.word} is {kind}" if same else f"{said} is a form of {found.word}, {kind}"
    speech = f"{head[0].upper()}{head[1:]} meaning: {found.gloss}."
    if found.also:
        speech = f"{speech[:-1]}; also, {found.also}."
    if found.similar:
        speech += f" Similar: {', '.join(found.similar)}."
    if found.opposite:
        speech += f" Opposite: {found.opposite}."
    return SkillResult(speech, {"word": found.word, "pos": found.pos, "definition": found.gloss, "also": found.also,
                                "senses": found.senses, "similar": list(found.similar), "opposite": found.opposite})


def opposite(word: str) -> SkillResult:
    said = word.strip().lower()
    other = opposite_of(said)
    if not other:
        raise SkillError(f"My dictionary doesn't give an opposite of {said}.")
    return SkillResult(f"The opposite of {said} is {other}.", {"word": said, "opposite": other})


SKILL = Skill("define", "Say what an English word means, from the offline dictionary (WordNet).",
              {"word": Param(str)}, define, for_model=False)
SYNONYMS = Skill("synonyms", "Say other words for an English word, from the offline dictionary (WordNet).",
                 {"word": Param(str)}, synonyms, for_model=False)
OPPOSITE = Skill("opposite", "Say the opposite of an English word, from the offline dictionary (WordNet).",
                 {"word": Param(str)}, opposite, for_model=False)
