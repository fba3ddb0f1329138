"""Light and dark: "system" follows the desktop (Qt reads its colour scheme), "light" and "dark" set a
Fusion palette. Widgets take their colours from the palette; the few own colours (the banner, the
settings error) are chosen for the palette in use so they stay readable on both."""

from __future__ import annotations

THEMES = ("system", "light", "dark")


def apply_theme(app, theme: str) -> None:
    from PySide6.QtGui import QColor, QPalette

    if theme == "system":
        return
    app.setStyle("Fusion")
    if theme == "light":
        app.setPalette(app.style().standardPalette())
        return
    p = QPalette()
    for role, color in ((QPalette.Window, "#202124"), (QPalette.WindowText, "#e8eaed"), (QPalette.Base, "#171717"),
                        (QPalette.AlternateBase, "#2a2b2e"), (QPalette.Text, "#e8eaed"), (QPalette.Button, "#2d2e31"),
                        (QPalette.ButtonText, "#e8eaed"), (QPalette.Highlight, "#8ab4f8"),
                        (QPalette.HighlightedText, "#202124"), (QPalette.ToolTipBase, "#2d2e31"),
                        (QPalette.ToolTipText, "#e8eaed"), (QPalette.PlaceholderText, "#9aa0a6"),
                        (QPalette.Link, "#8ab4f8")):
        p.setColor(role, QColor(color))
    p.setColor(QPalette.Disabled, QPalette.Text, QColor("#80868b"))
    p.setColor(QPalette.Disabled, QPalette.ButtonText, QColor("#80868b"))
    app.setPalette(p)


def is_dark(widget) -> bool:
    """From the application's palette: a widget's own follows it only after its next palette event."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    palette = app.palette() if app is not None else widget.palette()
    return palette.window().color().lightnessF() < 0.5


def banner_style(widget) -> str:
    if is_dark(widget):
        return "background:#5c1f1b;color:#fde2e1;padding:6px;border-radius:4px"
    return "background:#fde2e1;color:#7a1c16;padding:6px;border-radius:4px"


def error_style(widget) -> str:
    return "color:#ff8a80" if is_dark(widget) else "color:#7a1c16"
