"""Sports history that does not change (assistant/skills/sports.py): "Who won the World Cup in 2018?" got the offline
notice, "When are the next Olympics?" the student's "in 2024" (two years after)."""

import datetime as dt

import pytest

from assistant.skills.intents import match
from assistant.skills.sports import sports_fact


@pytest.mark.parametrize("text, said", [
    ("Who won the World Cup in 2018?", "France won the 2018 World Cup, beating Croatia 4 to 2 in the final."),
    ("How many World Cups has Brazil won?", "Brazil has won the men's World Cup 5 times: 1958, 1962, 1970, 1994 and 2002, "
                                            "up to 2022."),
    ("Where were the 2012 Olympics held?", "The 2012 Summer Olympics were in London."),
])
def test_what_the_table_says(text, said):
    intent = match(text)
    assert intent.name == "sports_fact"
    assert sports_fact(**intent.arguments).speech == said


def test_the_next_olympics_depend_on_the_day():
    intent = match("When are the next Olympics?")
    assert sports_fact(**intent.arguments, today=dt.date(2026, 1, 10)).speech.endswith(
        "the next Winter Olympics are in Milan and Cortina d'Ampezzo, opening on February 6, 2026.")
    assert sports_fact(**intent.arguments, today=dt.date(2026, 12, 2)).speech == (
        "The next Summer Olympics are in Los Angeles, opening on July 14, 2028; the next Winter Olympics are in the French "
        "Alps, in February 2030.")


def test_a_result_after_the_table_is_never_guessed():
    """The 2026 final is after the table: said so, once it has been played; a live score is still the offline notice."""
    last = match("Who won the last World Cup?")
    assert sports_fact(**last.arguments, today=dt.date(2026, 12, 2)).speech.endswith(
        "The 2026 final, in July 2026, is after what I know, and I'm offline.")
    assert "2026" not in sports_fact(**last.arguments, today=dt.date(2025, 1, 1)).speech
    assert match("Who won the game last night?").name == "offline_notice"
