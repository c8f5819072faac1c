"""One writer per data folder: a lock file, and a local socket to the running window.

A second ``yomu`` over the same folder asks the first to come forward (or to import a
file) and exits, instead of opening a second writer of the annotations.

Signals (InstanceServer):
    message(str, object): a command from another process and a reply callback.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 3000


def server_name(folder: Path) -> str:
    """A socket name unique to the data folder."""
    digest = hashlib.sha1(str(folder.resolve()).encode()).hexdigest()[:16]
    return f"yomu-{digest}"


def lock_file(folder: Path) -> QLockFile:
    """The lock held by the process that writes the annotations in ``folder``."""
    lock = QLockFile(str(folder / "annotations.lock"))
    lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
    return lock


def send(folder: Path, command: str, wait_reply: bool = True) -> str | None:
    """Send ``command`` to the window over ``folder``; its reply, or None if none."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(TIMEOUT_MS):
        return None
    socket.write(QByteArray(command.encode("utf-8") + b"\n"))
    socket.flush()
    socket.waitForBytesWritten(TIMEOUT_MS)
    reply = ""
    if wait_reply:
        while not reply.endswith("\n") and socket.waitForReadyRead(60_000):
            reply += bytes(socket.readAll().data()).decode("utf-8", "replace")
    socket.disconnectFromServer()
    return reply.strip() if wait_reply else "sent"


class InstanceServer(QObject):
    """Listens for commands from later ``yomu`` processes over the same folder."""

    message = Signal(str, object)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        name = server_name(folder)
        QLocalServer.removeServer(name)  # a socket file left by a crash
        self.listening = self._server.listen(name)
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()

        def reply(text: str, s: QLocalSocket = socket) -> None:
            s.write(QByteArray(text.replace("\n", " ").encode("utf-8") + b"\n"))
            s.flush()

        self.message.emit(line, reply)


Reply = Callable[[str], None]
