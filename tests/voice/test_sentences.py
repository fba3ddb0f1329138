import pytest

from assistant.voice.sentences import SentenceSplitter, split_sentences


@pytest.mark.parametrize("text, expected", [
    ("The capital of France is Paris. It is large.", ["The capital of France is Paris.", "It is large."]),
    ("Pi is about 3.14 in short. Yes it is.", ["Pi is about 3.14 in short.", "Yes it is."]),
    ("Dr. Smith arrived today. He was late!", ["Dr. Smith arrived today.", "He was late!"]),
    ("Sure. Paris is the capital of France.", ["Sure. Paris is the capital of France."]),
    ("Is it raining outside? I can't check, sorry.", ["Is it raining outside?", "I can't check, sorry."]),
    ("J. R. R. Tolkien wrote it for everyone.", ["J. R. R. Tolkien wrote it for everyone."]),
    ("No ending punctuation here", ["No ending punctuation here"]),
    ("", []),
])
def test_split(text, expected):
    assert split_sentences(text) == expected


def test_streaming_emits_a_sentence_as_soon_as_it_is_complete():
    splitter = SentenceSplitter()
    emitted = []
    for piece in ["The capital", " of France is", " Paris.", " It has", " many museums."]:
        emitted.append(splitter.feed(piece))
    # "Paris." is only known to end a sentence once the next piece starts with a space
    assert emitted[:3] == [[], [], []]
    assert emitted[3] == ["The capital of France is Paris."]
    assert splitter.flush() == ["It has many museums."]


def test_a_long_first_sentence_starts_at_its_first_clause():
    splitter = SentenceSplitter()
    out = []
    for word in "The sky looks blue because air scatters short wavelengths of sunlight, and our eyes see it".split(" "):
        out += splitter.feed(word + " ")
    assert out == ["The sky looks blue because air scatters short wavelengths of sunlight,"]
    # later sentences wait for their full stop
    out = splitter.feed("mostly. Then the sun sets, and the light turns red, orange and pink in the evening sky")
    assert out == ["and our eyes see it mostly."]


def test_a_drafted_answer_has_its_first_sentence_once_the_next_word_begins():
    from assistant.voice.sentences import has_first_sentence

    assert not has_first_sentence("The Moon is Earth's only")
    assert not has_first_sentence("The Moon is Earth's only natural satellite.")   # the next word may be "5"
    assert has_first_sentence("The Moon is Earth's only natural satellite. It")
