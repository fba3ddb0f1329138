"""The window's end of assistant/instance.py: orders from `assistant talk` and second launches."""

from __future__ import annotations


class InstanceServer:

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
            w._pop_up_if_hidden()
            reply = "listening" if w._start(lambda: w.assistant.listen_once(), None) else "busy"
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
