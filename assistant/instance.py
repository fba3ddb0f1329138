"""One instance of the window, and `assistant talk` from other processes: the running window listens on
a Unix socket in the user's runtime folder (Qt's QLocalServer, at a path); a line sent to it is an
order: `show` (a second launch brings the window forward), `talk` (one turn that ends on silence) or
`toggle` (push-to-talk from a desktop shortcut: the first starts listening, the next ends it). Any
shortcut a desktop offers (Wayland included) can run `assistant talk --toggle`."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from assistant import paths
from assistant.errors import AssistantError

ORDERS = ("show", "talk", "toggle")


class NotRunningError(AssistantError):
    code = "not-running"


def socket_path() -> Path:
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    folder = Path(runtime) if runtime and not os.environ.get("ASSISTANT_DATA_DIR") else paths.data_dir()
    return folder / "offline-assistant.sock"


def send(order: str, timeout: float = 2.0) -> str:
    """Send an order to the running window; its one-line reply. NotRunningError when none runs."""
    if order not in ORDERS:
        raise ValueError(order)
    path = socket_path()
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            sock.connect(str(path))
            sock.sendall(order.encode() + b"\n")
            return sock.makefile().readline().strip()
    except (FileNotFoundError, ConnectionRefusedError, socket.timeout, OSError):
        raise NotRunningError("The assistant's window is not running.",
                              hint="Start it with `assistant` (or `make run`), then try again.") from None
