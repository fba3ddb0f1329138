"""Lists kept by voice (assistant/skills/lists.py), on a notes file of their own, through the fast path as the app
runs it."""

import pytest

from assistant.skills.intents import match
from assistant.skills.lists import Lists
from assistant.skills.notes import Notes


def _say(lists: Lists, request: str):
    intent = match(request)
    assert intent is not None and intent.name == "list_edit", (request, intent)
    try:
        return lists.edit(**intent.arguments).speech
    except Exception as err:   # a SkillError's sentence is what the person hears
        return str(err)


def test_a_shopping_list_is_kept_read_and_emptied_and_nothing_else_is_touched(tmp_path):
    notes = Notes(tmp_path / "notes.json")
    notes.remember("my locker code is 4312")
    lists = Lists(notes)
    assert _say(lists, "What's on my shopping list?") == "Your shopping list is empty."
    assert _say(lists, "Add milk to my shopping list.") == "OK, I added milk to your shopping list."
    assert _say(lists, "Add eggs, bread and some butter to my grocery list") == \
        "OK, I added eggs, bread and butter to your shopping list."
    assert _say(lists, "Add milk to my shopping list.") == "Milk is already on your shopping list."
    assert _say(lists, "Read me my shopping list") == "Your shopping list: milk, eggs, bread and butter."
    assert _say(lists, "Take milk off my shopping list") == \
        'I took milk off your shopping list. Say "put it back" to undo.'
    assert notes.restore().speech == "I put it back: shopping list: milk."
    assert _say(lists, "Take cheese off my shopping list") == "Cheese is not on your shopping list."
    assert _say(lists, "Put call the bank on my to-do list") == "OK, I added call the bank to your to-do list."
    assert _say(lists, "Clear my shopping list") == \
        'I cleared your shopping list (4 items). Say "put it back" to undo.'
    assert _say(lists, "What is on my shopping list?") == "Your shopping list is empty."
    assert _say(lists, "What is on my to do list?") == "Your to-do list: call the bank."
    assert "my locker code is 4312" in notes.notes()   # a list never touches the other notes
    # kept on disk: a new session reads the same list
    assert Lists(Notes(tmp_path / "notes.json")).edit("read", "to-do").speech == "Your to-do list: call the bank."


def test_the_list_is_the_one_in_use(tmp_path):
    # "Remove butter from the list." was taken as forgetting a note " butter"
    lists = Lists(Notes(tmp_path / "notes.json"))
    assert _say(lists, "What's on the list?") == "Your shopping list is empty."
    _say(lists, "Add eggs, butter and flour to my shopping list.")
    assert _say(lists, "Remove butter from the list.") == 'I took butter off your shopping list. Say "put it back" to undo.'
    _say(lists, "Add call the bank to my to-do list")
    assert _say(lists, "Remove eggs from the list") == 'I took eggs off your shopping list. Say "put it back" to undo.'
    assert _say(lists, "Clear the list") == "Which list: your shopping or to-do list?"
    assert _say(lists, "What's on my to-do list?") == "Your to-do list: call the bank."


def test_a_list_is_made_and_all_lists_are_said(tmp_path):
    # "Create a to-do list." got forty made-up items from the student; "What are my lists?" was read as a note
    lists = Lists(Notes(tmp_path / "notes.json"))
    assert _say(lists, "What are my lists?") == 'You have no lists yet. Say, for example, "add milk to my shopping list".'
    assert _say(lists, "Create a to-do list.") == \
        'Your to-do list is ready. Say, for example, "add call the bank to my to-do list".'
    _say(lists, "Add call the bank to my to-do list.")
    _say(lists, "Add eggs to my shopping list.")
    assert _say(lists, "Make a new shopping list.") == "You already have a shopping list: eggs."
    assert _say(lists, "What lists do I have?") == "You have 2 lists. To-do: call the bank; shopping: eggs."


def test_requests_said_other_ways_change_the_list(tmp_path):
    """Session 22, said as a new user would (the student answered each "I'll add that to your shopping list." or
    "Sorry, I can't help with that." and changed nothing)."""
    lists = Lists(Notes(tmp_path / "notes.json"))
    assert _say(lists, "Throw eggs and butter onto my shopping list.") == "OK, I added eggs and butter to your shopping list."
    assert _say(lists, "I need to buy batteries, add that to my list.") == "OK, I added batteries to your shopping list."
    assert _say(lists, "Please add a task to pay the electric bill.") == \
        "OK, I added pay the electric bill to your to-do list."
    assert _say(lists, "Add call the bank to my to-do list for tomorrow.") == \
        "OK, I added call the bank tomorrow to your to-do list."
    assert _say(lists, "Mark pay the electric bill as done.") == \
        'I took pay the electric bill off your to-do list. Say "put it back" to undo.'   # found on the to-do list
    assert _say(lists, "Check off eggs.") == 'I took eggs off your shopping list. Say "put it back" to undo.'
    assert _say(lists, "Delete everything on my shopping list.") == \
        'I cleared your shopping list (2 items). Say "put it back" to undo.'


@pytest.mark.parametrize("request_, said", [
    ("Add gloves to my christmas list.", 'I keep three lists: shopping, to-do and packing, so there is no christmas list. '
                                         'Say, for example, "add gloves to my to-do list".'),
    ("Create a new list called movies.", "I keep three lists: shopping, to-do and packing, so I can't start a movies list. "
                                         'Say, for example, "add gloves to my to-do list".'),
    ("Rename the packing list to trip.", "I keep three lists: shopping, to-do and packing, and their names stay. Say, for "
                                         "example, \"what's on my packing list\"."),
])
def test_a_list_it_does_not_keep_is_said_so(request_, said):
    """(the student said it had added the gloves, or renamed the list)"""
    intent = match(request_)
    assert (intent.name, intent.arguments) == ("clarify", {"text": said})


@pytest.mark.parametrize("request_", ["Check the weather.", "Mark my calendar."])
def test_words_like_a_list_request_are_not_one(request_):
    assert getattr(match(request_), "name", None) != "list_edit"
