"""The computer's sound volume: "set the volume to 30 percent", "turn the volume up", "mute the sound",
"what's the volume". Through the sound server's own command line, on its default output: `pactl`
(PulseAudio, and PipeWire's pulse server) or else `wpctl` (PipeWire), run without a shell."""

from __future__ import annotations

import re
import shutil
import subprocess

from assistant.skills.base import Param, Skill, SkillError, SkillResult

STEP = 10          # percent, for "up" and "down"
MAX = 150          # the most it sets (PulseAudio allows more than 100 %, which distorts)
_NO_TOOL = "I can't change the volume here: neither pactl (PulseAudio) nor wpctl (PipeWire) is installed."


def _run(*args: str) -> str:
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise SkillError(f"The sound server didn't answer ({err}), so the volume is unchanged.") from None
    if done.returncode != 0:
        why = (done.stderr or done.stdout).strip().splitlines()[:1]
        raise SkillError(f"The sound server refused ({why[0] if why else 'no reason given'}), so the volume is unchanged.")
    return done.stdout


def _tool() -> str:
    for name in ("pactl", "wpctl"):
        if shutil.which(name):
            return name
    raise SkillError(_NO_TOOL)


def current() -> tuple[int, bool]:
    """(volume in percent, muted) of the default output."""
    if _tool() == "pactl":
        levels = re.findall(r"(\d+)%", _run("pactl", "get-sink-volume", "@DEFAULT_SINK@"))
        muted = "yes" in _run("pactl", "get-sink-mute", "@DEFAULT_SINK@")
        if not levels:
            raise SkillError("The sound server didn't say the volume.")
        return round(sum(map(int, levels)) / len(levels)), muted
    said = _run("wpctl", "get-volume", "@DEFAULT_AUDIO_SINK@")   # "Volume: 0.40 [MUTED]"
    m = re.search(r"(\d+(?:\.\d+)?)", said)
    if m is None:
        raise SkillError("The sound server didn't say the volume.")
    return round(float(m.group(1)) * 100), "MUTED" in said


def _set(percent: int) -> None:
    if _tool() == "pactl":
        _run("pactl", "set-sink-volume", "@DEFAULT_SINK@", f"{percent}%")
    else:
        _run("wpctl", "set-volume", "@DEFAULT_AUDIO_SINK@", f"{percent / 100:.2f}")


def _mute(on: bool) -> None:
    if _tool() == "pactl":
        _run("pactl", "set-sink-mute", "@DEFAULT_SINK@", "1" if on else "0")
    else:
        _run("wpctl", "set-mute", "@DEFAULT_AUDIO_SINK@", "1" if on else "0")


def volume(action: str, percent: float | None = None) -> SkillResult:
    """`action`: set (to `percent`), up, down (by `percent`, default 10), mute, unmute, get."""
    level, muted = current()
    if action == "get":
        return SkillResult(f"The volume is at {level} percent" + (", and muted." if muted else "."),
                           {"percent": level, "muted": muted})
    if action in ("mute", "unmute"):
        _mute(action == "mute")
        return SkillResult("Muted." if action == "mute" else f"Sound is back on, at {level} percent.",
                           {"percent": level, "muted": action == "mute"})
    if action == "set":
        if percent is None or not 0 <= percent <= MAX:
            raise SkillError(f"The volume goes from 0 to {MAX} percent.")
        target = round(percent)
    else:
        step = STEP if percent is None else round(percent)
        target = max(0, min(MAX if level > 100 else 100, level + (step if action == "up" else -step)))
    _set(target)
    if muted and target > 0:
        _mute(False)   # turning it up (or to a level) is meant to be heard
    return SkillResult(f"Volume at {target} percent.", {"percent": target, "was": level, "muted": False})


SKILL = Skill("volume", "Change or tell the computer's sound volume.",
              {"action": Param(str, choices=("set", "up", "down", "mute", "unmute", "get")),
               "percent": Param(float, required=False)}, volume, for_model=False, changes=True)

_UP = r"(?:turn|crank|bring|put) (?:the )?(?:volume|sound|it) up|(?:turn|crank|bring) up the (?:volume|sound)|" \
      r"volume up|increase the volume|raise the volume|make it louder"
_DOWN = r"(?:turn|bring|put) (?:the )?(?:volume|sound|it) down|(?:turn|bring) down the (?:volume|sound)|" \
        r"volume down|decrease the volume|lower the volume|reduce the volume|make it quieter|make it softer"


def asked(text: str) -> dict | None:
    """The volume request in `text` (intents.clean'd, numbers as digits), or None."""
    text = re.sub(r"^(?:(?:can|could|would|will) you (?:please )?|please )", "", text)   # "can you turn the volume down"
    text = re.sub(r",? please$", "", text)
    m = re.fullmatch(r"(?:(?:set|change|put|turn) (?:the )?(?:volume|sound) (?:to |at )?|volume (?:to |at )?)"   # "set volume 50"
                     r"(\d+(?:\.\d+)?)(?: ?%| percent)?", text)
    if m:
        return {"action": "set", "percent": float(m.group(1))}
    by = re.search(r"\bby (\d+(?:\.\d+)?)(?: ?%| percent)?$", text)
    step = {"percent": float(by.group(1))} if by else {}
    tail = r"(?: (?:a bit|a little|a lot|some|more|a notch|a touch|a little bit))?(?: by \d+(?:\.\d+)?(?: ?%| percent)?)?"
    if re.fullmatch(rf"(?:{_UP}){tail}", text):   # "turn it up a bit"; not "put it up on the wall"
        return {"action": "up", **step}
    if re.fullmatch(rf"(?:{_DOWN}){tail}", text):
        return {"action": "down", **step}
    if re.fullmatch(r"(?:mute|silence)(?: the)?(?: sound| volume| audio| computer| speakers?)?", text):
        return {"action": "mute"}
    if re.fullmatch(r"unmute(?: the)?(?: sound| volume| audio| computer| speakers?)?", text):
        return {"action": "unmute"}
    if re.fullmatch(r"what is the volume(?: at| set to| now)?|how loud is (?:the volume|it)(?: set)?", text):
        return {"action": "get"}
    return None
