"""Stop strings on a token stream: text that might be the start of a stop string is held back
until it is known not to be one, so a stop string is never half-shown."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class StopStringFilter:
    stops: tuple[str, ...]
    stopped: bool = False
    _held: str = field(default="", repr=False)

    def feed(self, text: str) -> str:
        """Return the text that can be shown now; set `stopped` when a stop string appeared."""
        if self.stopped:
            return ""
        self._held += text
        cut = min((i for i in (self._held.find(s) for s in self.stops if s) if i >= 0), default=-1)
        if cut >= 0:
            self.stopped = True
            out, self._held = self._held[:cut], ""
            return out
        keep = 0
        for stop in self.stops:
            for n in range(min(len(stop) - 1, len(self._held)), 0, -1):
                if self._held.endswith(stop[:n]):
                    keep = max(keep, n)
                    break
        out = self._held[: len(self._held) - keep]
        self._held = self._held[len(self._held) - keep:]
        return out

    def flush(self) -> str:
        out, self._held = ("" if self.stopped else self._held), ""
        return out
