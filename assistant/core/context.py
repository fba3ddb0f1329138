"""What of the conversation the answer model sees: the history only for a question that leans on it.

A 135M model copies the shape of what it just said. Asked "How do I clean my laptop screen?" and then "How do I
get rid of ants in the kitchen?" in one conversation, it answered the second "Use a damp cloth to wipe down the
ants", and the third ("How do I clean the oven?") "... spray it with a mild detergent to kill the ants"; after a
dozen questions every answer was "Use a X; use a X to ...". The same questions asked alone got answers of their
own. So a question that stands by itself is asked alone (the history is still kept, for the next follow-up and
for the fast path's follow-ups), and one that refers back ("And of Malta?", "What does it mean?", "Make it
shorter.", "What did you just say?") is asked with the conversation, as before."""

from __future__ import annotations

import re
from typing import Sequence

from assistant.llm.chat import Message

_OPENERS = (r"and|but|so|also|or|then|now|what about|how about|what if|why not|how come|really|are you sure|"
            r"ok(?:ay)?|no|yes|yeah|nope|actually|instead|same|again|more|another|which one|is that|was that|"
            r"isn't that|wasn't that|does that|did that|repeat|shorter|longer|simpler|louder|slower|faster|"
            r"tell me more|go on|continue|what else|anything else|like what|such as|for example|how so|sorry|pardon|huh")
_LEANS = re.compile(
    rf"^(?:{_OPENERS})\b|"
    r"\b(?:it|its|it's|that|this|these|those|they|them|their|theirs|there|he|him|his|she|her|hers|one|ones|"
    r"the same|the other|the first|the second|the last|the previous|the answer|the result|the list|"
    r"else|instead|previous|above|last one|another|(?:an|some|more) examples?(?! of)|more (?:about|detail|details|info|information)|elaborate|"
    r"what do you mean|i don't (?:understand|get it)|i didn't (?:understand|get (?:it|that))|"
    r"you (?:just |already )?(?:said|told|mentioned|meant|asked|suggested|wrote|gave)|"
    r"i (?:just |already )?(?:said|told|asked|mentioned|meant)|did you|do you remember|remember what|"
    r"what(?:'s| is| was) my|who am i|my name)\b",
    re.I)


def leans_on_history(question: str) -> bool:
    """True when `question` may refer to the conversation so far (a follow-up, a pronoun, a fragment)."""
    words = re.findall(r"[A-Za-z0-9']+", question)
    return len(words) <= 2 or bool(_LEANS.search(question.strip()))


def model_history(question: str, history: Sequence[Message]) -> list[Message]:
    """The part of `history` the answer model is given with `question`: all of it, or none."""
    return list(history) if history and leans_on_history(question) else []
