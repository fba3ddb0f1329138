"""The speaker's first-sentence signal: the answer's generator pauses until the first sentence's audio
exists (on two cores the voice then renders it alone), so the signal must come for every way a reply
goes: rendered, stopped, or the voice failing."""

import threading

from assistant.errors import VoiceEngineError
from assistant.voice.speaker import Speaker
from tests.voice.test_voices import voices_for


def test_the_first_sentence_is_signalled_once_its_audio_exists(models_ready):
    voice = voices_for(None)
    speaker = Speaker(voice, keep_audio=True)
    assert not speaker.first_rendered.is_set()
    speaker.say("The capital of France is Paris.")
    assert speaker.first_rendered.wait(30)
    assert len(speaker.report.audio) == 1 and speaker.report.audio[0].samples.size > 0
    speaker.say("It is on the Seine.")
    report = speaker.finish(30)
    assert report.spoken == ["The capital of France is Paris.", "It is on the Seine."]


def test_stopping_releases_a_waiting_answer_at_once(models_ready):
    speaker = Speaker(voices_for(None))
    speaker.stop()
    assert speaker.first_rendered.is_set()
    speaker.finish(5)


def test_a_failing_voice_releases_a_waiting_answer(models_ready):
    # A real voice cannot be made to fail on a chosen sentence, so this one wraps the real neural voice
    # and raises the error the voice raises when onnxruntime fails mid-sentence.
    real = voices_for(None)
    gate = threading.Event()

    class Failing:
        def synthesize(self, text):
            gate.wait(5)
            raise VoiceEngineError("The neural voice failed on this sentence (RuntimeError).", hint="")

        def __getattr__(self, name):
            return getattr(real, name)

    speaker = Speaker(Failing())
    speaker.say("This sentence fails.")
    assert not speaker.first_rendered.wait(0.2)
    gate.set()
    assert speaker.first_rendered.wait(5)
    report = speaker.finish(5)
    assert report.error is not None and report.spoken == []


def test_a_first_sentence_with_nothing_to_say_does_not_hold_the_answer(models_ready):
    from assistant.voice.speakable import speakable

    assert speakable("***") == ""   # what the voice would be asked to say
    speaker = Speaker(voices_for(None))
    speaker.say("***")
    assert speaker.first_rendered.wait(2)
    speaker.finish(5)
