"""`assistant` with no arguments: the window, models loaded in the background, the global key."""

from __future__ import annotations

import sys


def run_window() -> int:
    from PySide6.QtWidgets import QApplication

    from assistant.core.assistant import Assistant
    from assistant.gui.window import MainWindow
    from assistant.settings import load_settings

    app = QApplication.instance() or QApplication(sys.argv)
    settings = load_settings()
    from assistant.gui.theme import apply_theme

    apply_theme(app, settings.theme)
    window = MainWindow(lambda on_event: Assistant(settings, play=True, on_event=on_event),
                        hotkey_name=settings.hotkey.upper())
    notices = [settings.notice] if settings.notice else []
    problem = window.bind_hotkey(settings.hotkey)
    if problem:
        notices.append(problem)
    window.show_banner(" ".join(notices))
    window.add_tray()
    from assistant.history import HistoryStore

    window.attach_history(HistoryStore())
    window.show()

    window.load_models()  # then hands-free starts, if it is on
    code = app.exec()
    if window.hands_free is not None:
        window.hands_free.stop(wait=3)
    window.global_hotkey.stop()
    return code

