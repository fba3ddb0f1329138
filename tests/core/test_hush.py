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
