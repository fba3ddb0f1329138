"""What a young animal or a group of animals is called, from WordNet's own glosses and member pointers."""

import pytest

from assistant.skills import animal_words
from assistant.skills.intents import match
from assistant.skills.registry import SkillSet


@pytest.mark.parametrize("question, said", [
    ("What is a baby eel called?", "A baby eel is called an elver."),   # "eel" is food first, an animal next
    ("What do you call a baby goat?", "A baby goat is called a kid."),
    ("What are baby swans called?", "A baby swan is called a cygnet."),
    ("What is a baby bear called?", "A baby bear is called a cub."),   # one word before "bear cub"
    ("What is a baby horse called?", "A baby horse is called a foal."),   # "a young horse" before filly and colt
    ("What do you call a group of larks?", "A group of larks is called an exaltation."),   # from the gloss
    ("What is a group of lions called?", "A group of lions is called a pride."),
    ("What is the collective noun for geese?", "A group of geese is called a gaggle."),
])
def test_named_in_wordnet(question, said):
    intent = match(question)
    assert intent is not None and intent.name == "animal_word", intent
    call = SkillSet().call(intent.name, intent.arguments)
    assert call.ok and call.speech == said, call.speech


@pytest.mark.parametrize("question", [
    "What is a baby mammal called?",   # a class, not an animal ("calf: young of various ... mammals")
    "What is a group of painters called?",   # a painter is a cougar only after a person who paints
])
def test_not_named_the_model_answers(question):
    """(a skunk's kit and a magpies' tiding, which WordNet does not name, come from the usual lists since session 22:
    test_superlatives.py)"""
    assert match(question) is None


def test_without_wordnet(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_WORDNET_DIR", str(tmp_path))
    assert animal_words.name_for("eel", "young") is None
    call = SkillSet().call("animal_word", {"animal": "eel", "kind": "young"})
    assert not call.ok and "doesn't say" in call.speech


def test_a_damaged_wordnet_leaves_it_to_the_model(tmp_path, monkeypatch):
    """A data.noun that cannot be parsed: no answer from the table, no error in the turn or at preload."""
    from assistant.skills.dictionary import POS, wordnet_dir

    for pos in POS:
        for kind in ("index", "data"):
            (tmp_path / f"{kind}.{pos}").write_bytes((wordnet_dir() / f"{kind}.{pos}").read_bytes()
                                                     if kind == "index" else b"00000000 05 n garbage\n")
    monkeypatch.setenv("ASSISTANT_WORDNET_DIR", str(tmp_path))
    animal_words._tables.cache_clear()
    animal_words._is_animal.cache_clear()
    try:
        animal_words.warm_up()
        assert animal_words.name_for("eel", "young") is None
    finally:
        animal_words._tables.cache_clear()
        animal_words._is_animal.cache_clear()
