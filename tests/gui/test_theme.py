"""Light and dark themes on a real X server: the window turns dark without a restart, and every text
colour it uses keeps a readable contrast (WCAG ratio) on its background."""

import pytest

from tests.gui.test_window import ARTIFACTS, wait_for


def _contrast(a, b):
    def lum(c):
        def ch(v):
            v = v / 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def window(xserver, models_ready, monkeypatch):
    monkeypatch.setenv("DISPLAY", xserver)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    from PySide6.QtWidgets import QApplication

    from assistant.core.assistant import Assistant
    from assistant.gui.window import MainWindow
    from assistant.settings import Settings

    app = QApplication.instance() or QApplication([])
    style, palette = app.style().name(), app.palette()
    win = MainWindow(lambda on_event: Assistant(Settings(), play=False, on_event=on_event))
    win.show()
    yield app, win
    win._quitting = True
    win.close()
    app.setStyle(style)  # the QApplication lives on for the other tests
    app.setPalette(palette)
    import gc

    gc.collect()


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_theme_applies_live_and_stays_readable(window, theme):
    from PySide6.QtGui import QColor, QPalette

    from assistant.settings import replace

    app, win = window
    win.apply_settings(replace(win.assistant.settings, theme=theme))
    win.assistant.ask_text("What is seven times six?")
    assert wait_for(app, lambda: "42" in win.conversation.toPlainText() or "forty" in win.conversation.toPlainText(), 30)
    win.show_banner("No microphone could be opened. Connect a microphone and try again.")
    app.processEvents()
    image = win.grab().toImage()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    image.save(str(ARTIFACTS / f"window-{theme}.png"))
    conv = win.conversation.viewport().mapTo(win, win.conversation.viewport().rect().center())
    background = QColor(image.pixel(conv.x(), conv.y()))
    assert (background.lightnessF() < 0.3) == (theme == "dark"), background.name()
    palette = win.palette()
    for text_role, back_role in ((QPalette.Text, QPalette.Base), (QPalette.WindowText, QPalette.Window),
                                 (QPalette.ButtonText, QPalette.Button)):
        ratio = _contrast(palette.color(text_role), palette.color(back_role))
        assert ratio >= 4.5, (theme, text_role, ratio)
    style = win.banner.styleSheet()
    colours = dict(part.split(":") for part in style.split(";") if part.startswith(("background", "color")))
    assert _contrast(QColor(colours["color"]), QColor(colours["background"])) >= 4.5, style
