"""Rhymes (assistant/skills/rhymes.py): WordNet's common words said by espeak-ng, matched from the last stressed vowel
("What rhymes with cat?" was "I don't have a rhyming dictionary on this computer")."""

import pytest

from assistant.skills.intents import match
from assistant.skills.rhymes import rhymes


@pytest.mark.parametrize("text, some", [
    ("What rhymes with cat?", {"hat", "flat", "bat"}),
    ("Give me a word that rhymes with night.", {"light", "right", "white"}),
    ("What rhymes with fire?", {"desire", "hire"}),
])
def test_common_words_that_rhyme(text, some):
    intent = match(text)
    assert intent.name == "rhymes"
    found = rhymes(**intent.arguments).data["rhymes"]
    assert some <= set(found), found
    assert intent.arguments["word"] not in found and not any(w.endswith(intent.arguments["word"]) for w in found)


def test_a_word_without_a_common_rhyme_is_said_so():
    assert rhymes("orange").speech == "I can't find a common word that rhymes with orange."
