"""A stand-in for the XDG desktop portal's GlobalShortcuts, on a private D-Bus session bus.

Why a fake: the real portal (xdg-desktop-portal with a KDE or GNOME backend) needs a running Wayland
desktop session, which cannot run on this headless machine. The bus (dbus-daemon) and the D-Bus
traffic are real; only the service answering as org.freedesktop.portal.Desktop is this script. It
speaks the documented protocol: CreateSession and BindShortcuts return a Request path and answer on
it with a Response signal; `press()` / `release()` emit Activated / Deactivated as the desktop would."""

from __future__ import annotations

import os
import subprocess
import threading

from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.GlobalShortcuts"


class PrivateBus:
    """A throw-away session bus (dbus-daemon); its address in `address`."""

    def __enter__(self) -> "PrivateBus":
        self.proc = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                                     stdout=subprocess.PIPE, text=True)
        self.address = self.proc.stdout.readline().strip()
        return self

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        self.proc.wait(5)


class FakePortal:
    def __init__(self, address: str, decline: bool = False) -> None:
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
        self.conn = open_dbus_connection(bus="SESSION")
        self.conn.send_and_get_reply(message_bus.RequestName("org.freedesktop.portal.Desktop"), timeout=5)
        self.decline = decline
        self.session = ""
        self.bound: list = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        n = 0
        while True:
            try:
                msg = self.conn.receive()
            except Exception:
                return
            fields = msg.header.fields
            if msg.header.message_type != MessageType.method_call or fields.get(HeaderFields.interface) != INTERFACE:
                continue
            member = fields.get(HeaderFields.member)
            n += 1
            request = f"{PATH}/request/fake/{n}"
            if member == "CreateSession":
                self.session = f"{PATH}/session/fake/{n}"
                results = {"session_handle": ("s", self.session)}
            elif member == "BindShortcuts":
                self.bound = msg.body[1]
                results = {"shortcuts": ("a(sa{sv})", [(sid, {"trigger_description": ("s", opts["preferred_trigger"][1])})
                                                      for sid, opts in self.bound])}
            else:
                with self._lock:
                    self.conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))
                continue
            with self._lock:
                self.conn.send(new_method_return(msg, "o", (request,)))
                self.conn.send(new_signal(DBusAddress(request, interface="org.freedesktop.portal.Request"),
                                          "Response", "ua{sv}", (1 if self.decline else 0, results)))

    def _emit(self, member: str, shortcut: str = "talk") -> None:
        with self._lock:
            self.conn.send(new_signal(DBusAddress(PATH, interface=INTERFACE), member, "osta{sv}",
                                      (self.session, shortcut, 0, {})))

    def press(self, shortcut: str = "talk") -> None:
        self._emit("Activated", shortcut)

    def release(self, shortcut: str = "talk") -> None:
        self._emit("Deactivated", shortcut)

    def close(self) -> None:
        self.conn.close()
