"""Questions about the assistant's own controls: "Change your voice.", "What's your wake word?", "Stop listening.",
"Delete my history.", "Turn off." The student refused them all ("I'm sorry, but I can't help with that.") or made
something up ("I don't have a wake word."). Each says where the control is: the window's menus and Settings."""

from __future__ import annotations

import re
from typing import Callable

from assistant.skills.base import Param, Skill, SkillError, SkillResult

_ASKED = [
    ("voice", r"(?:how (?:do|can) i )?(?:change|switch) (?:your|the) voice|(?:what|which) voices (?:do you have|are there|can you use)|"
              r"(?:can you |could you )?(?:use|have) a different voice|i don't like your voice"),
    ("wake word", r"what(?: is|'s) (?:your|the) wake ?word|how do i wake you(?: up)?|how do i (?:talk|speak) to you|"
                  r"how do i (?:start|activate) you"),
    ("stop listening", r"stop listening|(?:turn|switch) off (?:the |your )?(?:microphone|mic)|don't listen(?: to me)?|"
                       r"are you always listening|(?:mute|disable) (?:the |your )?(?:microphone|mic)"),
    ("history", r"(?:clear|delete|erase|forget|wipe) (?:the |our |my )?(?:conversation|chat|history|chat history|"
                r"conversation history)"),
    ("quit", r"turn (?:yourself )?off|(?:quit|exit)(?: the app| the assistant)?|close (?:yourself|the app|the assistant)|"
             r"shut yourself down"),
    ("settings", r"open (?:the |your )?settings|(?:where are|show me) (?:the |your )?settings|how do i change (?:the |your )?settings"),
]
_PATTERNS = [(topic, re.compile(rf"(?:(?:can|could|would) you |please )?(?:{pattern})(?: please)?")) for topic, pattern in _ASKED]


def asked(text: str) -> dict | None:
    """app_help's arguments for a question about the assistant's own controls (cleaned text), or None."""
    return next(({"topic": topic} for topic, pattern in _PATTERNS if pattern.fullmatch(text)), None)


def skill(settings: Callable[[], object] | None = None) -> Skill:
    def app_help(topic: str) -> SkillResult:
        key = str(getattr(settings(), "hotkey", "f9") if settings else "f9").upper()
        said = {
            "voice": "Open Settings from the window's menu and pick a voice under Voice: the natural-sounding Joe, or your "
                     "computer's own voices, each with a Preview. You can also say \"speak slower\" or \"speak louder\".",
            "wake word": f"Hold {key}, or the talk button, while you speak, and let go when you're done. With hands-free "
                         "listening and the wake word on in Settings, say \"Hey Jarvis\" first.",
            "stop listening": f"I only listen while you hold {key} or the talk button, or after \"Hey Jarvis\" when "
                              "hands-free listening is on; you can turn that off in Settings. Nothing you say leaves this "
                              "computer.",
            "history": "Choose History, then Clear, in the window's menu: the conversation is removed from this computer. "
                       "Your notes and lists stay; say \"forget all my notes\" for those.",
            "quit": "Choose Quit in the window's menu, or in the tray icon's menu. Closing the window keeps me in the tray.",
            "settings": "Settings is in the window's menu: the voice, the talk key, hands-free listening and the wake word, "
                        "and the answer model.",
        }.get(topic)
        if said is None:
            raise SkillError("I can tell you about my voice, the talk key and wake word, listening, the history and Settings.")
        return SkillResult(said, {"topic": topic})

    return Skill("app_help", "Where the assistant's own controls are.",
                 {"topic": Param(str, choices=tuple(t for t, _ in _ASKED))}, app_help, for_model=False)
