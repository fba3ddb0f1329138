"""When a hands-free turn ends, by meaning as well as by silence (pure logic): the words heard so far,
transcribed at a pause, decide how much silence ends the turn. A complete request ends it as soon as its
transcript is ready; words that leave the request hanging ("set a timer for um", "and", "the") wait
longer, so a person who pauses to think is not cut off mid-sentence."""

from __future__ import annotations

import re

COMPLETE_S = 0.5     # silence that ends a complete request (bench/hands_free.py: at 0.3 s Whisper's guesses
                     # at a pause, "What is it?", "How do I?", cut requests that went on)
HESITANT_S = 1.6     # silence allowed after words that leave the request hanging

_HANGING = {"um", "uh", "er", "erm", "hmm", "mm", "and", "or", "but", "for", "to", "the", "a", "an", "of", "with",
            "about", "like", "so", "because", "if", "my", "your", "in", "on", "at", "from", "into", "is", "are",
            "was", "what", "how", "when", "where", "which", "who", "why", "set", "remind", "tell", "me", "please",
            "maybe", "than", "then", "that", "this", "by", "plus", "minus", "times", "over", "per"}


def end_silence(transcript: str, default_s: float) -> float:
    """The silence that should end the turn, given what was said before the pause."""
    text = transcript.strip().lower()
    if not text:
        return default_s
    words = re.findall(r"[a-z0-9']+", text)
    if not words:
        return default_s
    if text.endswith((",", "-", "...", "…")) or words[-1] in _HANGING:
        return max(default_s, HESITANT_S)
    from assistant.skills.intents import match

    # Whisper ends nearly every transcript with a full stop, so only a question mark (or a request the
    # fast path recognises) counts as complete; a statement waits for the usual silence.
    if text.endswith("?") and len(words) >= 4 or match(transcript) is not None:
        return min(default_s, COMPLETE_S)
    return default_s
