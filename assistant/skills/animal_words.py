"""What a young animal or a group of animals is called ("a baby eel" -> elver, "a group of larks" ->
exaltation), from WordNet (the same files as the dictionary): its animal nouns whose gloss says "young X"
("elver: young eel", "cub: the young of certain carnivorous mammals such as the bear or wolf or lion") and
its group nouns whose gloss says "a flock of X" or whose member pointers name the animal ("pride": a group
of lions). Only an animal named there is answered; a magpie is not given the flock of birds in general
(the model answers, or says it does not know)."""

from __future__ import annotations

import functools
import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.dictionary import _base_forms, _read, _spoken, available, index_entry, wordnet_dir

ANIMAL_FILE, GROUP_FILE = "05", "14"   # WordNet's lexicographer files noun.animal and noun.group
_YOUNG = re.compile(r"^(?:the |an? )?(?:young|larval) (?:of )?(?P<rest>.+)$")
_GROUP = re.compile(r"^an? (?:[a-z]+ )?(?:flock|group|herd|pack|school|swarm|colony|pod|troop|litter|brood|band|"
                    r"drove|covey|bevy|gaggle) of (?P<rest>.+)$")
# Words of a class, not an animal one can ask about ("young of various large placental mammals")
_GENERIC = {"animal", "mammal", "bird", "fish", "creature", "beast", "insect", "young", "offspring", "fowl",
            "vertebrate", "invertebrate", "carnivore", "herbivore", "organism", "placental", "female", "male"}
_PEOPLE = {"human", "person", "people", "man", "woman", "child"}
FOOD_FILE = "13"   # noun.food: "eel" and "lamb" are food first, an animal next
_CLAUSE = re.compile(r" (?:that|which|who|whose|when|where|including|especially|used|having) ")


@functools.lru_cache(maxsize=4096)
def _is_animal(word: str) -> str | None:
    """The noun's singular when it means an animal first (or food first and an animal next: "eel"), else
    None ("painter" is a cougar only after a person who paints)."""
    for base in _base_forms("noun", word):
        entry = index_entry("noun", base)
        if entry is None:
            continue
        files = []
        with open(wordnet_dir() / "data.noun", "rb") as handle:
            for offset in entry[2][:2]:
                handle.seek(offset)
                files.append(handle.readline().split(b" ", 2)[1].decode())
        animal = files[0] == ANIMAL_FILE or files[0] == FOOD_FILE and ANIMAL_FILE in files
        return base if animal and base not in _PEOPLE else None
    return None


def _animals_named(text: str, kind: str) -> list[str]:
    """The animals a gloss's clause names ("the bear or wolf or lion"); for young ones, not a class
    ("young of various large placental mammals" names none)."""
    named = (_is_animal(w) for w in re.findall(r"[a-z]+", _CLAUSE.split(f" {text} ")[0]))
    return [a for a in dict.fromkeys(named) if a and (a not in _GENERIC or kind == "group" and a in ("bird", "fish"))]


@functools.lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, str]]:
    """{"young": {animal: name}, "group": {animal: name}}; where several names fit, the one whose gloss
    says least besides the animal ("foal: a young horse" before "filly: a young female horse under ...")."""
    found: dict[str, dict[str, tuple[tuple, str]]] = {"young": {}, "group": {}}
    with open(wordnet_dir() / "data.noun", "rb") as handle:
        for raw in handle:
            if raw.startswith(b" "):
                continue   # the licence
            fields = raw.split(b" ", 4)
            lexfile = fields[1].decode()
            if lexfile not in (ANIMAL_FILE, GROUP_FILE):
                continue
            synset = _read("noun", int(fields[0]))
            clause = synset.gloss.split(";")[0].split("(")[0].strip().lower()
            kind, match = ("young", _YOUNG.match(clause)) if lexfile == ANIMAL_FILE else ("group", _GROUP.match(clause))
            if not match:
                continue
            rest = match.group("rest")
            animals = _animals_named(rest, kind)
            if kind == "group" and (animals or any(w.rstrip("s") in _GENERIC for w in rest.split())):
                # the member pointers name the animal in WordNet's own terms ("pod": cetacean), but only for a
                # group of animals ("a pack of 52 playing cards" has the queen as a member)
                for symbol, target, pos, _, _ in synset.pointers:
                    if symbol == "%m" and pos == "noun":
                        animals += [a for w in _read("noun", target).words if "_" not in w
                                    and (a := _is_animal(w.lower())) not in _GENERIC]
            name = _spoken(synset.words[0])
            # one word before two ("cub" before "bear cub"), then the gloss that says least besides the animal
            rank = (" " in name, len(rest.split()))
            for animal in dict.fromkeys(a for a in animals if a):
                best = found[kind].get(animal)
                if best is None or rank < best[0]:
                    found[kind][animal] = (rank, name)
    return {kind: {animal: name for animal, (_, name) in table.items()} for kind, table in found.items()}


# What WordNet does not name, from the usual lists of young animals and collective nouns (asked after WordNet's own
# entries: "a baby skunk" was "a small, furry animal", "a group of magpies" "a flock"); two names where both are used.
_KNOWN = {
    "young": {"aardvark": "cub", "alligator": "hatchling", "alpaca": "cria", "antelope": "calf", "badger": "cub", "bat": "pup",
              "bear": "cub", "beaver": "kit", "bobcat": "kitten", "buffalo": "calf", "butterfly": "caterpillar",
              "camel": "calf", "cat": "kitten", "cheetah": "cub", "chicken": "chick", "cougar": "kitten, or cub",
              "cow": "calf", "coyote": "pup", "crocodile": "hatchling", "deer": "fawn", "dog": "puppy", "dolphin": "calf",
              "donkey": "foal", "duck": "duckling", "eagle": "eaglet", "elephant": "calf", "elk": "calf", "ferret": "kit",
              "fish": "fry", "fox": "kit, or cub", "frog": "tadpole", "giraffe": "calf", "goat": "kid", "goose": "gosling",
              "hare": "leveret", "hawk": "eyas", "hedgehog": "hoglet", "hippopotamus": "calf", "horse": "foal",
              "jaguar": "cub", "kangaroo": "joey", "koala": "joey", "leopard": "cub", "lion": "cub", "llama": "cria",
              "moose": "calf", "mouse": "pup", "opossum": "joey", "ostrich": "chick", "otter": "pup", "owl": "owlet",
              "panda": "cub", "panther": "cub, or kitten", "peacock": "peachick", "penguin": "chick", "pig": "piglet",
              "pigeon": "squab", "platypus": "puggle", "porcupine": "porcupette", "rabbit": "kit, or kitten",
              "raccoon": "kit", "rat": "pup", "rhinoceros": "calf", "seal": "pup", "shark": "pup", "sheep": "lamb",
              "skunk": "kit, or kitten", "spider": "spiderling", "squirrel": "kit, or kitten", "swan": "cygnet",
              "tiger": "cub", "toad": "tadpole", "turkey": "poult", "turtle": "hatchling", "whale": "calf",
              "wolf": "pup, or cub", "zebra": "foal"},
    "group": {"ant": "colony", "ape": "troop", "bat": "colony", "bear": "sloth, or sleuth", "bee": "swarm", "buffalo": "herd",
              "butterfly": "kaleidoscope", "camel": "caravan", "cat": "clowder", "cheetah": "coalition", "chicken": "flock",
              "cow": "herd", "crow": "murder", "deer": "herd", "dog": "pack", "dolphin": "pod", "duck": "flock, or paddling",
              "eagle": "convocation", "elephant": "herd", "ferret": "business", "fish": "school", "flamingo": "flamboyance",
              "fox": "skulk", "frog": "army", "goose": "gaggle", "giraffe": "tower", "gorilla": "troop, or band",
              "hippopotamus": "bloat", "horse": "herd", "hummingbird": "charm", "hyena": "cackle", "jellyfish": "smack",
              "kangaroo": "mob", "lark": "exaltation", "lion": "pride", "magpie": "tiding, or tidings", "meerkat": "mob",
              "monkey": "troop", "owl": "parliament", "parrot": "pandemonium", "penguin": "colony, or waddle",
              "pig": "drove", "rabbit": "colony", "rat": "mischief", "raven": "unkindness", "rhinoceros": "crash",
              "seal": "colony", "shark": "shiver", "sheep": "flock", "snake": "nest", "sparrow": "host",
              "squirrel": "scurry", "starling": "murmuration", "swan": "bevy", "tiger": "streak", "toad": "knot",
              "turkey": "rafter", "turtle": "bale", "whale": "pod", "wolf": "pack", "zebra": "dazzle"},
    # session 25 ("What sound does a cow make?" -> "A cow makes a low, rumbling sound.")
    "sound": {"cow": "moo", "dog": "woof: it barks", "cat": "meow, and it purrs when content", "pig": "oink", "sheep": "baa",
              "goat": "maa: it bleats", "duck": "quack", "horse": "neigh", "donkey": "hee-haw: it brays",
              "chicken": "cluck; a rooster crows cock-a-doodle-doo", "rooster": "cock-a-doodle-doo", "owl": "hoot",
              "lion": "roar", "tiger": "roar", "snake": "hiss", "bee": "buzz", "frog": "ribbit: it croaks",
              "mouse": "squeak", "elephant": "~trumpets", "wolf": "~howls", "bird": "tweet: it chirps and sings",
              "turkey": "gobble", "crow": "caw", "goose": "honk", "dove": "coo", "pigeon": "coo", "bear": "~growls",
              "monkey": "ooh-ooh-aah-aah: it chatters and screeches", "fox": "~yips, barks and even screams",
              "dolphin": "~clicks and whistles", "seal": "~barks", "hyena": "~whoops, a call that sounds like laughing",
              "cricket": "~chirps", "parrot": "squawk, and many copy words"},
}


def warm_up() -> None:
    try:
        _found("eel", "young")
    except Exception:  # noqa: BLE001 - a damaged WordNet: these questions go to the model, the app starts
        pass


def _found(animal: str, kind: str) -> tuple[str, str] | None:
    """(the animal's singular, what a young one or a group of them is called): WordNet's, else the usual lists'
    (_KNOWN); None when neither names it (also when WordNet's files are missing or cannot be read)."""
    if not available():
        return None
    try:
        table = _tables()[kind] if kind != "sound" else {}   # (sounds: the list below only)
    except (OSError, ValueError, IndexError, KeyError):
        return None
    bases = _base_forms("noun", "_".join(animal.lower().split()))
    for base in bases:
        if base in table:
            return _spoken(base), table[base]
    return next(((_spoken(base), _KNOWN[kind][base]) for base in bases if base in _KNOWN[kind]), None)


def name_for(animal: str, kind: str) -> str | None:
    """What a young one ("young") or a group ("group") of `animal` is called, or None."""
    found = _found(animal, kind)
    return found[1] if found else None


_ASKED = re.compile(r"^(?:what is|what's|what are|what do you call|what do we call|what is the name (?:for|of)|"
                    r"what is the word for) (?:an? |the )?(?:(?P<young>baby|young)|(?P<group>group|flock|herd|pack|"
                    r"bunch|family) of|collective noun for(?: an?)?) (?:an? )?(?P<animal>[a-z]+(?: [a-z]+)??)"
                    r"(?: called| named)?$")


_SOUND = re.compile(r"what (?:sound|noise|sounds|noises) (?:does|do) (?:an? |the )?(?P<animal>[a-z]+)s? make|what does (?:an? |the )?"
                    r"(?P<animal2>[a-z]+) say|how does (?:an? |the )?(?P<animal3>[a-z]+) sound")


def asked(text: str) -> dict | None:
    """The call's arguments for "what is a baby eel called", "what do you call a group of lions" (cleaned
    text), when WordNet names it; "what sound does a cow make" from the list; otherwise None (the model answers)."""
    sound = _SOUND.fullmatch(text)
    if sound:
        animal = sound["animal"] or sound["animal2"] or sound["animal3"]
        return {"animal": animal, "kind": "sound"} if name_for(animal, "sound") else None
    m = _ASKED.match(text)
    if not m:
        return None
    kind = "young" if m.group("young") else "group"
    animal = m.group("animal")
    return {"animal": animal, "kind": kind} if name_for(animal, kind) else None


def _a(word: str) -> str:
    return f"an {word}" if word[0] in "aeiou" else f"a {word}"


def animal_word(animal: str, kind: str) -> SkillResult:
    found = _found(animal, kind)
    if found is None:
        what = "a baby" if kind == "young" else "a group of"
        raise SkillError(f"My dictionary doesn't say what {what} {animal} is called.")
    one, name = found
    if kind == "sound":
        said = f"{_a(one).capitalize()} {name[1:]}." if name.startswith("~") else f"{_a(one).capitalize()} says {name}."
        return SkillResult(said, {"animal": animal, "kind": kind, "name": name.lstrip("~")})
    said = f"A baby {one} is called {_a(name)}." if kind == "young" else f"A group of {animal} is called {_a(name)}."
    return SkillResult(said, {"animal": animal, "kind": kind, "name": name})


SKILL = Skill("animal_word", "Say what a young animal or a group of animals is called, from the offline dictionary.",
              {"animal": Param(str), "kind": Param(str, choices=("young", "group", "sound"))}, animal_word, for_model=False)
