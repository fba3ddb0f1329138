"""Cancellation as data: a turn holds a token; stopping sets it, and every stage checks it between
units of work (a token, an audio block), so nothing is killed mid-write."""

from __future__ import annotations

import threading

from assistant.errors import CancelledError


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    @property
    def event(self) -> threading.Event:
        return self._event

    def check(self) -> None:
        if self._event.is_set():
            raise CancelledError()
