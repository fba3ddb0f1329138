"""What commands print: exit codes and one line of strict JSON (shared by cli.py and commands.py)."""

from __future__ import annotations

import json
import sys

EXIT_ERROR = 1
EXIT_NO_SPEECH = 3


def print_json(obj: dict) -> None:
    """One line of strict JSON: a NaN or an infinity (from a calculation) is written as a string."""
    sys.stdout.write(json.dumps(_finite(obj), ensure_ascii=False, allow_nan=False) + "\n")
    sys.stdout.flush()


def _finite(value):
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return str(value)
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    if isinstance(value, str):
        return valid_text(value)
    return value


def valid_text(text: str) -> str:
    """Text that can be written as UTF-8: lone surrogates (argv's undecodable bytes) become U+FFFD."""
    import re

    return re.sub("[\ud800-\udfff]", "\ufffd", text)
