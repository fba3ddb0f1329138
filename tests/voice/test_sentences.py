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


def streamed(text: str) -> list[str]:
    splitter = SentenceSplitter()
    out = []
    for word in text.split(" "):
        out += splitter.feed(word + " ")
    return out + splitter.flush()


def test_a_first_sentence_starts_at_its_first_clause():
    # before a clause-opening word once four words are said; later sentences wait for their full stop
    assert streamed("The sky looks blue because air scatters sunlight, and our eyes see it. Then, at dusk, it is red.") == [
        "The sky looks blue", "because air scatters sunlight, and our eyes see it.", "Then, at dusk, it is red."]
    # after a comma once a dozen characters are said
    assert streamed("To boil an egg, put it in boiling water. Then cool it.") == [
        "To boil an egg,", "put it in boiling water.", "Then cool it."]


@pytest.mark.parametrize("text", [
    "Yes, I'd love to cook for dinner tonight.",          # "Yes," is too short to say alone
    "Water it when the soil is dry.",                      # three words before "when"
    'His plays are "Romeo and Juliet, the play" and "Hamlet."',   # never inside quotes
    "It's 7:45 AM on the 1,250th day.",                    # a colon or comma inside a number is no clause mark
    "You have two timers: pasta and tea.",                  # what follows a colon belongs to it
])
def test_a_first_sentence_is_not_cut_where_no_clause_ends(text):
    assert streamed(text) == [text]


def test_a_drafted_answer_has_its_first_sentence_once_the_next_word_begins():
    from assistant.voice.sentences import has_first_sentence

    assert not has_first_sentence("The Moon is Earth's only")
    assert not has_first_sentence("The Moon is Earth's only natural satellite.")   # the next word may be "5"
    assert has_first_sentence("The Moon is Earth's only natural satellite. It")
