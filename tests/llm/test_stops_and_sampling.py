import numpy as np
import pytest

from assistant.llm.chat import ChatTemplate, Message, fit_history
from assistant.llm.sampling import Sampler, SamplingOptions
from assistant.llm.stops import RepeatFilter, StopStringFilter


@pytest.mark.parametrize("pieces, shown", [
    (["Hello", " world", "<|im_end|>", "junk"], "Hello world"),
    (["Hello <|im", "_end|> more"], "Hello "),
    (["a <|i", "s not a stop"], "a <|is not a stop"),
    (["no stop at all"], "no stop at all"),
])
def test_stop_strings(pieces, shown):
    f = StopStringFilter(("<|im_end|>",))
    out = "".join(f.feed(p) for p in pieces) + f.flush()
    assert out == shown


def test_greedy_and_sampling():
    logits = np.array([0.0, 5.0, 1.0, 4.9])
    assert Sampler(SamplingOptions(temperature=0))(logits) == 1
    sampler = Sampler(SamplingOptions(temperature=1.0, top_p=0.9, seed=1))
    seen = {sampler(logits) for _ in range(200)}
    assert seen == {1, 3}  # top-p 0.9 keeps the two likely tokens only
    with pytest.raises(ValueError):
        Sampler(SamplingOptions(temperature=-1))


TEMPLATE = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
            "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")


def test_template_renders_chatml():
    text = ChatTemplate(TEMPLATE).render([Message("system", "S"), Message("user", "Q")])
    assert text == "<|im_start|>system\nS<|im_end|>\n<|im_start|>user\nQ<|im_end|>\n<|im_start|>assistant\n"


def test_history_budget_drops_oldest_exchanges_first():
    count = lambda ms: sum(len(m.content) for m in ms)  # noqa: E731
    history = [Message("user", "a" * 10), Message("assistant", "b" * 10),
               Message("user", "c" * 10), Message("assistant", "d" * 10)]
    system, q = Message("system", "s"), Message("user", "q")
    assert fit_history(system, history, q, count, 100) == [system, *history, q]
    assert fit_history(system, history, q, count, 30) == [system, *history[2:], q]
    assert fit_history(system, history, q, count, 5) == [system, q]


def _through_repeat_filter(pieces):
    f = RepeatFilter()
    out = []
    for piece in pieces:
        out.append(f.feed(piece))
        if f.stopped:
            break
    return "".join(out) + f.flush(), f.stopped


def test_a_looping_answer_ends_at_the_first_repeated_sentence():
    # The shipped student answered "Can we chat for a bit?" with "I'm all about a chat!" over and over.
    text, stopped = _through_repeat_filter(["I'm all", " about a chat!", " I'm all", " about", " a chat!", " I'm", " all"])
    assert (text, stopped) == ("I'm all about a chat!", True)
    assert _through_repeat_filter(["Good. Go", "od."]) == ("Good.", False)   # a repeat at the very end is dropped too
    # "What's a synonym for happy?" -> "Happy; happy; happy; ..." (to the token limit)
    assert _through_repeat_filter(["Happy;", " happy;", " happy;", " happy;"]) == ("Happy;", True)
    assert _through_repeat_filter(["Use soap; rinse;", " dry."]) == ("Use soap; rinse; dry.", False)


def test_sentences_that_only_start_alike_stream_unchanged():
    pieces = ["Hello there.", " How are", " you? Hello", " again. Hi", ".", " Hi there."]
    assert _through_repeat_filter(pieces) == ("".join(pieces), False)
    call = '<tool_call>{"name": "timer_start", "arguments": {"hours": 1.5}}</tool_call>'
    assert _through_repeat_filter([call[:20], call[20:]]) == (call, False)


def test_text_is_let_through_as_soon_as_it_cannot_be_a_repeat():
    f = RepeatFilter()
    assert f.feed("Sure.") == "Sure."
    assert f.feed(" Su") == ""           # could be "Sure." again: held
    assert f.feed("nny") == " Sunny"     # now it cannot: shown at once
