"""The desktop's conventions (freedesktop.org): a launcher entry and an icon (SVG plus PNG sizes)
installed for the user, and "start at login" as an XDG autostart entry. Files go under
$XDG_DATA_HOME and $XDG_CONFIG_HOME (~/.local/share, ~/.config by default)."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

APP_ID = "offline-assistant"
ICON_SVG = Path(__file__).resolve().parent.parent / "assets" / "icons" / f"{APP_ID}.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256)


def _data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def launcher_path() -> Path:
    return _data_home() / "applications" / f"{APP_ID}.desktop"


def autostart_path() -> Path:
    return _config_home() / "autostart" / f"{APP_ID}.desktop"


def _executable() -> str:
    here = Path(sys.executable).parent / "assistant"
    return str(here) if here.exists() else "assistant"


def entry(exec_path: str | None = None, autostart: bool = False) -> str:
    lines = ["[Desktop Entry]", "Type=Application", "Name=Offline Assistant", "GenericName=Voice assistant",
             "Comment=Hold a key, speak, hear the answer: everything stays on this computer",
             f"Exec={shlex.quote(exec_path or _executable())}", f"Icon={APP_ID}", "Terminal=false",
             "Categories=Utility;Accessibility;", "Keywords=voice;assistant;speech;offline;",
             "StartupNotify=false", f"StartupWMClass={APP_ID}"]
    if autostart:
        lines.append("X-GNOME-Autostart-enabled=true")
    return "\n".join(lines) + "\n"


def install(exec_path: str | None = None) -> list[Path]:
    """The launcher entry and the icons; returns the files written. Idempotent."""
    written = []
    launcher = launcher_path()
    launcher.parent.mkdir(parents=True, exist_ok=True)
    launcher.write_text(entry(exec_path))
    written.append(launcher)
    icons = _data_home() / "icons" / "hicolor"
    svg = icons / "scalable" / "apps" / f"{APP_ID}.svg"
    svg.parent.mkdir(parents=True, exist_ok=True)
    svg.write_bytes(ICON_SVG.read_bytes())
    written.append(svg)
    written += _pngs(icons)
    return written


def _pngs(icons: Path) -> list[Path]:
    """PNG sizes rendered from the SVG (Qt's SVG renderer, offscreen: no display needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication, QImage, QPainter
        from PySide6.QtSvg import QSvgRenderer
    except ImportError:
        return []   # the SVG alone serves every desktop that scales icons
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - Qt needs one for painting
    renderer = QSvgRenderer(str(ICON_SVG))
    out = []
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format_ARGB32)
        image.fill(Qt.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(path))
        out.append(path)
    return out


def set_autostart(on: bool, exec_path: str | None = None) -> None:
    """Start the window at login (an XDG autostart entry), or not."""
    path = autostart_path()
    if on:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(entry(exec_path, autostart=True))
    else:
        path.unlink(missing_ok=True)


def remove() -> None:
    launcher_path().unlink(missing_ok=True)
    set_autostart(False)
