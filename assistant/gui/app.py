"""`assistant` with no arguments: the window, models loaded in the background, the global key."""

from __future__ import annotations

import sys
import threading


def run_window() -> int:
    from PySide6.QtWidgets import QApplication

    from assistant.core.assistant import Assistant
    from assistant.errors import AssistantError
    from assistant.gui.window import MainWindow
    from assistant.settings import load_settings

    app = QApplication.instance() or QApplication(sys.argv)
    settings = load_settings()
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

    window._set_state("loading")
    if settings.hands_free:
        window.set_hands_free(True, settings.wake_word)

    def preload():
        try:
            window.assistant.preload()
        except AssistantError as err:
            window.bridge.event.emit(_failed(err))
        window.bridge.event.emit(_ready())
    threading.Thread(target=preload, daemon=True).start()
    code = app.exec()
    if window.hands_free is not None:
        window.hands_free.stop(wait=3)
    window.global_hotkey.stop()
    return code


def _ready():
    from assistant.core.events import TurnFinished

    return TurnFinished(0, result=None)  # the window returns to idle


def _failed(err):
    from assistant.core.events import TurnFailed

    return TurnFailed(0, error=err)
