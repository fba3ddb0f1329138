"""`assistant distill ...`: not built yet. Says so plainly instead of pretending."""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    print("error: the distillation pipeline is not built yet; the app answers with SmolLM2-135M-Instruct "
          "converted to ONNX (see `assistant models status`).", file=sys.stderr)
    return 2
