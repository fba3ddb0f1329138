"""`assistant` with no arguments: the window, models loaded in the background, the global key."""

from __future__ import annotations

import sys


def no_display_problem() -> str:
    """Why no window can open here ("" when one can): Qt aborts the process (core dump) with advice about
    xcb-cursor0 when there is no display, so this is checked before Qt starts."""
    import os

    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return ""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return ""
    return ("No desktop display was found (no DISPLAY or WAYLAND_DISPLAY), so the window cannot open. "
            "Run it from a desktop session, or use `assistant ask --text \"...\"` or `assistant listen --once` here.")


def run_window() -> int:
    from assistant.instance import NotRunningError, send

    try:
        send("show", timeout=1.0)
        print("The assistant is already running: its window was brought forward.", file=sys.stderr)
        return 0
    except NotRunningError:
        pass  # this is the first instance
    problem = no_display_problem()
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from assistant.core.assistant import Assistant
    from assistant.gui.window import MainWindow
    from assistant.settings import load_settings

    app = QApplication.instance() or QApplication(sys.argv)
    settings = load_settings()
    from assistant.gui.theme import apply_theme

    apply_theme(app, settings.theme)
    def assistant(on_event):
        made = Assistant(settings, play=True, on_event=on_event)
        made.skills.alarms.watch()   # the window rings the alarms set anywhere, and says the ones missed
        return made

    window = MainWindow(assistant,
                        hotkey_name=settings.hotkey.upper())
    notices = [settings.notice] if settings.notice else []
    problem = window.bind_hotkey(settings.hotkey)
    if problem:
        notices.append(problem)
    window.show_banner(" ".join(notices))
    window.add_tray()
    from assistant.gui.instance_server import InstanceServer

    window.instance_server = InstanceServer(window)   # `assistant talk`, and a second launch
    from assistant.history import HistoryStore

    store = HistoryStore()
    window.attach_history(store)
    if store.notice:
        window.show_banner(" ".join(notices + [store.notice]))
    window.show()

    window.load_models()  # then hands-free starts, if it is on
    code = app.exec()
    if window.hands_free is not None:
        window.hands_free.stop(wait=3)
    window.global_hotkey.stop()
    return code

