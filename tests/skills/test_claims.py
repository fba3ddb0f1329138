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
