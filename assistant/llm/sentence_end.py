"""Whether the words heard so far end a request, as the answer model reads them (turn-taking by meaning).

The model has read a great many requests: after "What is the capital of" it all but never expects the
sentence to end; after "Why is the sky blue" it expects a question mark or the end of the turn. The
probability of an ending next (a full stop, question mark, exclamation mark or the end of the turn),
with Whisper's own closing punctuation taken off, is that reading. LiveKit's turn detector works the
same way on a fine-tuned SmolLM2; here the app's own answer model does it, on the prompt the answer
would use, so the answer's prompt computed next reuses the keys and values (a few tokens more).
Measured on the hands-free bench's recordings: docs/benchmark.md (session 12)."""

from __future__ import annotations

import re
import numpy as np

from assistant.llm.chat import Message

_CLOSING = re.compile(r"[\s.?!,;:…]+$")
_ENDINGS: dict[int, np.ndarray] = {}   # id(tokenizer) -> ids of the tokens that end a sentence


def _endings(tokenizer, end_id: int) -> np.ndarray:
    key = id(tokenizer)
    if key not in _ENDINGS:
        ids = {i for token, i in tokenizer.get_vocab().items()
               if token and token[0] in ".?!" and all(c in ".?!\"'" for c in token)}
        _ENDINGS[key] = np.array(sorted(ids | {end_id}), dtype=np.int64)
    return _ENDINGS[key]


def sentence_end(answerer, system: str, words: str) -> float:
    """The probability that the request ends after `words` (0..1)."""
    text = _CLOSING.sub("", words.strip())
    if not text:
        return 0.0
    end_id = answerer.tokenizer.token_to_id("<|im_end|>")
    ids = answerer.encode(([Message("system", system)] if system else []) + [Message("user", text)])
    if end_id is None or end_id not in ids or len(ids) >= answerer.lm.max_length:
        return 0.0
    cut = len(ids) - 1 - ids[::-1].index(end_id)   # the end of the person's words
    logits = answerer.reader.logits(ids[:cut]).astype(np.float64)
    p = np.exp(logits - logits.max())
    return float(p[_endings(answerer.tokenizer, end_id)].sum() / p.sum())
