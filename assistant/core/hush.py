""""Stop." said (or typed) as a whole request: the person wants the assistant to be quiet, not an answer.

Said over a reply, the voice has already stopped it (hands-free barge-in); what they said is then the
next request, and "Stop." must not be answered ("There are no timers to cancel." was what the model
made of it). Only the whole request counts: "Stop the pasta timer" and "Why do people say never mind?"
are requests like any other."""

from __future__ import annotations

import re

_PHRASES = {
    "stop", "stop it", "stop that", "stop talking", "stop there", "just stop",
    "be quiet", "quiet", "hush", "shh", "shush", "shut up", "silence", "enough", "that's enough",
    "that is enough", "never mind", "nevermind", "forget it", "cancel", "cancel that", "that's all",
    "that will do", "that'll do", "ok stop", "okay stop", "no stop", "wait stop", "please stop",
    "thanks that's all", "thank you that's all", "no thanks", "no thank you",
}
_POLITE = re.compile(r"^(?:(?:hey )?jarvis |hey )|(?: (?:please|now|thanks|thank you|jarvis))+$")


def is_hush(text: str) -> bool:
    """Whether the whole request only asks the assistant to stop ("Stop.", "Never mind.", "Be quiet, please")."""
    words = re.sub(r"[^a-z' ]+", " ", text.lower().replace("’", "'"))
    words = re.sub(r"\b(\w+)(?: \1\b)+", r"\1", " ".join(words.split()))   # "stop stop stop"
    if not words or len(words) > 40:
        return False
    return words in _PHRASES or _POLITE.sub("", words).strip() in _PHRASES
