"""The OpenAI-compatible teacher client: retries, timeouts, garbage, the cache and resume, and the
API key kept out of everything it writes."""

import json

import pytest

from assistant.distill.generate import generate
from assistant.distill.data import Prompt, read_jsonl
from assistant.distill.teachers.assembled import AssembledTeacher
from assistant.distill.teachers.base import Request
from assistant.distill.teachers.openai_compat import OpenAITeacher
from assistant.errors import TeacherError
from assistant.llm.chat import Message
from tests.distill.stub_server import Stub


@pytest.fixture
def stub():
    server = Stub()
    yield server
    server.close()


def req(text, sample=0):
    return Request((Message("user", text),), temperature=0.7 if sample else 0.0, max_tokens=32, sample=sample)


def test_answers_are_cached_and_not_asked_again(stub, tmp_path):
    cache = tmp_path / "cache.sqlite"
    teacher = OpenAITeacher(stub.url, "m", cache_path=cache, concurrency=3)
    out = teacher.complete([req("one"), req("two"), req("one", sample=1)])
    assert out[0].endswith("You said one") and out[1].endswith("You said two")
    assert len(stub.requests) == 3
    again = OpenAITeacher(stub.url, "m", cache_path=cache)   # a new process, the same cache file
    assert again.complete([req("one"), req("two")]) == out[:2]
    assert len(stub.requests) == 3


def test_a_timeout_is_a_clear_error_and_keeps_what_arrived(stub, tmp_path):
    cache = tmp_path / "cache.sqlite"
    teacher = OpenAITeacher(stub.url, "m", cache_path=cache, timeout_s=0.5, max_retries=1, backoff_s=0.01)
    teacher.complete([req("first")])
    stub.mode = "slow"
    with pytest.raises(TeacherError) as err:
        teacher.complete([req("first"), req("second")])
    assert "did not answer within 0.5 s after 2 tries" in str(err.value)
    assert "1 of 2 answers are kept" in str(err.value)
    stub.mode = "ok"
    assert teacher.complete([req("first"), req("second")])[1].endswith("You said second")


def test_garbage_and_refusals_are_clear_errors(stub):
    teacher = OpenAITeacher(stub.url, "m", max_retries=0)
    stub.mode = "garbage"
    with pytest.raises(TeacherError, match="not a chat completion"):
        teacher.complete([req("x")])
    stub.mode = "refuse"
    with pytest.raises(TeacherError, match="HTTP 400"):
        teacher.complete([req("y")])


def test_busy_server_is_retried_with_backoff(stub):
    stub.mode, stub.fail_first = "flaky", 2
    teacher = OpenAITeacher(stub.url, "m", max_retries=3, backoff_s=0.01)
    assert teacher.complete([req("z")])[0].endswith("You said z")
    assert len(stub.requests) == 3


def test_unreachable_endpoint():
    teacher = OpenAITeacher("http://127.0.0.1:9/v1", "m", max_retries=1, backoff_s=0.01, timeout_s=2)
    with pytest.raises(TeacherError, match="cannot be reached"):
        teacher.complete([req("x")])


def test_api_key_is_sent_but_never_written(stub, tmp_path, monkeypatch):
    secret = "sk-test-very-secret-123"
    monkeypatch.setenv("MY_TEACHER_KEY", secret)
    teacher = AssembledTeacher(OpenAITeacher(stub.url, "m", api_key_env="MY_TEACHER_KEY",
                                             cache_path=tmp_path / "cache.sqlite"), samples=1)
    prompts = [Prompt("p1", "chitchat", "Hello there!", {})]
    work = tmp_path / "run"
    generate(teacher, prompts, work)
    assert stub.headers[0]["Authorization"] == f"Bearer {secret}"
    for path in [*work.iterdir(), tmp_path / "cache.sqlite"]:
        assert secret.encode() not in path.read_bytes(), path
    assert secret not in json.dumps(teacher.describe())
    stub.mode = "refuse"
    with pytest.raises(TeacherError) as err:
        teacher.lm.complete([req("other")])
    assert secret not in str(err.value)


def test_missing_api_key_variable(monkeypatch):
    monkeypatch.delenv("NOPE_KEY", raising=False)
    with pytest.raises(TeacherError, match="NOPE_KEY"):
        OpenAITeacher("http://127.0.0.1:9/v1", "m", api_key_env="NOPE_KEY")


def test_generation_resumes_after_an_interruption(stub, tmp_path):
    prompts = [Prompt(f"p{i}", "chitchat", f"Tell me about thing {i}.", {}) for i in range(4)]
    teacher = AssembledTeacher(OpenAITeacher(stub.url, "m", cache_path=tmp_path / "c.sqlite", max_retries=0,
                                             timeout_s=0.5), samples=2)
    generate(teacher, prompts[:2], tmp_path)
    asked = len(stub.requests)
    with open(tmp_path / "samples.jsonl", "a") as f:
        f.write('{"prompt_id": "p2", "categ')   # a line cut short by a crash
    stats = generate(teacher, prompts, tmp_path)
    assert stats["resumed"] == 2 and stats["kept"] + stats["rejected"] == 2
    assert len(stub.requests) == asked + 4            # only the two new prompts were asked (2 samples each)
    kept = [r["prompt_id"] for r in read_jsonl(tmp_path / "samples.jsonl")]
    assert sorted(kept) == ["p0", "p1", "p2", "p3"]
    record = next(read_jsonl(tmp_path / "samples.jsonl"))
    assert record["provenance"]["teacher"] == "assembled(openai-compatible:m)" and record["rationale"] == "echo."


def test_a_redirect_is_refused_and_the_key_never_reaches_the_other_host(stub, monkeypatch):
    """Reproduced: a loopback server answering 302 to another port received the key on every request."""
    other = Stub()
    try:
        monkeypatch.setenv("MY_TEACHER_KEY", "sk-redirect-secret")
        stub.mode, stub.redirect_to = "redirect", other.url + "/chat/completions"
        teacher = OpenAITeacher(stub.url, "m", api_key_env="MY_TEACHER_KEY", max_retries=2, backoff_s=0.01)
        with pytest.raises(TeacherError, match="redirected the request"):
            teacher.complete([req("where")])
        assert len(stub.headers) == 1                     # refused at once, not retried
        assert other.headers == [] and other.requests == []  # the other host heard nothing, key or not
    finally:
        other.close()


@pytest.mark.parametrize("url, allowed", [
    ("http://203.0.113.5:8000/v1", False),       # a key in clear text off this machine
    ("http://teacher.example.org/v1", False),
    ("https://teacher.example.org/v1", True),
    ("http://127.0.0.1:8000/v1", True),
    ("http://localhost:8000/v1", True),
])
def test_a_key_over_plain_http_to_another_host_is_refused(monkeypatch, url, allowed):
    monkeypatch.setenv("MY_TEACHER_KEY", "sk-x")
    if allowed:
        OpenAITeacher(url, "m", api_key_env="MY_TEACHER_KEY")
    else:
        with pytest.raises(TeacherError, match="unencrypted"):
            OpenAITeacher(url, "m", api_key_env="MY_TEACHER_KEY")
        OpenAITeacher(url, "m", api_key_env="MY_TEACHER_KEY", allow_plain_http=True)  # the user's explicit choice
    OpenAITeacher(url, "m")  # no key: nothing to leak


def test_a_url_that_is_not_http_is_refused():
    with pytest.raises(TeacherError, match="not an http"):
        OpenAITeacher("file:///etc/passwd", "m")
