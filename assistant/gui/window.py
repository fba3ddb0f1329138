"""The main window: conversation, state indicator with a level meter, hold-to-talk, a text box, Stop.
All model work runs on a worker thread; core events arrive through a queued Qt signal."""

from __future__ import annotations

import html
import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QMainWindow, QProgressBar, QPushButton,
                               QTextBrowser, QVBoxLayout, QWidget)

from assistant import events as ev
from assistant.core.session import Session
from assistant.core.assistant import Assistant
from assistant.gui.theme import banner_style
from assistant.gui.tray import TrayMixin

TYPING_PAUSE_MS = 400  # no key for this long: the typed question is guessed complete (its answer begun)
STATES = {"idle": "Idle", "listening": "Listening…", "transcribing": "Transcribing…",
          "thinking": "Thinking…", "speaking": "Speaking…", "loading": "Loading models…",
          "waiting": "Say “hey Jarvis”…"}


class Bridge(QObject):
    event = Signal(object)


class MainWindow(TrayMixin, QMainWindow):
    # The global key is reported on pynput's thread: these signals bring it to the GUI thread.
    hotkey_pressed = Signal()
    hotkey_released = Signal()
    models_missing = Signal(str)  # from the loading thread: the first start, or a model gone bad
    models_loaded = Signal()

    def __init__(self, assistant_factory, hotkey_name: str = "F9") -> None:
        super().__init__()
        self.setWindowTitle("Offline Assistant")
        from PySide6.QtGui import QIcon

        from assistant.desktop import ICON_SVG

        self.setWindowIcon(QIcon(str(ICON_SVG)))
        self.resize(560, 640)
        self.bridge = Bridge()
        self.bridge.event.connect(self._on_event, Qt.QueuedConnection)
        self.assistant: Assistant = assistant_factory(lambda e: self.bridge.event.emit(e))
        self.session = Session(self.assistant)   # turns, settings, history, hands-free: the window only shows them
        self._release: threading.Event | None = None
        self._answer_html = ""
        self._talk_held = False  # the talk key or button is down
        self.hotkey_name = hotkey_name
        self.models_missing.connect(self.install_models, Qt.QueuedConnection)
        self.models_loaded.connect(self._start_hands_free_if_set, Qt.QueuedConnection)
        self.hotkey_pressed.connect(self.start_talking, Qt.QueuedConnection)
        self.hotkey_released.connect(self.stop_talking, Qt.QueuedConnection)

        self.banner = QLabel(objectName="banner", wordWrap=True, visible=False)
        self.banner.setStyleSheet(banner_style(self))
        from assistant.gui.install_panel import InstallPanel

        self.install_panel = InstallPanel()
        self.install_panel.hide()
        self.install_panel.finished.connect(self._installed)
        self.state = QLabel(STATES["idle"], objectName="state")
        self.state.setAccessibleName("Assistant state")
        self.level = QProgressBar(maximum=100, textVisible=False, maximumHeight=8)
        self.level.setAccessibleName("Microphone level")
        self.conversation = QTextBrowser()
        self.conversation.setAccessibleName("Conversation")
        self.talk = QPushButton(f"Hold to talk ({hotkey_name})")
        self.talk.setAccessibleName("Hold to talk")
        self.talk.pressed.connect(self.start_talking)
        self.talk.released.connect(self.stop_talking)
        self.stop_button = QPushButton("Stop")
        self.stop_button.setAccessibleName("Stop")
        self.stop_button.clicked.connect(self.assistant.stop)
        self.text = QLineEdit(placeholderText="Type a question and press Enter")
        self.text.setAccessibleName("Question")
        self.text.returnPressed.connect(self.ask_typed)
        # A pause in typing: the question so far is likely the one, so its answer is begun in the background.
        self._typing_pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing_pause.timeout.connect(lambda: self.assistant.guess(self.text.text()))
        self.text.textEdited.connect(self._typed)

        row = QHBoxLayout()
        row.addWidget(self.talk, 1)
        row.addWidget(self.stop_button)
        layout = QVBoxLayout()
        for widget in (self.banner, self.install_panel, self.state, self.level, self.conversation):
            layout.addWidget(widget)
        layout.addWidget(self.text)
        layout.addLayout(row)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        settings_action = self.menuBar().addAction("&Settings…", self.open_settings)
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        # Esc stops whatever the assistant is doing; Up in the text box recalls the last typed question.
        QShortcut(QKeySequence(Qt.Key_Escape), self, activated=self.assistant.stop)
        self._last_typed = ""
        QShortcut(QKeySequence(Qt.Key_Up), self.text, activated=lambda: self.text.setText(self._last_typed),
                  context=Qt.WidgetShortcut)
        self.menuBar().addAction("&Quit", self.quit)

    def load_models(self) -> None:
        """Load the models off the GUI thread; missing or broken ones are installed with a progress bar."""
        from assistant.events import TurnFailed, TurnFinished
        from assistant.errors import AssistantError, ModelCorruptError, ModelMissingError

        self._set_state("loading")

        def preload():
            try:
                self.assistant.preload()
            except (ModelMissingError, ModelCorruptError) as err:
                self.models_missing.emit(str(err))
                return
            except AssistantError as err:
                self.bridge.event.emit(TurnFailed(0, error=err))
            else:
                self.models_loaded.emit()
            self.bridge.event.emit(TurnFinished(0, result=None))  # the window returns to idle
        threading.Thread(target=preload, daemon=True, name="load-models").start()

    def install_models(self, problem: str = "") -> None:
        """`problem`: what loading found (a model missing on the first start, a file gone bad)."""
        self.show_banner("")
        self._set_state("loading")
        self.install_panel.start(problem)

    def _installed(self, ok: bool, message: str) -> None:
        if not ok:
            self.show_banner(message)
            self._set_state("idle")
            return
        self.session.reload_models()
        self.load_models()

    def open_settings(self):
        from assistant.gui.settings_dialog import SettingsDialog

        try:
            voice = self.assistant.models.voice  # already loaded after start-up; pyttsx3 starts in a moment
        except Exception:  # no speech engine: the panel offers no voices and says nothing breaks
            voice = None
        dialog = SettingsDialog(self.assistant.settings, self, voice=voice)
        # Deleted by Qt on the GUI thread when closed: left to Python's garbage collector, a dialog (its
        # signal closures form cycles) could be destroyed on a worker thread, which crashes Qt.
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.saved.connect(self.apply_settings)
        dialog.open()
        return dialog

    def apply_settings(self, settings) -> None:
        """Use new settings from the next turn on (the session decides what to reload); the window
        follows the theme, the key and the hands-free state."""
        change = self.session.apply_settings(settings)
        if change.theme is not None:
            from PySide6.QtWidgets import QApplication

            from assistant.gui.theme import apply_theme

            apply_theme(QApplication.instance(), settings.theme)
            self.banner.setStyleSheet(banner_style(self))
        if change.hotkey is not None:
            self.bind_hotkey(settings.hotkey)
        if change.hands_free is False:
            self._set_state("idle")

    @property
    def hands_free(self):
        """The hands-free loop while it is on (owned by the session)."""
        return self.session.hands_free

    def _start_hands_free_if_set(self) -> None:
        settings = self.assistant.settings
        if settings.hands_free and self.hands_free is None:
            self.set_hands_free(True, settings.wake_word)

    def set_hands_free(self, on: bool, wake_word: bool = False) -> None:
        """Turns start and end by voice (after "hey Jarvis" with the wake word); the key then only interrupts."""
        self.session.set_hands_free(on, wake_word)
        if not on:
            self._set_state("idle")

    def bind_hotkey(self, key: str) -> str:
        """Listen for `key` anywhere on the desktop (replacing the previous key); returns why not, if not."""
        from assistant.gui.hotkey import GlobalHotkey

        if getattr(self, "global_hotkey", None) is not None:
            self.global_hotkey.stop()
        self.global_hotkey = GlobalHotkey(key, self.hotkey_pressed.emit, self.hotkey_released.emit)
        self.hotkey_name = key.upper()
        self.talk.setText(f"Hold to talk ({self.hotkey_name})")
        return "" if self.global_hotkey.start() else self.global_hotkey.problem

    def attach_history(self, store) -> None:
        """Show the stored conversation, give it to the assistant as context, and store new turns."""
        self.store = store
        for turn in self.session.restore_history(store, limit=20):
            self._append("You", turn.question)
            self._append("Assistant", turn.answer)
        menu = self.menuBar().addMenu("&History")
        menu.addAction("Export as Markdown…", lambda: self._export("md"))
        menu.addAction("Export as JSON…", lambda: self._export("json"))
        menu.addAction("Clear", self._clear_history)

    def _export(self, kind: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, "Export conversation", f"conversation.{kind}")
        if path:
            text = self.store.export_markdown() if kind == "md" else self.store.export_json()
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)

    def _clear_history(self) -> None:
        self.session.clear_history()
        self.conversation.clear()

    # -- actions (GUI thread) ------------------------------------------------------------------
    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _typed(self, text: str) -> None:
        self.assistant.guess("")  # what was guessed before this edit is stale
        self._typing_pause.start()

    def ask_typed(self) -> None:
        self._typing_pause.stop()
        question = self.text.text().strip()
        if question and self.session.ask_text(question, on_start=lambda: self._started("thinking")):
            self._last_typed = question
            self._append("You", question)
            self.text.clear()
        elif question and self._hands_free_listening():
            self.assistant.stop()  # the typed question goes first: the open listening window is closed
            QTimer.singleShot(200, self.ask_typed)

    def _hands_free_listening(self) -> bool:
        return self.session.hands_free_running and \
            self.state.property("stateName") in ("listening", "waiting")

    def start_talking(self) -> None:
        if self.session.hands_free_running:
            self.assistant.stop()  # hands-free: the key interrupts the answer; the loop keeps listening
            return
        if self._release is not None:
            return
        self.assistant.stop()  # barge-in: pressing the key while it speaks stops it
        self._talk_held = True
        self._listen_when_free(attempts=40)

    def _listen_when_free(self, attempts: int) -> None:
        """Listening starts as soon as an interrupted turn has wound down (within a few tens of ms)."""
        if not self._talk_held or self._release is not None:
            return
        release = threading.Event()
        if self.session.listen(release, on_start=lambda: self._started("listening")):
            self._release = release
        elif attempts > 0:
            QTimer.singleShot(25, lambda: self._listen_when_free(attempts - 1))

    def stop_talking(self) -> None:
        self._talk_held = False
        if self._release is not None:
            self._release.set()
            self._release = None
            if self.session.turn_running:  # else the turn already ended (failed while the key was held)
                self._set_state("transcribing")

    def _is_talk_key(self, event) -> bool:
        from assistant.gui.key_capture import key_name

        return not event.isAutoRepeat() and key_name(event.key(), event.text()) == self.assistant.settings.hotkey

    def keyPressEvent(self, event):  # the in-window push-to-talk key (no global hook needed)
        if self._is_talk_key(event):
            self.start_talking()
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event):
        if self._is_talk_key(event):
            self.stop_talking()
        else:
            super().keyReleaseEvent(event)

    def _start(self, work, state: str) -> bool:
        return self.session.start(work, on_start=lambda: self._started(state))

    def _started(self, state: str) -> None:
        self._set_state(state)
        self.show_banner("")

    # -- core events (delivered on the GUI thread) ----------------------------------------------
    def _set_state(self, name: str) -> None:
        self.state.setText(STATES[name])
        self.state.setProperty("stateName", name)

    def _on_event(self, event: ev.Event) -> None:
        if isinstance(event, ev.WaitingForWakeWord):
            self._set_state("waiting")
        elif isinstance(event, ev.WakeWordHeard):
            self._set_state("listening")
        elif isinstance(event, ev.HandsFreeStopped):
            if event.error is not None:
                self.show_banner(str(event.error))
        elif isinstance(event, ev.ListeningStarted):
            self._set_state("listening")
            self.state.setProperty("partial", "")
        elif isinstance(event, ev.MicLevel):
            self.level.setValue(int(event.rms * 100))
        elif isinstance(event, ev.PartialTranscript):
            self.state.setText(f"{STATES['listening']}  “{event.text}”")
            self.state.setProperty("partial", event.text)
        elif isinstance(event, ev.SpeechEnded):
            self._set_state("transcribing")
            self.level.setValue(0)
        elif isinstance(event, ev.Transcribed):
            self._append("You", event.text)
            self._set_state("thinking")
        elif isinstance(event, ev.AnswerDelta):
            if not self._answer_html:
                self._append("Assistant", "")
            self._answer_html += html.escape(event.text)
            self._replace_last(self._answer_html)
        elif isinstance(event, ev.SpeakingStarted):
            self._set_state("speaking")
        elif isinstance(event, ev.TimerDone):
            self.show_banner(event.text)
            if getattr(self, "tray", None) is not None:
                self.tray.showMessage("Timer", event.text)
            self._append("Assistant", event.text)
        elif isinstance(event, ev.TurnFailed) and event.error is not None:
            self.show_banner(str(event.error))
        elif isinstance(event, ev.TurnFinished):
            result = event.result
            if result is not None and result.notice:
                self.show_banner(result.notice)
            self.session.record(result)
            self._answer_html = ""
            self._set_state("idle")

    def _append(self, who: str, text: str) -> None:
        self.conversation.append(f"<p><b>{who}:</b> {html.escape(text)}</p>")

    def _replace_last(self, body_html: str) -> None:
        cursor = self.conversation.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.select(cursor.SelectionType.BlockUnderCursor)
        cursor.removeSelectedText()
        self.conversation.append(f"<p><b>Assistant:</b> {body_html}</p>")


class InstanceServer:
    """The window's end of assistant/instance.py: orders from `assistant talk` and second launches."""

    def __init__(self, window) -> None:
        from PySide6.QtNetwork import QLocalServer

        from assistant.instance import socket_path

        self.window = window
        self.path = socket_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        QLocalServer.removeServer(str(self.path))   # a socket left by a window that crashed
        self.server = QLocalServer(window)
        self.listening = self.server.listen(str(self.path))
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: self._order(c))

    def _order(self, conn) -> None:
        order = bytes(conn.readLine()).decode(errors="replace").strip()
        w = self.window
        if order == "show":
            w.showNormal()
            w.raise_()
            w.activateWindow()
            reply = "shown"
        elif order == "talk":
            reply = "listening" if w._start(lambda: w.assistant.listen_once(), "listening") else "busy"
        elif order == "toggle":
            if w._release is None:
                w.start_talking()
                reply = "listening"
            else:
                w.stop_talking()
                reply = "released"
        else:
            reply = "unknown order"
        conn.write((reply + "\n").encode())
        conn.flush()
        conn.disconnectFromServer()

    def close(self) -> None:
        self.server.close()
