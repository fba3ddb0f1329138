"""A noun's plural and a verb's past tense (assistant/skills/grammar.py: WordNet's exception lists, then the spelling
rules), through the fast path as the app reads them ("What's the plural of mouse?" -> "A mouse is a small mammal.")."""

import pytest

from assistant.skills import dictionary
from assistant.skills.intents import match
from assistant.skills.registry import SkillSet


@pytest.mark.parametrize("question, said", [
    ("What's the plural of mouse?", "The plural of mouse is mice."),
    ("What is the plural of child?", "The plural of child is children."),
    ("plural of person", "The plural of person is people."),
    ("What's the plural of sheep?", "The plural of sheep is sheep."),
    ("What's the plural of box?", "The plural of box is boxes."),
    ("What's the plural of city?", "The plural of city is cities."),
    ("What's the past tense of run?", "The past tense of run is ran."),   # (the student: "run")
    ("What's the past tense of go?", "The past tense of go is went; the past participle is gone."),
    ("What's the past tense of read?", "The past tense of read is read."),
    ("What's the past tense of walk?", "The past tense of walk is walked."),
    ("What's the past tense of stop?", "The past tense of stop is stopped."),
    ("What is the past participle of eat?", "The past participle of eat is eaten."),
])
def test_the_form_asked_for(question, said):
    assert dictionary.available(), "wordnet-base is missing: `make test` installs it (scripts/system-deps.sh)"
    intent = match(question)
    assert intent is not None and intent.name == "word_form", question
    assert SkillSet().call(intent.name, intent.arguments).speech == said
