"""This computer, read on itself (assistant/skills/system_info.py), through the fast path as the app reads it. Each
answer is checked against the same facts read another way (the student refused or searched the notes)."""

import shutil
import socket
from pathlib import Path

import psutil
import pytest

from assistant.skills.intents import match
from assistant.skills.registry import SkillSet


def _said(question: str) -> str:
    intent = match(question)
    assert intent is not None and intent.name == "system_info", question
    return SkillSet().call(intent.name, intent.arguments).speech


def test_disk_memory_name_and_system():
    free = shutil.disk_usage(Path.home()).free / 1e9
    said = _said("How much disk space is left?")
    figure = float(said.split(" gigabytes free")[0].rsplit(" ", 1)[1])
    assert abs(figure - free) <= max(1.0, 0.05 * free), said
    total = psutil.virtual_memory().total / 1e9
    assert f"of {total:.0f} gigabytes" in _said("How much memory am I using?") or f"of {total:.1f} gigabytes" in \
        _said("How much RAM do I have?")
    assert _said("What's my computer's name?") == f"This computer is called {socket.gethostname()}."
    assert "Linux kernel" in _said("What operating system am I running?")
    assert _said("How long has my computer been on?").startswith("This computer has been on for ")


def test_battery_and_address_say_what_there_is():
    battery = psutil.sensors_battery()
    said = _said("How much battery do I have?")
    assert said.startswith("This computer has no battery") if battery is None else f"{round(battery.percent)} percent" in said
    address = _said("What's my IP address?")           # (the student searched the notes)
    assert "public address would need the internet" in address or "no network address" in address


@pytest.mark.parametrize("question", ["What is my name?", "What's my locker code?", "How much does a car battery cost?"])
def test_other_questions_are_not_about_the_computer(question):
    intent = match(question)
    assert intent is None or intent.name != "system_info"
