"""Turn-taking by meaning (pure logic): how much silence ends a hands-free turn, given its words."""

import pytest

from assistant.audio.endpoint import EndpointOptions, Endpointer, EndpointState
from assistant.audio.turn_end import COMPLETE_S, HESITANT_S, end_silence


@pytest.mark.parametrize("words, expected", [
    ("What time is it?", COMPLETE_S),                     # the fast path knows it
    ("How do I?", 0.7),                                    # a short question may be Whisper's guess at a pause
    ("Set a timer for ten minutes.", COMPLETE_S),
    ("set a timer for ten minutes", COMPLETE_S),          # no punctuation, but a request the fast path knows
    ("What is the capital of France?", COMPLETE_S),
    ("Set a timer for, um", HESITANT_S),
    ("Set a timer for", HESITANT_S),
    ("What is the capital of", HESITANT_S),
    ("Tell me about the", HESITANT_S),
    ("Remind me to call mom and", HESITANT_S),
    ("Hmm", HESITANT_S),
    ("", 0.7),
    ("Paris", 0.7),                                        # neither: silence alone decides
    ("He hoped there would be stew for dinner.", 0.7),     # Whisper's full stop alone proves nothing
])
def test_end_silence(words, expected):
    assert end_silence(words, 0.7) == expected


def test_the_endpointer_follows_a_changed_silence():
    ep = Endpointer(EndpointOptions(end_silence_s=0.7))
    for _ in range(10):
        ep.feed(0.9)
    for _ in range(16):                      # 0.51 s of silence: not enough for 0.7 s
        assert ep.feed(0.1) is EndpointState.SPEAKING
    ep.options.end_silence_s = COMPLETE_S    # the words were a complete request (0.5 s)
    assert ep.feed(0.1) is EndpointState.DONE
