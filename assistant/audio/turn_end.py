"""When a hands-free turn ends, by meaning as well as by silence (pure logic): the words heard so far,
transcribed at a pause, decide how much silence ends the turn. A complete request ends it as soon as its
transcript is ready; words that leave the request hanging ("set a timer for um", "and", "the") wait
longer, so a person who pauses to think is not cut off mid-sentence.

Beside the words themselves, the answer model's reading of them (llm/sentence_end.py: how likely a
sentence ends there) separates "What is the capital of" (about 0) from "Why is the sky blue" (0.9):
below OPEN the request is taken as going on, from ENDS up as finished."""

from __future__ import annotations

import re

COMPLETE_S = 0.3     # silence that ends a complete request (bench/hands_free.py, dev set: 0.4 s 562 ms median,
                     # 2 of 20 cut by hand; 0.3 s 495 ms, 1 of 20, session 15. Before the model's reading, 0.3 s
                     # cut requests that went on on Whisper's guesses at a pause, "What is it?", "How do I?")
HESITANT_S = 1.6     # silence allowed after words that leave the request hanging
OPEN = 0.002         # below this reading the request goes on, even when the fast path would take the words as
                     # a request ("Remember to buy" 0.0001; "What's the weather?" 0.0026: llm/sentence_end.py)
ENDS = 0.05          # from here up, the request is finished (between OPEN and ENDS: the usual silence)

_HANGING = {"um", "uh", "er", "erm", "hmm", "mm", "and", "or", "but", "for", "to", "the", "a", "an", "of", "with",
            "about", "like", "so", "because", "if", "my", "your", "in", "on", "at", "from", "into", "is", "are",
            "was", "what", "how", "when", "where", "which", "who", "why", "set", "remind", "tell", "me", "please",
            "maybe", "than", "then", "that", "this", "by", "plus", "minus", "times", "over", "per"}
# Whisper completes words left hanging at a pause with a pronoun: "Set a timer for it." ("that" and "this"
# are hanging words by themselves)
_FILLED_IN = {"it"}
_BEFORE_FILLED_IN = {"for", "about", "of", "to", "with", "on", "in", "into", "at", "from", "by", "called"}


def end_silence(transcript: str, default_s: float, sentence_end: float | None = None) -> float:
    """The silence that should end the turn, given what was said before the pause and (when known) how
    likely the answer model finds it that a sentence ends there."""
    text = transcript.strip().lower()
    if not text:
        return default_s
    words = re.findall(r"[a-z0-9']+", text)
    if not words:
        return default_s
    filled_in = len(words) >= 2 and words[-1] in _FILLED_IN and words[-2] in _BEFORE_FILLED_IN
    if text.endswith((",", "-", "...", "…")) or words[-1] in _HANGING or filled_in:
        return max(default_s, HESITANT_S)
    from assistant.skills.intents import match

    matched = match(transcript) is not None
    if sentence_end is not None and sentence_end < OPEN:
        return max(default_s, HESITANT_S)
    if matched or sentence_end is not None and sentence_end >= ENDS:
        return min(default_s, COMPLETE_S)
    if sentence_end is not None:
        return default_s
    # Without the model's reading: Whisper ends nearly every transcript with a full stop, so only a
    # question mark counts as complete; a statement waits for the usual silence.
    if text.endswith("?") and len(words) >= 4:
        return min(default_s, COMPLETE_S)
    return default_s
