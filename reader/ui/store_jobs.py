"""Run slow work on the annotation store off the UI thread, one job at a time.

Placing annotations can run a fuzzy match over the text (seconds for a long, almost
matching quote): opening the store and importing a file run here. While a job runs
the window does not touch the store; the result comes back on the UI thread.

Signals (StoreJobs):
    busy_changed(bool): a job started (True) or the last one ended (False).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Carries a job's outcome to the UI thread: its slots run where it lives."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        jobs: StoreJobs,
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        super().__init__(jobs)
        self._jobs = jobs
        self._on_done = on_done
        self._on_failed = on_failed
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        self._jobs.finish(self, self._on_done, result)

    @Slot(object)
    def _deliver_failed(self, exc: Any) -> None:
        self._jobs.finish(self, self._on_failed, exc)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps it until the outcome has arrived
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread as is
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class StoreJobs(QObject):
    """A one-thread pool for store work, with the outcome delivered on the UI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # the store is not thread-safe: one at a time
        self._running: dict[_Relay, _Job] = {}

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Run ``work()`` in the pool; then ``done(result)`` or ``failed(error)``."""
        relay = _Relay(self, done, failed)
        job = _Job(work, relay)
        self._running[relay] = job
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self._pool.start(job)

    def finish(self, relay: _Relay, then: Callable[[Any], None], value: Any) -> None:
        """A job's outcome arrived (on the UI thread): hand it on."""
        self._running.pop(relay, None)
        relay.deleteLater()
        try:
            then(value)
        finally:
            if not self._running:
                self.busy_changed.emit(False)

    def wait(self) -> None:
        """Let running jobs end (before the store is closed)."""
        self._pool.waitForDone()
