"""A longer fuzzing run than `make test` has time for: `.venv/bin/python -m bench.fuzz [--cases N] [--seed S]`.
Prints the number of cases, the slowest case and any failure (input, problem) as JSON."""

from __future__ import annotations

import argparse
import json
import sys
import time

from tests.fuzz import run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--time-limit", type=float, default=1.0, help="seconds one case may take")
    args = parser.parse_args()
    start = time.perf_counter()
    report = run(args.cases, args.seed, args.time_limit)
    print(json.dumps({"cases": report.cases, "seed": args.seed, "seconds": round(time.perf_counter() - start, 1),
                      "slowest_ms": round(report.slowest_ms, 1), "failures": report.failures},
                     indent=1, ensure_ascii=False))
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
