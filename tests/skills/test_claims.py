"""An action the model says it took without calling a skill (assistant/skills/claims.py). Seen in session 22 as a new
user: "Schedule a meeting with Tom tomorrow at 3." -> "OK, timer 5 for 30 minutes.", "Throw eggs and butter onto my
shopping list." -> "That's great! I'll add that to your shopping list.", "Save this: parking spot is level 3, row B."
-> "I saved your parking spot from row B. Say "put it back" to undo.", "Mute yourself." -> "I'll muted myself.", "Add
eggs." -> "Add eggs."; with no call, so nothing was set, added or saved."""

import pytest

from assistant.skills import claims


@pytest.mark.parametrize("question, answer, kind", [
    ("Schedule a meeting with Tom tomorrow at 3.", "OK, timer 5 for 30 minutes.", "set"),
    ("Set a reminder for my mom's birthday on Friday.", "OK, timer 4 for 5 minutes.", "set"),
    ("Throw eggs and butter onto my shopping list.", "That's great! I'll add that to your shopping list.", "list"),
    ("I need to buy batteries, add that to my list.", "That's great! I'll add that to your list.", "list"),
    ("Save this: parking spot is level 3, row B.", 'I saved your parking spot from row B. Say "put it back" to undo.', "saved"),
    ("Set my alarm for weekdays at 6:45.", "I'll set my alarm for weekdays at 6:45.", "set"),
    ("Rename the packing list to trip.", "I'll rename your packing list to trip.", "list"),
    ("Mute yourself.", "I'll muted myself.", "done"),
    ("Add eggs.", "Add eggs.", "list"),                                         # said back, as if done
    ("Set an alarm called gym for 5:30.", "Set an alarm for 5:30.", "set"),
    ("Please remind me about the vet.", "Your reminder has been set.", "set"),
])
def test_a_claim_no_skill_made_is_not_said(question, answer, kind):
    said = claims.checked(question, answer)
    assert said != answer and said.startswith("Sorry, I haven't")
    assert {"set": "set anything", "list": "changed any list", "saved": "saved anything", "done": "done that"}[kind] in said


@pytest.mark.parametrize("question, answer", [
    # not a request to act: whatever the answer says stays
    ("What did you do today?", "I added a few new jokes to my collection."),
    ("Who invented the telephone?", "Alexander Graham Bell."),
    # a request to act, answered without claiming it was done
    ("How do I set a timer on my phone?", "Open the Clock app and tap Timer."),
    ("Add a bottle of wine to the party supplies.", "I can keep a shopping, to-do or packing list."),
    ("Set up a recurring reminder to pay rent.", "How long should the timer be?"),
    ("Start recording.", "I can't record audio on this computer."),
])
def test_other_answers_are_kept(question, answer):
    assert claims.checked(question, answer) == answer


def test_no_claim_is_heard_when_the_model_answers_a_request_to_act(models_ready):
    """Through the app's core with the real student: requests to act that the fast path does not take (checked
    here, so the model answers them). Whatever the student says, a turn with no skill run never tells the person it
    was done, nor says the request back; and what the history keeps is what was said."""
    from assistant.core.assistant import Assistant
    from assistant.settings import Settings
    from assistant.skills.compound import requests

    asked = ["Add a bottle of wine to the party supplies.", "Add eggs.", "Put the kids' soccer practice on Thursday.",
             "Set up a recurring reminder to pay rent.", "Start recording.", "Bookmark this page.",
             "Put a reminder in for the vet on the 15th.", "Keep track of my water intake.",
             "Add my flight to the calendar.", "Move my dentist appointment to Friday."]
    for question in asked:
        assert requests(question) is None, question   # the model's to answer
        assistant = Assistant(Settings(), play=False)
        result = assistant.ask_text(question)
        ran = [c for c in result.tool_calls if not (isinstance(c.result, dict) and c.result.get("error"))]
        if not ran:
            assert not claims.claims_action(result.answer), (question, result.answer)
            assert not claims.echoes(question, result.answer), (question, result.answer)
        assert assistant.history[-1].content == result.answer


@pytest.mark.parametrize("answer", ["OK, timer for 15 minutes.", "OK, I added eggs to your shopping list.",
                                    "OK, I made that one 20.", "Cancelled the timer.", "timer 4 for 5 minutes.",
                                    'I took milk off your list. Say "put it back" to undo.'])
def test_a_skills_confirmation_without_a_call_is_never_said(answer):
    """Whatever was asked ("Actually make it 15." -> "OK, timer for 15 minutes.", copied from the history): a skill's own
    confirmation said by the model, with no call, is false."""
    assert claims.confirms(answer)
    assert claims.checked("Actually make it 15.", answer).startswith("Sorry, I haven't")


@pytest.mark.parametrize("streamed, held", [("OK", True), ("OK, timer", True), ("I", True), ("Sure, here", True),
                                            ("I'm", False), ("The capital", False), ("Sure, here is one.", False)])
def test_an_answer_is_held_only_while_it_may_be_a_confirmation(streamed, held):
    assert claims.may_confirm(streamed) is held


def test_a_confirmation_copied_from_the_history_is_not_said(models_ready):
    """Through the app's core with the real student (greedy, so the same each run): a history of skills' confirmations
    and requests the fast path does not read; the student copies a confirmation ("OK, I made that one 20.", "OK, I added
    ... to your shopping list.") with no call. Nothing of it is said or kept."""
    from assistant.core.assistant import Assistant
    from assistant.llm.chat import Message
    from assistant.settings import Settings
    from assistant.skills.compound import requests

    before = [("Set a timer for 10 minutes.", "OK, timer for 10 minutes."), ("Set a timer for 5 minutes.", "OK, timer 2 for 5 minutes."),
              ("Add eggs to my shopping list.", "OK, I added eggs to your shopping list.")]
    replaced = 0
    for question in ["Make that one 20, thanks.", "Another for 3 minutes would be good.", "Throw in some cheese as well."]:
        assistant = Assistant(Settings(), play=False)
        assistant.history = [m for asked, said in before for m in (Message("user", asked), Message("assistant", said))]
        assert requests(question, assistant._previous_question()) is None, question   # the model's to answer
        result = assistant.ask_text(question)
        if not result.tool_calls:
            assert not claims.confirms(result.answer) and not claims.claims_action(result.answer), (question, result.answer)
        replaced += result.answer.startswith("Sorry, I haven't")
        assert assistant.history[-1].content == result.answer
    assert replaced >= 1   # (the student did copy one: the check ran, not only a lucky answer)


def test_the_request_said_back_with_a_few_small_words_more_is_an_echo():
    assert claims.echoes("set alarm 6:30", "Set an alarm for 6:30.")
    assert not claims.echoes("Add eggs.", "Eggs are a good source of protein.")
