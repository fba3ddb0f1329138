"""The global key through the XDG desktop portal's GlobalShortcuts (how a Wayland desktop lets an app
have a global shortcut), on a real private D-Bus bus with a stand-in portal (tests/fake_portal.py says
why it is a stand-in: the real portal needs a Wayland desktop session)."""

import time

import pytest

from tests.fake_portal import FakePortal, PrivateBus


def wait(condition, timeout=5.0):
    end = time.time() + timeout
    while time.time() < end:
        if condition():
            return True
        time.sleep(0.02)
    return False


@pytest.fixture
def portal(monkeypatch):
    with PrivateBus() as bus:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
        fake = FakePortal(bus.address)
        yield fake
        fake.close()


def test_the_portal_binds_talk_and_reports_press_and_release(portal):
    from assistant.gui.portal_shortcut import PortalShortcut

    events = []
    shortcut = PortalShortcut("f9", lambda: events.append("press"), lambda: events.append("release"))
    try:
        assert shortcut.start(), shortcut.problem
        assert [sid for sid, _ in portal.bound] == ["talk"]
        assert portal.bound[0][1]["preferred_trigger"] == ("s", "F9")
        assert shortcut.trigger == "F9"
        portal.press()
        assert wait(lambda: events == ["press"])
        portal.press()                       # a repeated Activated is not a second press
        portal.release()
        assert wait(lambda: events == ["press", "release"])
        portal.press("something-else")       # another app's shortcut
        time.sleep(0.2)
        assert events == ["press", "release"]
    finally:
        shortcut.stop()


def test_no_portal_or_a_declined_shortcut_is_a_clear_problem(monkeypatch):
    from assistant.gui.portal_shortcut import PortalShortcut

    with PrivateBus() as bus:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
        nobody = PortalShortcut("f9", lambda: None, lambda: None, timeout=2)
        assert not nobody.start() and "portal offers no global shortcuts" in nobody.problem
        fake = FakePortal(bus.address, decline=True)
        declined = PortalShortcut("f9", lambda: None, lambda: None, timeout=2)
        assert not declined.start() and "declined" in declined.problem
        fake.close()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    nobus = PortalShortcut("f9", lambda: None, lambda: None)
    assert not nobus.start() and "D-Bus session" in nobus.problem


def test_on_wayland_the_window_binds_its_key_through_the_portal(portal, xserver, virtual_audio, models_ready,
                                                                monkeypatch, user_dirs):
    """The window on the X server, told it runs in a Wayland session: the portal binds F9, the hint
    says so, and the desktop's press and release drive push-to-talk."""
    from tests.gui.test_window import audio_window, wait_for

    with audio_window(xserver, virtual_audio, monkeypatch) as (app, win):
        monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
        assert win.bind_hotkey("f9") == ""
        assert "desktop portal" in win.talk.text() and "F9" in win.talk.text()
        portal.press()
        assert wait_for(app, lambda: win.state.property("stateName") == "listening", 10)
        portal.release()
        assert wait_for(app, lambda: win.state.property("stateName") != "listening", 10)
        assert wait_for(app, lambda: win.state.property("stateName") == "idle", 60)
        monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
        assert win.bind_hotkey("f9") == ""    # back on X11: pynput's hook, said in the hint
        assert "X11" in win.talk.text()
