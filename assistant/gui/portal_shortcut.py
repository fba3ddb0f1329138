"""The global push-to-talk key through the XDG desktop portal's GlobalShortcuts interface, where the
desktop offers it (KDE Plasma, GNOME 48+ on Wayland, where no program may read the keyboard itself):
the app asks the desktop to bind a "talk" shortcut (F9 preferred; the desktop may let the person
choose), and the desktop reports its presses and releases. D-Bus through jeepney (pure Python), on a
thread of its own; the callbacks run there, as pynput's do.

Protocol (org.freedesktop.portal.GlobalShortcuts): CreateSession -> a Request whose Response carries
the session handle; BindShortcuts(session, [("talk", {description, preferred_trigger})]) -> Response;
then Activated / Deactivated(session, "talk", timestamp, options) signals."""

from __future__ import annotations

import itertools
import threading
from typing import Callable

PORTAL = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.GlobalShortcuts"
SHORTCUT = "talk"
_tokens = itertools.count(1)


class PortalShortcut:
    mechanism = "desktop portal"

    def __init__(self, key: str, on_press: Callable[[], None], on_release: Callable[[], None],
                 timeout: float = 30.0) -> None:
        self.key = key.upper()
        self._on_press, self._on_release = on_press, on_release
        self.timeout = timeout   # the desktop may show the person a dialog to confirm the shortcut
        self.problem = ""
        self._conn = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> bool:
        """Bind the shortcut (blocking until the desktop answers); False with `problem` set when the
        portal or its GlobalShortcuts interface is not there, or the binding is refused."""
        try:
            from jeepney import DBusAddress, MatchRule, new_method_call  # noqa: F401 (checked here)
            from jeepney.bus_messages import message_bus
            from jeepney.io.blocking import open_dbus_connection
        except ImportError:
            self.problem = "No D-Bus library (jeepney) for the desktop portal."
            return False
        try:
            conn = open_dbus_connection(bus="SESSION")
        except Exception as exc:
            self.problem = f"No D-Bus session for the desktop portal ({type(exc).__name__})."
            return False
        portal = DBusAddress(PATH, bus_name=PORTAL, interface=INTERFACE)
        responses = MatchRule(type="signal", interface="org.freedesktop.portal.Request", member="Response")
        keys = MatchRule(type="signal", interface=INTERFACE)
        try:
            conn.send_and_get_reply(message_bus.AddMatch(responses), timeout=5)
            conn.send_and_get_reply(message_bus.AddMatch(keys), timeout=5)
            with conn.filter(responses, bufsize=16) as answers:
                n = next(_tokens)
                session = self._request(conn, answers, new_method_call(portal, "CreateSession", "a{sv}", (
                    {"handle_token": ("s", f"assistant_{n}"), "session_handle_token": ("s", f"assistant_s{n}")},)))
                handle = session.get("session_handle", ("o", ""))[1]
                shortcuts = [(SHORTCUT, {"description": ("s", "Push to talk to the assistant"),
                                         "preferred_trigger": ("s", self.key)})]
                bound = self._request(conn, answers, new_method_call(portal, "BindShortcuts", "oa(sa{sv})sa{sv}", (
                    handle, shortcuts, "", {"handle_token": ("s", f"assistant_b{n}")})))
        except PortalError as exc:
            conn.close()
            self.problem = str(exc)
            return False
        except Exception as exc:   # the portal is not there, or has no GlobalShortcuts
            conn.close()
            self.problem = f"The desktop portal offers no global shortcuts ({str(exc).splitlines()[0][:80]})."
            return False
        self.trigger = _trigger(bound) or self.key
        self._conn, self._session = conn, handle
        self._thread = threading.Thread(target=lambda: self._listen(keys), name="portal-shortcut", daemon=True)
        self._thread.start()
        return True

    def _request(self, conn, answers, message) -> dict:
        """Call a portal method and wait for its Request's Response; its results."""
        from jeepney import HeaderFields, MessageType

        reply = conn.send_and_get_reply(message, timeout=5)
        if reply.header.message_type == MessageType.error:
            raise RuntimeError(str(reply.body[0]) if reply.body else "error")
        request = reply.body[0]
        while True:
            signal = conn.recv_until_filtered(answers, timeout=self.timeout)
            if signal.header.fields.get(HeaderFields.path) == request:
                code, results = signal.body
                if code != 0:
                    raise PortalError("The desktop declined the global shortcut; the key works in the window.")
                return results

    def _listen(self, keys) -> None:
        from jeepney import HeaderFields

        down = False
        with self._conn.filter(keys, bufsize=16) as queue:
            while not self._stop.is_set():
                try:
                    signal = self._conn.recv_until_filtered(queue, timeout=0.5)
                except TimeoutError:
                    continue
                except Exception:
                    return   # the connection closed (stop) or the bus went away
                member = signal.header.fields.get(HeaderFields.member)
                session, shortcut = signal.body[0], signal.body[1]
                if session != self._session or shortcut != SHORTCUT:
                    continue
                if member == "Activated" and not down:
                    down = True
                    self._on_press()
                elif member == "Deactivated" and down:
                    down = False
                    self._on_release()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2)
            self._thread = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class PortalError(Exception):
    pass


def _trigger(results: dict) -> str:
    """The trigger the desktop chose for the talk shortcut, as it describes it."""
    for shortcut_id, options in results.get("shortcuts", ("a(sa{sv})", []))[1]:
        if shortcut_id == SHORTCUT and "trigger_description" in options:
            return options["trigger_description"][1]
    return ""
