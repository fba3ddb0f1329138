"""The main window: the conversation as bubbles and cards, the running timers, the talk control (its
look follows the state; hold or click it), the words being heard, a text box. All model work runs on
a worker thread; core events arrive through a queued Qt signal. Hidden or minimised, the hotkey shows
the compact panel instead."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QMainWindow, QPushButton, QVBoxLayout, QWidget)

from assistant.core.session import Session
from assistant.core.assistant import Assistant
from assistant.gui.compact_panel import CompactPanel
from assistant.gui.conversation_view import ConversationView
from assistant.gui.talk_control import TalkControl
from assistant.gui.theme import banner_style
from assistant.gui.timers_strip import RingingBar, TimersStrip
from assistant.gui.tray import TrayMixin
from assistant.gui.window_events import STATES, WindowEventsMixin

TYPING_PAUSE_MS = 400  # no key for this long: the typed question is guessed complete (its answer begun)


class Bridge(QObject):
    event = Signal(object)


class MainWindow(WindowEventsMixin, TrayMixin, QMainWindow):
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
        self.resize(560, 720)
        self.bridge = Bridge()
        self.bridge.event.connect(self._on_event, Qt.QueuedConnection)
        self.assistant: Assistant = assistant_factory(lambda e: self.bridge.event.emit(e))
        self.session = Session(self.assistant)   # turns, settings, history, hands-free: the window only shows them
        self._release: threading.Event | None = None
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
        self.ringing = RingingBar()
        self.ringing.stop_requested.connect(self.assistant.stop)
        self.ringing.snooze_requested.connect(self._snooze)
        self.timers = TimersStrip(self.session.timers)
        self.timers.cancel_requested.connect(self._cancel_timer)
        self.conversation = ConversationView()
        self.conversation.setAccessibleName("Conversation")
        self.conversation.card_action.connect(self._card_action)
        self.talk_control = TalkControl()
        self.talk_control.talk_pressed.connect(self.start_talking)
        self.talk_control.talk_released.connect(self.stop_talking)
        self.state = QLabel(STATES["idle"], objectName="state", alignment=Qt.AlignCenter)
        self.state.setAccessibleName("Assistant state")
        self.heard = QLabel(objectName="heard", alignment=Qt.AlignCenter, wordWrap=True)
        self.heard.setAccessibleName("Words heard")
        self.talk = QLabel(alignment=Qt.AlignCenter, objectName="hint")   # how to talk: the key and how it is heard
        self.talk.setAccessibleName("How to talk")
        self._set_hint(hotkey_name, "")
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
        self.compact = CompactPanel(self)

        control = QHBoxLayout()
        control.addStretch(1)
        control.addWidget(self.talk_control)
        control.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.stop_button)
        layout = QVBoxLayout()
        for widget in (self.banner, self.install_panel, self.ringing, self.timers):
            layout.addWidget(widget)
        layout.addWidget(self.conversation, 1)
        layout.addLayout(control)
        for widget in (self.state, self.heard, self.talk):
            layout.addWidget(widget)
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
        """Listen for `key` anywhere on the desktop (replacing the previous key); returns why not, if not.
        On Wayland the desktop portal's GlobalShortcuts binds it (pynput on X11 otherwise, and as the
        fallback); the hint under the talk control says which one hears the key."""
        from assistant.gui.hotkey import GlobalHotkey, wayland_session
        from assistant.gui.portal_shortcut import PortalShortcut

        if getattr(self, "global_hotkey", None) is not None:
            self.global_hotkey.stop()
        self.hotkey_name = key.upper()
        problems = []
        for kind in ([PortalShortcut, GlobalHotkey] if wayland_session() else [GlobalHotkey]):
            self.global_hotkey = kind(key, self.hotkey_pressed.emit, self.hotkey_released.emit)
            if self.global_hotkey.start():
                self._set_hint(getattr(self.global_hotkey, "trigger", self.hotkey_name), self.global_hotkey.mechanism)
                return ""
            problems.append(self.global_hotkey.problem)
        problem = " ".join(problems)
        self._set_hint(self.hotkey_name, "", problem)
        return problem

    def _set_hint(self, key: str, mechanism: str, problem: str = "") -> None:
        """Say how to talk and which way the key is heard (anywhere on the desktop, or in this window only)."""
        if mechanism:
            how = f"Hold {key} anywhere ({mechanism}) or the button to talk"   # e.g. "global key, X11"
        elif problem:
            how = f"Hold {key} in this window or the button to talk; elsewhere bind `assistant talk` to a shortcut"
        else:
            how = f"Hold {key} or the button to talk"
        self.talk.setText(how)
        self.talk.setToolTip(problem)

    def attach_history(self, store) -> None:
        """Show the stored conversation, give it to the assistant as context, and store new turns."""
        self.store = store
        for turn in self.session.restore_history(store, limit=20):
            self.conversation.add("user", turn.question)
            self.conversation.add("assistant", turn.answer)
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
            self.conversation.add("user", question)
            self.text.clear()
        elif question and self._hands_free_listening():
            self.assistant.stop()  # the typed question goes first: the open listening window is closed
            QTimer.singleShot(200, self.ask_typed)

    def _hands_free_listening(self) -> bool:
        return self.session.hands_free_running and \
            self.state.property("stateName") in ("listening", "waiting")

    def start_talking(self) -> None:
        self._pop_up_if_hidden()
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
        if self.session.listen(release, on_start=lambda: self._started(None)):
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

    def _start(self, work, state: str | None) -> bool:
        return self.session.start(work, on_start=lambda: self._started(state))

    def _started(self, state: str | None) -> None:
        """A turn began. A listening turn shows "listening" only when the microphone delivers (its
        ListeningStarted event): words said before the microphone opens would be lost."""
        if state is not None:
            self._set_state(state)
        self.show_banner("")
