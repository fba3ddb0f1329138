"""The tray icon and its menu (Talk, Show, Quit); with a tray, closing the window hides it there."""

from __future__ import annotations


class TrayMixin:
    """Mixed into the main window, which provides `assistant`, `hands_free`, `hotkey_name` and `_start`."""

    def add_tray(self) -> None:
        """A tray icon with talk / show / quit, used for desktop notifications (timers)."""
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QMenu, QStyle, QSystemTrayIcon

        self.tray = None
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        tray = QSystemTrayIcon(self.style().standardIcon(QStyle.SP_MediaVolume), self)
        menu = QMenu(self)
        for label, slot in (("Talk", self.talk_from_tray), ("Show", self.showNormal), ("Quit", self.quit)):
            action = QAction(label, menu)
            action.triggered.connect(slot)
            menu.addAction(action)
        tray.setContextMenu(menu)
        tray.setToolTip("Offline Assistant")
        tray.show()
        self.tray = tray

    def talk_from_tray(self) -> None:
        """One spoken question from the tray menu: listening starts now and ends with the silence after it."""
        if self.hands_free is not None and self.hands_free.running:
            return  # already listening by voice
        self.assistant.stop()
        self._start(lambda: self.assistant.listen_once(), None)

    def quit(self) -> None:
        from PySide6.QtWidgets import QApplication

        self._quitting = True
        self.close()
        QApplication.quit()

    def closeEvent(self, event):
        """With a tray, closing the window hides it (the key, timers and hands-free keep working)."""
        if getattr(self, "tray", None) is not None and not getattr(self, "_quitting", False):
            event.ignore()
            self.hide()
            if not getattr(self, "_told_about_tray", False):
                self._told_about_tray = True
                self.tray.showMessage("Offline Assistant", "Still running in the tray: hold "
                                      f"{self.hotkey_name} to talk, or choose Quit from the tray menu.")
            return
        if self.hands_free is not None:
            self.hands_free.stop(wait=3)
        if getattr(self, "global_hotkey", None) is not None:
            self.global_hotkey.stop()   # its listener holds an X connection of its own
        super().closeEvent(event)
