"""Compute readings off the UI thread, so the window never freezes.

Signals (ReadingsWorker):
    progress(int, int): blocks done, blocks in all.
    finished(dict): block id -> words.
    failed(str): a message for the status bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from reader.core.document import Document
from reader.core.readings import ReadingCache, ReadingEngine


class ReadingsWorker(QObject):
    """Runs :class:`ReadingCache` in its own thread."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, doc: Document, cache_path: Path, engine: ReadingEngine) -> None:
        super().__init__()
        self._doc = doc
        self._cache_path = cache_path
        self._engine = engine
        self._thread = QThread()
        self._thread.setObjectName("readings")
        self.moveToThread(self._thread)
        self._thread.started.connect(self._run)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        try:
            cache = ReadingCache(self._cache_path, self._engine)
            pairs = [(b.id, b.text) for b in self._doc.blocks]
            result = cache.read_blocks(pairs, self.progress.emit)
        except Exception as exc:  # noqa: BLE001 - shown to the reader, never fatal
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(dict(result))
        finally:
            self._thread.quit()

    def wait(self) -> None:
        """Block until the thread has ended (on shutdown)."""
        self._thread.wait()
