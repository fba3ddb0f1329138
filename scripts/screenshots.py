"""The README's screenshots, taken from the running app (the real window, models and skills), never
composed by hand: typed questions are answered by the installed default models, then the window is
grabbed in the light and the dark theme. Run under an X server (or `xvfb-run -a`):

    xvfb-run -a .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Each exchange is printed, so a wrong answer is seen before a picture of it is committed."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

QUESTIONS = ("What is the capital of Australia?", "Set a tea timer for 5 minutes.",
             "Convert 10 kilometers to miles.", "How do I boil an egg?")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("questions", nargs="*", default=list(QUESTIONS))
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="screenshots-"))
    for name in ("DATA", "CONFIG"):
        os.environ.setdefault(f"ASSISTANT_{name}_DIR", str(tmp / name.lower()))
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from PySide6.QtWidgets import QApplication

    from assistant.core.assistant import Assistant
    from assistant.gui.theme import apply_theme, banner_style
    from assistant.gui.window import MainWindow
    from assistant.settings import Settings
    from tests.headless import wait_for

    app = QApplication.instance() or QApplication([])
    apply_theme(app, "light")
    win = MainWindow(lambda on_event: Assistant(Settings(), play=False, on_event=on_event))
    win.resize(560, 880)
    win.assistant.preload()
    win.show()

    def wait(condition, timeout=120.0) -> bool:
        return wait_for(app, condition, timeout)

    for question in args.questions:
        win.text.setText(question)
        win.ask_typed()
        wait(lambda: win.state.property("stateName") == "idle" and question in win.conversation.toPlainText())
        wait(lambda: False, 0.3)
    print(win.conversation.toPlainText())
    args.out.mkdir(parents=True, exist_ok=True)
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        win.banner.setStyleSheet(banner_style(win))
        wait(lambda: False, 0.5)
        win.conversation.scrollToBottom()
        wait(lambda: False, 0.3)
        path = args.out / f"window-{theme}.png"
        win.grab().save(str(path))
        print("wrote", path)
    for name in win.session.timers():
        win.session.cancel_timer(name["name"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
