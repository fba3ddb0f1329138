import pytest

from assistant.skills.intents import match
from tests.skills.cases import CASES


@pytest.mark.parametrize("text, name, arguments", CASES, ids=[c[0] for c in CASES])
def test_fast_path(text, name, arguments):
    intent = match(text)
    if name is None:
        assert intent is None, intent
        return
    assert intent is not None and intent.name == name, intent
    for key, value in arguments.items():
        assert intent.arguments.get(key, "") == value, intent.arguments


from bench.skills import SECOND_SET  # noqa: E402


@pytest.mark.parametrize("text, name", SECOND_SET, ids=[c[0] for c in SECOND_SET])
def test_second_set(text, name):
    intent = match(text)
    assert (intent.name if intent else None) == name, intent
