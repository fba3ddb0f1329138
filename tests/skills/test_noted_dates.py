"""Days until a date kept in a note (assistant/skills/noted_dates.py), on a notes file of its own, through the fast
path as the app reads it ("How many days until my anniversary?" was "Sorry, I got muddled")."""

import datetime as dt

from assistant.skills.intents import match
from assistant.skills.noted_dates import until_noted
from assistant.skills.notes import Notes

TODAY = dt.date(2026, 12, 1)


def test_the_date_comes_from_the_note(tmp_path):
    notes = Notes(tmp_path / "notes.json")
    notes.remember("my anniversary is June 12")
    notes.remember("Sarah's birthday is on the 3rd of May")
    intent = match("How many days until my anniversary?")
    assert intent.name == "days_until_noted"
    assert until_noted(notes, **intent.arguments, today=TODAY).speech == \
        "Your anniversary is in 193 days, on Saturday, June 12, 2027."
    intent = match("How long until Sarah's birthday?")
    assert until_noted(notes, **intent.arguments, today=TODAY).speech == \
        "Sarah's birthday is in 153 days, on Monday, May 3, 2027."
    assert match("When is Sarah's birthday?").name == "note_recall"


def test_without_a_note_the_person_is_told_how(tmp_path):
    import pytest

    from assistant.skills.base import SkillError

    with pytest.raises(SkillError, match="remember my vacation is on June 12"):
        until_noted(Notes(tmp_path / "notes.json"), "my vacation", today=TODAY)
    assert match("How many days until Christmas?").name == "date_of"             # the calendar's
    assert match("How many days until my birthday on March 3?").name == "date_of"
