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
    ep.options.end_silence_s = COMPLETE_S    # the words were a complete request (0.4 s)
    assert ep.feed(0.1) is EndpointState.DONE


@pytest.mark.parametrize("words, reading, expected", [
    ("define the word.", 0.00016, HESITANT_S),      # the model reads it as going on
    ("Remember to buy.", 0.00014, HESITANT_S),      # the fast path would save "buy"; the model says it goes on
    ("Remember to buy", 0.00101, HESITANT_S),       # ...as read after three turns of conversation
    ("What's the weather?", 0.0026, COMPLETE_S),    # the fast path's request, read as finished enough
    ("Tell me a joke.", 0.105, COMPLETE_S),         # no question mark, no skill: the model says it is finished
    ("What is it?", 0.036, 0.7),                    # between: the usual silence
    ("Set a timer for it.", 0.56, HESITANT_S),      # Whisper filled in the words left hanging with a pronoun
    ("What is the capital of", 0.9, HESITANT_S),    # words left hanging wait, whatever the reading
])
def test_end_silence_with_the_models_reading(words, reading, expected):
    assert end_silence(words, 0.7, reading) == expected
