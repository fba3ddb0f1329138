"""The presidents of the United States (skills/presidents.py). The student said John F. Kennedy for the first and for
the 16th."""

import pytest

from assistant.skills.intents import match
from assistant.skills.presidents import _PRESIDENTS, us_president


@pytest.mark.parametrize("question, says", [
    ("Who was the first president of the United States?", "The first president of the United States was George Washington, "
                                                          "in office from 1789 to 1797."),
    ("Who was the 16th president?", "The 16th president of the United States was Abraham Lincoln, in office from 1861 to 1865."),
    ("Who was the twenty-second president?", "The 22nd president of the United States was Grover Cleveland, in office from "
                                             "1885 to 1889."),
    ("Who was president in 1963?", "In 1963, the president of the United States was John F. Kennedy, the 35th, then Lyndon "
                                   "B. Johnson, the 36th."),
])
def test_said(question, says):
    intent = match(question)
    assert intent.name == "us_president" and us_president(**intent.arguments).speech == says


def test_the_list_runs_without_gaps():
    """Each term starts the year the one before ended (Cleveland's two terms are two presidencies, 22nd and 24th)."""
    assert len(_PRESIDENTS) == 47
    for (_, _, end), (_, start, _) in zip(_PRESIDENTS, _PRESIDENTS[1:]):
        assert start == end
