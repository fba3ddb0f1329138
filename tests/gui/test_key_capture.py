"""Qt keys to the names the global hook (pynput) understands, and the names settings accept."""

import re

import pytest
from PySide6.QtCore import Qt

from assistant.gui.key_capture import key_name
from assistant.settings import HOTKEY_NAMES


@pytest.mark.parametrize("key, text, name", [
    (Qt.Key_F9, "", "f9"), (Qt.Key_F1, "", "f1"), (Qt.Key_F24, "", "f24"), (Qt.Key_Pause, "", "pause"),
    (Qt.Key_ScrollLock, "", "scroll_lock"), (Qt.Key_Insert, "", "insert"), (Qt.Key_A, "a", "a"),
    (Qt.Key_A, "A", "a"), (Qt.Key_Escape, "\x1b", None), (Qt.Key_Return, "\r", None), (Qt.Key_Tab, "\t", None),
])
def test_key_names(key, text, name):
    assert key_name(key, text) == name
    if name:
        assert re.fullmatch(HOTKEY_NAMES, name)


def test_every_named_key_is_one_pynput_knows():
    from assistant.gui.key_capture import _NAMED

    pynput_keys = _pynput_key_names()
    for name in _NAMED.values():
        assert name in pynput_keys, name


def _pynput_key_names():
    # pynput's Key enum needs an X connection to import; its names are read from the source instead.
    import importlib.util
    import pathlib

    source = pathlib.Path(importlib.util.find_spec("pynput").origin).parent / "keyboard" / "_base.py"
    return set(re.findall(r"^    (\w+) = ", source.read_text(), re.M))
