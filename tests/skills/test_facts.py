"""The lookup_fact skill: the real package tables (countryinfo, us, periodictable), no fakes."""

import re

import pytest

from assistant.skills.base import SkillError
from assistant.skills.facts import asked_fact, lookup_fact
from assistant.skills.registry import SkillSet


@pytest.mark.parametrize("subject, fact, said", [
    ("Peru", "capital", "The capital of Peru is Lima."),
    ("the Netherlands", "capital", "The capital of the Netherlands is Amsterdam."),
    ("Holland", "capital", "The capital of the Netherlands is Amsterdam."),         # an alternative name
    ("Cote d'Ivoire", "capital", "The capital of Ivory Coast is Yamoussoukro."),    # accents folded
    ("Kazakhstan", "capital", "The capital of Kazakhstan is Astana."),              # renamed since the data
    ("the state of Oregon", "capital", "The capital of the state of Oregon is Salem."),
    ("Georgia", "capital", "The capital of Georgia is Tbilisi."),                   # the country first ...
    ("Georgia state", "capital", "The capital of the state of Georgia is Atlanta."),  # ... unless a state is said
    ("Japan", "currency", "Japan uses the Japanese Yen."),
    ("Peru", "continent", "Peru is in South America."),
    ("Ag", "element", "Ag is the symbol of silver, atomic number 47."),
    ("79", "element", "Element number 79 is gold, symbol Au."),
    ("sulphur", "atomic_number", "Sulfur has atomic number 16."),
    ("tungsten", "symbol", "The chemical symbol of tungsten is W."),
    ("Brazil", "language", "The official language of Brazil is Portuguese."),
    ("Switzerland", "language", "The official languages of Switzerland are German, French and Italian."),
    ("Kosovo", "capital", "The capital of Kosovo is Pristina."),                    # not in the package's data
    ("Kosova", "capital", "The capital of Kosovo is Pristina."),
])
def test_what_the_tables_say(subject, fact, said):
    assert lookup_fact(subject, fact).speech == said


def test_population_is_said_as_an_offline_figure():
    speech = lookup_fact("Canada", "population").speech
    assert re.fullmatch(r"Canada has about \d+(\.\d)? million people, by my offline figures\.", speech), speech
    assert lookup_fact("the Philippines", "currency").speech.startswith("The Philippines uses the ")


@pytest.mark.parametrize("subject, fact, message", [
    ("Atlantis", "capital", "I don't know a country or US state called Atlantis."),
    ("unobtainium", "symbol", "I don't know a chemical element called unobtainium."),
    ("Ohio", "currency", "I only know the capital of Ohio, not its currency."),
])
def test_what_they_do_not_know_is_said(subject, fact, message):
    with pytest.raises(SkillError, match=message):
        lookup_fact(subject, fact)


def test_a_model_call_is_validated_and_executed():
    skills = SkillSet()
    call = skills.call("lookup_fact", {"subject": "Bhutan", "fact": "capital"}, from_model=True)
    assert call.ok and call.result == {"subject": "Bhutan", "capital": "Thimphu"}
    bad = skills.call("lookup_fact", {"subject": "Bhutan", "fact": "king"}, from_model=True)
    # the model's muddle is not read out; what was wrong stays in the call's result (no list in it)
    assert not bad.ok and bad.result == {"error": "I couldn't use lookup_fact: it doesn't know the fact king."}
    assert bad.speech.startswith("Sorry, I got muddled")
    assert "lookup_fact" in [s["name"] for s in skills.schemas()]


@pytest.mark.parametrize("text", ["what is the capital of the company", "what is the capital of the world",
                                  "which element is the most reactive", "what is capital letter",
                                  "what is the atomic number of love"])
def test_questions_the_tables_cannot_answer_are_left_to_the_model(text):
    assert asked_fact(text) is None


@pytest.mark.parametrize("text, expected", [
    ("what language do they speak in brazil", ("Brazil", "language")),
    ("what languages are spoken in switzerland", ("Switzerland", "language")),
    ("what is the official language of india", ("India", "language")),
    ("what do people speak in mexico", ("Mexico", "language")),
])
def test_a_language_question_is_read(text, expected):
    assert asked_fact(text) == expected


@pytest.mark.parametrize("text", ["what language is python written in", "what is the language of love"])
def test_a_language_question_about_no_country_is_left_to_the_model(text):
    assert asked_fact(text) is None


@pytest.mark.parametrize("previous, text, expected", [
    ("What is the capital of Spain?", "And of Malta?", ("Malta", "capital")),
    ("What's the capital city of South Ossetia?", "Same question for Cyprus.", ("Cyprus", "capital")),  # unknown before
    ("What is the capital of the state of Oregon?", "How about Texas?", ("the state of Texas", "capital")),
    ("What is the atomic number of xenon?", "And oxygen?", ("oxygen", "atomic_number")),
    ("Tell me a joke.", "And of Malta?", None),                          # not a fact before
    ("What is the capital of Spain?", "How about a story?", None),         # not a place after
    ("What is the capital of Spain?", "And why is it there?", None),
])
def test_a_follow_up_asks_the_same_fact_of_a_new_subject(previous, text, expected):
    from assistant.skills.intents import match

    intent = match(text, previous)
    assert ((intent.name, intent.arguments["subject"], intent.arguments["fact"]) if intent else None) == \
        (("lookup_fact", *expected) if expected else None)


@pytest.mark.parametrize("question, subject", [
    ("What is the capital of São Tomé and Príncipe?", "São Tomé and Príncipe"),
    ("What's the currency of Curaçao?", "Curaçao"),
    ("What is the capital of Côte d'Ivoire?", "Ivory Coast"),   # another of its names: the table's is passed
])
def test_a_fact_question_typed_with_accents_is_read(question, subject):
    """The tables fold accents; the questions are folded the same way (the subject is passed as typed
    where the table's name is what was typed)."""
    from assistant.skills.intents import match

    intent = match(question)
    assert intent is not None and intent.name == "lookup_fact" and intent.arguments["subject"] == subject
    assert match("And of Curaçao?", "What is the capital of Spain?").arguments["subject"] == "Curaçao"


def test_what_language_they_speak_after_a_country():
    # "What language do they speak?" after Japan's currency: the student said "Japanese and English"
    from assistant.skills.intents import context_of, match

    before = context_of(["What's the capital of Japan?", "What currency do they use?"])
    assert match("What language do they speak?", before).arguments == {"subject": "Japan", "fact": "language"}


def test_the_most_populous_countries_agree_with_the_records():
    """The package's India (1.3 billion, about 2019) contradicted the record ("India ... the most populous country since
    2023, about 1.4 billion"): the largest countries' figures are the UN's for 2023."""
    from assistant.skills.superlatives import record

    assert lookup_fact("India", "population").speech == "India has about 1.4 billion people, by my offline figures."
    assert "1.4 billion" in record("most populous country").speech


def test_two_countries_compared():
    """(the student: "Germany is larger than France.")"""
    from assistant.skills.compare_places import compare_places

    assert compare_places("germany", "france").speech.startswith("France is bigger: about ")
    assert compare_places("spain", "italy", least=True).speech.startswith("Italy is smaller: about ")
    assert compare_places("india", "china", "population").speech == ("India has more people, but only just: both have "
                                                                      "about 1.43 billion people.")


def test_a_countrys_money_is_not_its_fund_codes():
    """The package lists ISO fund codes beside the money: Switzerland "uses the WIR Euro and the Swiss Franc and the WIR
    Franc" (session 25)."""
    assert lookup_fact("Switzerland", "currency").speech == "Switzerland uses the Swiss Franc."
    assert lookup_fact("the United States", "currency").speech == "The United States uses the US Dollar."
    assert lookup_fact("Bhutan", "currency").speech == "Bhutan uses the Bhutanese Ngultrum and the Indian Rupee."


def test_a_hundred_million_or_more_is_said_to_three_figures():
    # Japan's 123.3 million was "about 120 million"
    assert lookup_fact("Japan", "population").speech == "Japan has about 123 million people, by my offline figures."


def test_how_far_it_is_after_a_country_or_a_citys_time():
    from assistant.skills.intents import context_of, match

    before = context_of(["What's the population of Japan?", "And its capital?"])
    assert match("How far is it from London?", before).arguments == {"first": "japan", "second": "london"}
    assert match("How far is it from Tokyo?", "What time is it in Sydney?").arguments == {"first": "sydney", "second": "tokyo"}
    assert match("How far is it to the moon?").arguments == {"what": "moon"}   # (was "I can't look up maps")
    assert match("How far is it to the next town?").name == "offline_notice"
