"""The computer's volume, changed on the real (throw-away) PulseAudio daemon of the tests: its default
output is the virtual speaker, read back with pactl after each request."""

import os
import re

import pytest

from assistant.skills.base import SkillError
from assistant.skills.intents import match
from assistant.skills.registry import SkillSet


@pytest.fixture
def pulse(virtual_audio, monkeypatch):
    for key in ("XDG_RUNTIME_DIR", "PULSE_SERVER", "PULSE_RUNTIME_PATH"):
        monkeypatch.setenv(key, virtual_audio.env[key])
    yield virtual_audio
    # the other tests record this speaker at full level
    virtual_audio._run("pactl", "set-sink-volume", "vspeaker", "100%")
    virtual_audio._run("pactl", "set-sink-mute", "vspeaker", "0")


def _speaker(audio):
    volume = audio._run("pactl", "get-sink-volume", "vspeaker").stdout
    muted = audio._run("pactl", "get-sink-mute", "vspeaker").stdout
    return int(re.findall(r"(\d+)%", volume)[0]), "yes" in muted


def _say(skills, text):
    intent = match(text)
    assert intent is not None and intent.name == "volume", (text, intent)
    return skills.call(intent.name, intent.arguments)


def test_the_volume_is_set_turned_and_muted(pulse):
    skills = SkillSet()
    assert _say(skills, "Set the volume to thirty percent.").speech == "Volume at 30 percent."
    assert _speaker(pulse) == (30, False)
    assert _say(skills, "Turn the volume up.").speech == "Volume at 40 percent."
    assert _say(skills, "Turn it down by 25 percent.").speech == "Volume at 15 percent."
    assert _speaker(pulse) == (15, False)
    assert _say(skills, "Mute the sound.").speech == "Muted."
    assert _speaker(pulse) == (15, True)
    assert _say(skills, "What's the volume?").speech == "The volume is at 15 percent, and muted."
    assert _say(skills, "Turn it up.").speech == "Volume at 25 percent."   # turning up is meant to be heard
    assert _speaker(pulse) == (25, False)
    assert _say(skills, "Volume 100").speech == "Volume at 100 percent."
    assert _say(skills, "Turn the volume up.").speech == "Volume at 100 percent."   # not past 100 by steps


def test_what_cannot_be_done_is_said(pulse, monkeypatch, tmp_path):
    skills = SkillSet()
    said = skills.call("volume", {"action": "set", "percent": 400.0})
    assert not said.ok and "0 to 150 percent" in said.speech and _speaker(pulse)[0] == 100
    path = os.environ["PATH"]
    monkeypatch.setenv("PATH", str(tmp_path))   # no pactl, no wpctl
    said = skills.call("volume", {"action": "up"})
    assert not said.ok and "neither pactl" in said.speech
    monkeypatch.setenv("PATH", path)
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/no-such-socket")   # a sound server that is not running
    said = skills.call("volume", {"action": "get"})
    assert not said.ok and "volume is unchanged" in said.speech


@pytest.mark.parametrize("text", ["Mute my microphone.", "Turn up the heat.", "What is the volume of a sphere?",
                                  "Speak up."])
def test_other_requests_are_not_taken(text):
    intent = match(text)
    assert intent is None or intent.name != "volume"

