"""One writer per data folder: a lock file, and a local socket to the running window.

A second ``yomu`` over the same folder asks the first to come forward (or to import a
file) and exits, instead of opening a second writer of the annotations.

The lock file names its owner by PID and program name ("python3.11"), which a later,
unrelated process can reuse; so a held lock counts as live only while a Yomu answers
on the folder's socket. Qt also keeps a native lock (flock) on the file while it is
held, so ``removeStaleLockFile`` cannot take it from a live owner.

Signals (InstanceServer):
    message(str, object): a command from another process and a reply callback.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from reader.paths import LOCK_NAME, DataPaths, write_problem

TIMEOUT_MS = 3000
POLL_MS = 50
LOCK_WAIT_MS = 200
PING, PONG = "ping", "pong yomu"

Reply = Callable[[str], None]


class LockError(Exception):
    """The data folder cannot be locked; the message is fit to show the user."""


class ConnectionLost(Exception):
    """The window closed the connection before it answered."""


def server_name(folder: Path) -> str:
    """A socket name unique to the data folder."""
    return DataPaths(folder).socket_name


def lock_file(folder: Path) -> QLockFile:
    """The lock held by the process that writes the annotations in ``folder``."""
    lock = QLockFile(str(DataPaths(folder).lock))
    lock.setStaleLockTime(0)  # never stale by age: a long session is not a crash
    return lock


def acquire(folder: Path) -> QLockFile | None:
    """Take the lock of ``folder``: the lock, held; None if a Yomu window has it.

    A lock whose owner does not answer on the socket is stale (its process is gone,
    and its PID may since belong to another program): it is removed and taken.

    Raises:
        LockError: the folder cannot be written, or a process that is not a window
            (an import on the command line, or a window still starting) holds it.
    """
    lock = lock_file(folder)
    if lock.tryLock(LOCK_WAIT_MS):
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError:
        raise LockError(_cannot_lock(folder, lock.error()))
    if window_answers(folder):
        return None
    if lock.removeStaleLockFile() and lock.tryLock(LOCK_WAIT_MS):
        return lock
    if window_answers(folder):  # a window that finished starting meanwhile
        return None
    raise LockError(_held(folder))


def _cannot_lock(folder: Path, error: QLockFile.LockError) -> str:
    problem = write_problem(folder)
    if error == QLockFile.LockError.PermissionError:
        why = problem or "permission denied"
        return (
            f"cannot write in the data folder {folder} ({why}); make it writable "
            "or choose another folder with --data-dir"
        )
    why = problem or "the lock file could not be written; is the disk full?"
    return (
        f"cannot create {folder / LOCK_NAME} ({why}); free some space "
        "or choose another folder with --data-dir"
    )


def _held(folder: Path) -> str:
    path = folder / LOCK_NAME
    if path.exists() and not path.is_file():
        return f"{path} is in the way of the lock file; remove it and try again"
    return (
        f"another Yomu process is using {folder} (it holds {path} but is not a "
        "window); wait for it to finish, or close it, and try again"
    )


def window_answers(folder: Path) -> bool:
    """Whether a Yomu window listens over ``folder``.

    A window that is busy (connected, no answer in time) counts as alive: only a
    socket nobody listens on, or one that closes at once, means no window.
    """
    try:
        return send(folder, PING, patience_ms=TIMEOUT_MS) is not None
    except TimeoutError:
        return True
    except ConnectionLost:
        return False


def send(
    folder: Path,
    command: str,
    patience_ms: int | None = None,
    on_wait: Callable[[], None] | None = None,
) -> str | None:
    """Send ``command`` to the window over ``folder`` and return its one-line reply.

    Args:
        patience_ms: how long to wait for the reply; None waits for as long as the
            window stays connected (an import can take minutes).
        on_wait: called once if the reply takes longer than ``TIMEOUT_MS``.

    Returns:
        The reply, or None if no window listens over ``folder``.

    Raises:
        ConnectionLost: the window closed the connection before it answered.
        TimeoutError: no reply within ``patience_ms``.
    """
    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(TIMEOUT_MS):
        return None
    try:
        socket.write(QByteArray(command.encode("utf-8") + b"\n"))
        socket.waitForBytesWritten(TIMEOUT_MS)
        return _read_reply(socket, patience_ms, on_wait)
    finally:
        socket.abort()


def _read_reply(
    socket: QLocalSocket, patience_ms: int | None, on_wait: Callable[[], None] | None
) -> str:
    # Short waits: a blocking Qt call holds Python's lock, and the window may be a
    # thread of this very process (in tests).
    data, started, told = b"", time.monotonic(), False
    while not data.endswith(b"\n"):
        if socket.bytesAvailable() or socket.waitForReadyRead(POLL_MS):
            data += bytes(socket.readAll().data())
            continue
        if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            raise ConnectionLost
        waited_ms = (time.monotonic() - started) * 1000
        if patience_ms is not None and waited_ms >= patience_ms:
            raise TimeoutError
        if on_wait is not None and not told and waited_ms >= TIMEOUT_MS:
            on_wait()
            told = True
    return data.decode("utf-8", "replace").strip()


class InstanceServer(QObject):
    """Listens for commands from later ``yomu`` processes over the same folder.

    It answers ``ping`` itself (a later process asks whether the lock's owner is a
    live Yomu); every other command goes to ``message``.
    """

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
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()

        def reply(text: str, s: QLocalSocket = socket) -> None:
            if not shiboken6.isValid(s):
                return  # the other process has gone; nobody is left to tell
            s.write(QByteArray(text.replace("\n", " ").encode("utf-8") + b"\n"))
            s.flush()

        if line == PING:
            reply(PONG)
            return
        self.message.emit(line, reply)
