"""The desktop's conventions: `assistant desktop install` puts a launcher entry and the icon (SVG and
PNG sizes) under $XDG_DATA_HOME; "start at login" in the settings writes or removes the XDG autostart
entry (through the session, as the settings panel applies it)."""

import configparser
import struct

from tests.conftest import run_cli


def read_entry(path):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path)
    return parser["Desktop Entry"]


def test_desktop_install_writes_the_launcher_and_icons(tmp_path):
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    proc = run_cli("desktop", "install", env=env)
    assert proc.returncode == 0, proc.stderr
    entry = read_entry(tmp_path / "data" / "applications" / "offline-assistant.desktop")
    assert entry["Type"] == "Application" and entry["Icon"] == "offline-assistant" and entry["Terminal"] == "false"
    assert entry["Exec"].endswith("/.venv/bin/assistant")
    icons = tmp_path / "data" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "offline-assistant.svg").read_text().startswith("<svg")
    for size in (16, 48, 256):
        png = (icons / f"{size}x{size}" / "apps" / "offline-assistant.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (size, size)
    assert run_cli("desktop", "remove", env=env).returncode == 0
    assert not (tmp_path / "data" / "applications" / "offline-assistant.desktop").exists()


def test_start_at_login_follows_the_setting(tmp_path, monkeypatch):
    import dataclasses

    from assistant.core.assistant import Assistant
    from assistant.core.session import Session
    from assistant.settings import Settings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    session = Session(Assistant(Settings(), play=False))   # no model is loaded for this
    autostart = tmp_path / "config" / "autostart" / "offline-assistant.desktop"
    session.apply_settings(dataclasses.replace(Settings(), start_at_login=True))
    assert read_entry(autostart)["X-GNOME-Autostart-enabled"] == "true"
    session.apply_settings(Settings())
    assert not autostart.exists()
