"""The answer model's onnxruntime loop on the real model."""

import threading
import time

import pytest

from assistant.errors import CancelledError
from assistant.llm.answerer import Answerer, AnswerOptions
from assistant.llm.chat import Message
from assistant.llm.onnx_lm import GenerationStats
from assistant.llm.sampling import SamplingOptions


@pytest.fixture(scope="module")
def answerer(models_ready):
    return Answerer(models_ready / "smollm2-135m-assistant")


def ask(answerer, question, **options):
    prompt = answerer.prompt("You are a helpful assistant.", [], question, 512)
    return "".join(answerer.stream(prompt, AnswerOptions(**options)))


def test_greedy_is_deterministic_and_stops_at_end_of_turn(answerer):
    stats = GenerationStats()
    # (a capital is asked of the lookup_fact table since session 10: the student answers it with a call)
    prompt = answerer.prompt("You are a helpful assistant.", [], "Who wrote Romeo and Juliet?", 512)
    first = "".join(answerer.stream(prompt, AnswerOptions(max_new_tokens=64), stats=stats))
    assert "Shakespeare" in first and "<|im_end|>" not in first
    assert stats.stopped_by == "eos" and stats.new_tokens < 64
    assert first == ask(answerer, "Who wrote Romeo and Juliet?", max_new_tokens=64)


def test_max_new_tokens_bounds_the_answer(answerer):
    stats = GenerationStats()
    prompt = answerer.prompt("", [], "Write a long story about a dragon.", 512)
    list(answerer.stream(prompt, AnswerOptions(max_new_tokens=10), stats=stats))
    assert stats.new_tokens == 10 and stats.stopped_by == "length"


def test_sampling_varies_with_the_seed(answerer):
    answers = {ask(answerer, "Tell me a short joke.", max_new_tokens=24,
                   sampling=SamplingOptions(temperature=1.0, top_p=0.95, seed=s)) for s in range(4)}
    assert len(answers) > 1


def test_cancel_from_another_thread_stops_within_a_token(answerer):
    cancel = threading.Event()
    cancelled_at = []

    def fire():
        cancelled_at.append(time.perf_counter())
        cancel.set()

    stats = GenerationStats()
    prompt = answerer.prompt("", [], "Write a long story about a dragon.", 512)
    seen = []
    canceller = threading.Thread(target=fire)
    with pytest.raises(CancelledError):
        for piece in answerer.stream(prompt, AnswerOptions(max_new_tokens=400), cancel=cancel, stats=stats):
            seen.append(time.perf_counter())
            if len(seen) == 2:  # mid-answer (a fixed delay raced the student's short answers once decoding got faster)
                canceller.start()
    canceller.join()
    assert stats.stopped_by == "cancelled"
    assert 0 < stats.new_tokens < 400
    # after the cancel, at most the token already in flight is still delivered
    assert sum(t > cancelled_at[0] for t in seen) <= 1


def test_history_keeps_context_and_drops_oldest_turns(answerer):
    history = [Message("user", "My name is Alice."), Message("assistant", "Nice to meet you, Alice.")]
    prompt = answerer.prompt("You are a helpful assistant.", history, "What is my name?", 512)
    assert "Alice" in answerer.tokenizer.decode(prompt)
    tiny = answerer.prompt("You are a helpful assistant.", history * 20, "What is my name?", 120)
    assert len(tiny) <= 120


def test_prefix_cache_reuses_the_system_prompt_without_changing_answers(answerer):
    system = "You are a helpful assistant."
    first = answerer.prompt(system, [], "What is the capital of France?", 512)
    second = answerer.prompt(system, [], "Why is the sky blue?", 512)
    options = AnswerOptions(max_new_tokens=24)
    "".join(answerer.stream(first, options))
    shared = len(answerer.lm._cached)
    warm = "".join(answerer.stream(second, options))
    answerer.lm._cached = []  # forget everything: a cold run
    cold = "".join(answerer.stream(second, options))
    assert shared > len(answerer.tokenizer.encode(system).ids)
    assert warm == cold


def test_prompt_in_one_run_gives_the_logits_of_its_last_token(answerer):
    """The graph runs the output layer on the prompt's last position only (prune_lm_head): the next-token
    logits after a whole prompt must equal those after feeding the same tokens one at a time."""
    import numpy as np

    lm = answerer.lm
    ids = answerer.prompt("You are a helpful assistant.", [], "Name a planet with rings.", 512)
    lm._cached = []
    whole = lm.logits(ids)
    lm._cached = []
    with lm._lock:
        lm._reserve(len(ids))
        for n in range(1, len(ids) + 1):
            step = lm._step(np.asarray(ids[n - 1:n], dtype=np.int64), n).copy()
    lm._cached = []
    assert whole.shape == step.shape == (lm.vocab_size,)
    assert int(np.argmax(whole)) == int(np.argmax(step))
    # Not bit-equal: the one-token and many-token kernels quantize activations to int8 differently
    # (measured 0.8 at most here; the logits of a wrong position differ by tens).
    assert float(np.max(np.abs(whole - step))) < 2.0
    assert float(np.corrcoef(whole, step)[0, 1]) > 0.999


def test_a_prefilled_guess_is_used_and_changes_nothing(answerer):
    """prefill(): the prompt of a transcript guessed at a pause is computed ahead; generating from the same
    prompt then computes nothing more, from a different question only what differs, and the answers
    are those of a cold run."""
    system = "You are a helpful assistant."
    guess = answerer.prompt(system, [], "Why is the sky blue?", 512)
    other = answerer.prompt(system, [], "Why is the grass green?", 512)
    options = AnswerOptions(max_new_tokens=16)

    def run(prompt, prefill=None):
        answerer.lm._cached = []
        if prefill:
            answerer.lm.prefill(prefill, max_new_tokens=16)
        stats = GenerationStats()
        text = "".join(answerer.stream(prompt, options, stats=stats))
        return text, stats.prompt_tokens_computed

    cold, computed = run(guess)
    assert computed == len(guess)
    assert run(guess, prefill=guess) == (cold, 0)
    text, computed = run(other, prefill=guess)
    assert 0 < computed < len(other) - 10  # the system prompt and the question's start came from the guess
    assert text == run(other)[0]


def test_an_answer_begun_ahead_is_continued_exactly(answerer):
    """prefill(draft=n) samples the first n answer tokens ahead; generate() replays them from the cache and
    goes on. Whether the guess was right, wrong, cut short by generate() or ended: the answer is the
    cold run's."""
    system = "You are a helpful assistant."
    guess = answerer.prompt(system, [], "Tell me about the moon.", 512)
    other = answerer.prompt(system, [], "Tell me about the sun.", 512)
    short = answerer.prompt(system, [], "What is the capital of France?", 512)
    lm = answerer.lm

    def cold(prompt, n=40):
        lm._cached = []
        return list(lm.generate(prompt, max_new_tokens=n))

    def after_draft(guessed, prompt, draft, n=40):
        lm._cached = []
        lm.prefill(guessed, max_new_tokens=n, draft=draft)
        stats = GenerationStats()
        return list(lm.generate(prompt, max_new_tokens=n, stats=stats)), stats

    reference = cold(guess)
    tokens, stats = after_draft(guess, guess, 8)
    assert tokens == reference and stats.drafted == 8 and stats.prompt_tokens_computed == 0
    tokens, stats = after_draft(guess, other, 8)  # a wrong guess
    assert tokens == cold(other) and stats.drafted == 0
    reference = cold(short, 64)
    assert len(reference) < 40  # a short answer: the draft reaches its end
    tokens, stats = after_draft(short, short, 60, 64)
    assert tokens == reference and stats.stopped_by == "eos" and stats.drafted == len(reference)

    # generate() called while a long draft runs: the draft stops, the answer is still exact
    lm._cached = []
    drafting = threading.Thread(target=lambda: lm.prefill(guess, max_new_tokens=120, draft=110))
    drafting.start()
    time.sleep(0.3)
    tokens = list(lm.generate(other, max_new_tokens=40))
    drafting.join(5)
    assert not drafting.is_alive()
    assert tokens == cold(other)

    # a withdrawn guess: the drafting stops at its next token
    lm._cached = []
    drafting = threading.Thread(target=lambda: lm.prefill(guess, max_new_tokens=120, draft=110))
    drafting.start()
    time.sleep(0.3)
    lm.stop_draft()
    drafting.join(5)
    assert not drafting.is_alive() and len(lm._draft.tokens) < 110


def test_a_draft_stops_once_it_has_enough_and_the_answer_is_unchanged(answerer):
    """prefill(enough=...) stops drafting as soon as the drafted tokens satisfy it (the guess's first
    sentence is there); generate() goes on from there to the cold run's answer."""
    lm = answerer.lm
    prompt = answerer.prompt("You are a helpful assistant.", [], "Tell me about the moon.", 512)
    lm._cached = []
    reference = list(lm.generate(prompt, max_new_tokens=40))
    lm._cached = []
    lm.prefill(prompt, max_new_tokens=40, draft=30, enough=lambda tokens: len(tokens) >= 5)
    drafted, ended = lm.drafted(prompt)
    assert len(drafted) == 5 and not ended and drafted == reference[:5]
    stats = GenerationStats()
    assert list(lm.generate(prompt, max_new_tokens=40, stats=stats)) == reference and stats.drafted == 5


@pytest.mark.parametrize("generated, shown", [
    # the student's own answer to "Help me write an email asking my boss for Friday off." (greedy, with the words
    # allowed only): a note_remember call after the subject line, markup and all, was shown and handed to the voice
    ('Subject: Time off on Friday\n\n<tool_call>{"name": "note_remember", "arguments": {"text": "Friday off"}}'
     '</tool_call>', "Subject: Time off on Friday\n\n"),
    ('"Dear Mother,\n<tool_call>{"name": "note_remember", "arguments": {}}</tool_call>"\n</note_remember>',
     '"Dear Mother,\n'),
    # a call as the whole answer is the answer (the core runs it)
    ('<tool_call>{"name": "calculator", "arguments": {"expression": "2+2"}}</tool_call>',
     '<tool_call>{"name": "calculator", "arguments": {"expression": "2+2"}}</tool_call>'),
    ("  The sky is blue.", "  The sky is blue."),
])
def test_a_tool_call_begun_after_words_ends_the_answer(answerer, monkeypatch, generated, shown):
    """The model's tokens are given (the real tokenizer's ids of `generated`): which answer the model writes cannot
    be chosen, and the stream's reading of them is what is tested."""
    ids = answerer.tokenizer.encode(generated, add_special_tokens=False).ids
    monkeypatch.setattr(answerer.lm, "generate", lambda *a, **k: iter(ids))
    assert "".join(answerer.stream([1], AnswerOptions())) == shown
