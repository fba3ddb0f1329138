"""Everyday words in other languages (assistant/skills/phrasebook.py): "How do you say thank you in French?" was
"Je suis bonjour!"; "translate the weather is nice into French" was the offline weather notice."""

import pytest

from assistant.skills.intents import match
from assistant.skills.registry import SkillSet


@pytest.mark.parametrize("question, said", [
    ("How do you say thank you in French?", 'In French, thank you is "merci".'),
    ("Translate hello into Spanish.", 'In Spanish, hello is "hola".'),
    ("What's good morning in Japanese?", 'In Japanese, good morning is "ohayo gozaimasu".'),
    ("How do I say I love you in Italian?", 'In Italian, I love you is "ti amo".'),
    ("What is the German word for cheers?", 'In German, cheers is "prost!".'),
    ("How do you say thanks in Mandarin?", 'In Chinese, thank you is "xie xie".'),
    ("How would you say goodbye in Portuguese?", 'In Portuguese, goodbye is "adeus".'),
])
def test_a_phrase_of_the_book(question, said):
    intent = match(question)
    assert intent is not None and intent.name == "translate_phrase", intent
    assert SkillSet().call(intent.name, intent.arguments).speech == said


@pytest.mark.parametrize("question", ["Translate the weather is nice into French.", "How do you say hello in Klingon?",
                                      "What is 5 km in miles?", "How do you say it in English?"])
def test_anything_else_is_not_the_books(question):
    intent = match(question)
    assert getattr(intent, "name", None) not in ("translate_phrase", "offline_notice")


def test_a_word_the_book_lacks_is_said_so():
    # "What's the German word for butterfly?": not made up (the student: "catástroja" for the Spanish cat)
    from assistant.skills.base import SkillError
    from assistant.skills.phrasebook import translate

    assert translate("cat", "spanish").speech == 'In Spanish, cat is "gato".'
    with pytest.raises(SkillError, match="I don't know butterfly in German"):
        translate("butterfly", "german")
