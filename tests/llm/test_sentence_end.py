"""The answer model's reading of heard words (turn-taking by meaning): how likely a request ends there.
The real shipped model, on the prompt the answer would use."""

import pytest

from assistant.audio.turn_end import ENDS, OPEN


@pytest.fixture(scope="module")
def reading(models_ready):
    from assistant.core.models import Models
    from assistant.llm.sentence_end import sentence_end
    from assistant.settings import Settings

    settings = Settings()
    answerer = Models(settings).answerer

    def read(words: str) -> float:
        return sentence_end(answerer, settings.system_prompt, [], words, settings.history_token_budget,
                            settings.max_answer_tokens)
    read.answerer, read.settings = answerer, settings
    return read


@pytest.mark.parametrize("words", ["Remind me to", "Can you tell me", "What is the difference between",
                                   "How long does it take to"])
def test_words_left_open_are_read_as_going_on(reading, words):
    assert reading(words) < OPEN


@pytest.mark.parametrize("words", ["Why is the sky blue?", "Write a short poem about the sea.",
                                   "Give me a tip for sleeping better.", "Translate hello into Spanish."])
def test_finished_requests_are_read_as_finished(reading, words):
    assert reading(words) >= ENDS


def test_whispers_closing_punctuation_is_not_read(reading):
    # (equal up to the int8 model computing the words with or without a cached start)
    assert reading("Why is the sky blue?") == pytest.approx(reading("Why is the sky blue"), rel=0.01)
    assert reading("") == 0.0 and reading(" ?") == 0.0


def test_the_answer_that_follows_reuses_the_reading(reading):
    """The reading runs on the answer's own prompt up to the person's words: the prompt computed next
    for those words (the guess) computes only the few tokens after them."""
    answerer, s = reading.answerer, reading.settings
    reading("Tell me about the moon.")
    prompt = answerer.prompt(s.system_prompt, [], "Tell me about the moon.", s.history_token_budget,
                             s.max_answer_tokens)
    answerer.lm.prefill(prompt, max_new_tokens=s.max_answer_tokens)
    assert 0 < answerer.lm.computed <= 8
