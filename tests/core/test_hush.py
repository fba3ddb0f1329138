"""Which whole requests only ask the assistant to be quiet (pure text logic)."""

import pytest

from assistant.core.hush import is_hush


@pytest.mark.parametrize("said", ["Stop.", "Stop!", "stop stop stop", "Stop, please.", "Never mind.", "Nevermind",
                                  "Be quiet, please.", "OK, stop.", "Hey Jarvis, stop.", "That's enough, thanks.",
                                  "Shh.", "Cancel that.", "Forget it.", "Shut up!"])
def test_quiet_please(said):
    assert is_hush(said)


@pytest.mark.parametrize("said", ["Stop the pasta timer.", "Stop. What time is it?", "Why do people say never mind?",
                                  "Cancel the timer", "Stop watch", "How do I stop a nosebleed?", "", "Quiet places to visit"])
def test_requests_that_mention_stopping(said):
    assert not is_hush(said)


def test_cancel_that_right_after_a_timer_cancels_it_and_stop_keeps_it(models_ready, user_dirs):
    """The app's whole turn: "Cancel that." right after a timer was set cancels that timer (it was taken as "be
    quiet" and the timer rang anyway); "Stop." there only asks for quiet, and the timer stays."""
    from assistant.core.assistant import Assistant
    from assistant.settings import Settings

    assistant = Assistant(Settings(), play=False)
    assistant.ask_text("Set a timer for 5 minutes.")
    stopped = assistant.ask_text("Stop.")
    assert stopped.interrupted and assistant.skills.call("timer_list", {}).result, "Stop. cancelled the timer"
    cancelled = assistant.ask_text("Cancel that.")
    assert cancelled.answer == "Cancelled the timer.", cancelled.answer
    assert not assistant.skills.call("timer_list", {}).result
    assistant.ask_text("What is 2 plus 2?")
    assert assistant.ask_text("Cancel that.").interrupted   # after anything else: quiet, as before


def test_forget_it_right_after_a_note_forgets_the_note(models_ready, user_dirs):
    """The app's whole turn: "Forget it." right after "Remember my locker code is 4312." forgets that note (it was taken as
    "be quiet": nothing was said and the note stayed), and "put it back" returns it; after anything else it asks for quiet."""
    from assistant.core.assistant import Assistant
    from assistant.settings import Settings

    assistant = Assistant(Settings(), play=False)
    assistant.ask_text("Remember my locker code is 4312.")
    forgot = assistant.ask_text("Forget it.")
    assert forgot.answer.startswith("I forgot: my locker code is 4312."), forgot.answer
    assert assistant.ask_text("What is my locker code?").answer == "I have no note about your locker code."
    assert "4312" in assistant.ask_text("Put it back.").answer
    assistant.ask_text("What is 2 plus 2?")
    assert assistant.ask_text("Forget it.").interrupted
