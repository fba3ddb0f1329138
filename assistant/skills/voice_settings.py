"""The assistant's own voice, changed by asking: "speak slower", "talk faster", "speak up", "speak more
quietly", "speak normally". The same settings as the window's (voice speed, voice volume), kept for the
next time; the computer's volume is skills/volume.py. (The student answered "Speak slower." with "Speak
slowly." and "Can you speak louder?" with "I can speak louder than I used to.")"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from assistant.settings import Settings
from assistant.skills.base import Param, Skill, SkillError, SkillResult

RATE_STEP = 25                    # words per minute
RATE_LOW, RATE_HIGH = 100, 300    # within the settings' 80-400: still understandable
VOLUME_STEP = 0.25
VOLUME_LOW = 0.25
DEFAULT = Settings()

_WAYS = [
    ("slower", r"(?:speak|talk|go|read|say (?:that|it)(?: again)?|repeat (?:that|it))(?: a (?:bit|little))? (?:more )?"
               r"(?:slower|slowly|more slowly)|slow down|"   # "say that slower" (the model set a timer)
               r"you(?:'re| are) (?:talking|speaking) too fast"),
    ("faster", r"(?:speak|talk|go|read)(?: a (?:bit|little))? (?:faster|quicker|more quickly)|speed up|hurry up|"
               r"you(?:'re| are) (?:talking|speaking) too slow(?:ly)?"),
    ("louder", r"(?:speak|talk)(?: a (?:bit|little))? (?:louder|up|more loudly)|(?:i )?can't hear you|be louder|"
               r"(?:a (?:bit|little) )?louder"),   # "Louder please." was refused
    ("softer", r"(?:speak|talk)(?: a (?:bit|little))? (?:softer|quieter|more (?:quietly|softly)|lower)|be quieter|"
               r"you(?:'re| are) too loud|not so loud"),
    ("normal", r"(?:speak|talk) (?:normally|at (?:a )?normal (?:speed|pace)|at your normal (?:speed|pace))|"
               r"(?:reset|restore) your voice"),
    # "Mute yourself." (the student: "I'll muted myself.", and went on speaking): answers shown, not spoken
    ("mute", r"mute (?:yourself|your voice)|(?:turn|switch) (?:off your voice|your voice off)|"
             r"(?:stop|don't|do not) (?:talk|speak)(?:ing)? (?:out loud|aloud)|(?:just )?(?:show|type|write) (?:me )?"
             r"(?:your |the )?answers(?: instead)?(?: without speaking)?"),
    ("unmute", r"unmute(?: yourself| your voice)?|(?:turn|switch) (?:on your voice|your voice (?:back )?on)|"
               r"(?:speak|talk) (?:out loud|aloud) again|(?:speak|talk) to me again"),
]
_ASKED = [(way, re.compile(rf"(?:(?:can|could|would) you |please )?(?:{pattern})(?: please)?")) for way, pattern in _WAYS]


def asked(text: str) -> dict | None:
    """{"change": ...} for a request about how the assistant speaks (cleaned text, the whole request)."""
    for way, pattern in _ASKED:
        if pattern.fullmatch(text):
            return {"change": way}
    return None


def changed(settings: Settings, change: str) -> tuple[Settings, str]:
    """The settings after `change`, and what to say."""
    rate, volume = settings.voice_rate, settings.voice_volume
    if change == "slower":
        if rate <= RATE_LOW:
            raise SkillError("I'm already speaking as slowly as I can.")
        rate = max(RATE_LOW, rate - RATE_STEP)
        said = "OK, I'll speak more slowly."
    elif change == "faster":
        if rate >= RATE_HIGH:
            raise SkillError("I'm already speaking as fast as I can.")
        rate = min(RATE_HIGH, rate + RATE_STEP)
        said = "OK, I'll speak faster."
    elif change == "louder":
        if volume >= 1.0:
            raise SkillError("I'm already speaking as loud as I can. You can turn the computer's volume up.")
        volume = min(1.0, volume + VOLUME_STEP)
        said = "OK, I'll speak louder."
    elif change == "softer":
        if volume <= VOLUME_LOW:
            raise SkillError("I'm already speaking as softly as I can.")
        volume = max(VOLUME_LOW, volume - VOLUME_STEP)
        said = "OK, I'll speak more softly."
    elif change == "mute":
        if volume == 0.0:
            raise SkillError("My voice is already off; my answers show in the window. Say \"unmute yourself\" to hear me.")
        volume = 0.0
        said = "OK, my voice is off; my answers still show in the window. Say \"unmute yourself\" to hear me again."
    elif change == "unmute":
        if volume > 0.0:
            raise SkillError("My voice is on. Say \"speak louder\" if I'm too quiet.")
        volume = DEFAULT.voice_volume
        said = "OK, my voice is back on."
    else:
        rate, volume = DEFAULT.voice_rate, DEFAULT.voice_volume
        said = "OK, back to my normal voice."
    return replace(settings, voice_rate=rate, voice_volume=round(volume, 2)), said


def skill(settings: Callable[[], Settings], apply: Callable[[Settings], None]) -> Skill:
    """`settings`: the settings now; `apply`: use (and keep) new ones from the next sentence spoken."""
    def change_voice(change: str) -> SkillResult:
        new, said = changed(settings(), change)
        apply(new)
        return SkillResult(said, {"voice_rate": new.voice_rate, "voice_volume": new.voice_volume})

    return Skill("voice_change", "Speak slower, faster, louder, softer or normally.",
                 {"change": Param(str, choices=tuple(way for way, _ in _WAYS))}, change_voice, for_model=False,
                 changes=True)
