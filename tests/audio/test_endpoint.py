import pytest

from assistant.audio.endpoint import Endpointer, EndpointOptions, EndpointState

CHUNK = 0.032


def run(probs, **options):
    endpointer = Endpointer(EndpointOptions(**options))
    for p in probs:
        if endpointer.feed(p) in (EndpointState.DONE, EndpointState.TIMED_OUT, EndpointState.TOO_LONG):
            break
    return endpointer


def seconds(s, p):
    return [p] * round(s / CHUNK)


@pytest.mark.parametrize("probs, state", [
    (seconds(1.0, 0.0), EndpointState.WAITING),
    (seconds(9.0, 0.0), EndpointState.TIMED_OUT),
    (seconds(0.5, 0.0) + seconds(1.0, 0.9) + seconds(0.8, 0.1), EndpointState.DONE),
    # a pause shorter than the end silence does not end the utterance
    (seconds(1.0, 0.9) + seconds(0.4, 0.1) + seconds(1.0, 0.9), EndpointState.SPEAKING),
    # a click (one chunk) does not start one
    (seconds(0.5, 0.0) + [0.99] + seconds(2.0, 0.0), EndpointState.WAITING),
    (seconds(31.0, 0.9), EndpointState.TOO_LONG),
])
def test_states(probs, state):
    assert run(probs).state is state


def test_pre_roll_and_end_indexes():
    e = run(seconds(2.0, 0.0) + seconds(1.0, 0.9) + seconds(1.0, 0.0))
    speech_first = round(2.0 / CHUNK)
    assert e.speech_start == speech_first - round(0.8 / CHUNK)
    assert e.speech_end == speech_first + round(1.0 / CHUNK) + round(0.7 / CHUNK)


def test_end_silence_is_configurable():
    probs = seconds(1.0, 0.9) + seconds(0.5, 0.0) + seconds(2.0, 0.0)
    assert run(probs, end_silence_s=0.4).speech_end < run(probs, end_silence_s=1.2).speech_end


def test_push_to_talk_ignores_pauses_and_ends_on_release():
    e = Endpointer(EndpointOptions(end_on_silence=False))
    for p in seconds(1.0, 0.9) + seconds(2.0, 0.0):
        e.feed(p)
    assert e.state is EndpointState.SPEAKING and e.silent_chunks == round(2.0 / CHUNK)
    assert e.release() is EndpointState.DONE and e.speech_end == e.chunks


def test_release_before_any_speech_is_no_utterance():
    e = run(seconds(1.0, 0.0))
    assert e.release() is EndpointState.WAITING and e.speech_end is None
