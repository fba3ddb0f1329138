"""Progress of a long job (a model build, a distillation), reported as stages with a fraction done."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def __call__(self, stage: str, done: float, total: float = 1.0) -> None: ...


def silent(stage: str, done: float, total: float = 1.0) -> None:
    pass


class TqdmProgress:
    """One progress bar per stage on stderr, for the command line."""

    def __init__(self) -> None:
        self._bar = None
        self._stage = None

    def __call__(self, stage: str, done: float, total: float = 1.0) -> None:
        from tqdm import tqdm

        if stage != self._stage:
            self.close()
            self._stage = stage
            self._bar = tqdm(total=total, desc=stage, unit="", leave=True,
                             bar_format="{desc:<38} {percentage:3.0f}%|{bar:30}| {elapsed}")
        self._bar.n = done
        self._bar.refresh()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


class JsonProgress:
    """One JSON line per change on stdout ({"stage", "done", "total"}), read by the window's install panel."""

    def __init__(self) -> None:
        self._last: tuple | None = None

    def __call__(self, stage: str, done: float, total: float = 1.0) -> None:
        import json
        import sys

        key = (stage, round(100 * done / total) if total else 0)
        if key != self._last:
            self._last = key
            sys.stdout.write(json.dumps({"stage": stage, "done": done, "total": total}) + "\n")
            sys.stdout.flush()

    def close(self) -> None:
        pass
