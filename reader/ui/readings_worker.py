"""Compute readings, and the page markup that shows them, off the UI thread.

Signals (ReadingsWorker):
    progress(int, int): blocks done, blocks in all.
    finished(object): a :class:`RenderedReadings`.
    failed(str): a message for the status bar.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal

from reader.core.page.cache import PageCache, body_key
from reader.core.page.layout import render_blocks, render_body
from reader.core.page.render import RenderOptions
from reader.core.readings import ReadingCache, ReadingEngine, Word
from reader.core.text.document import Document
from reader.paths import DataPaths  # noqa: I001
from reader.services import with_text_ruby


@dataclass(frozen=True)
class RenderedReadings:
    """Readings of every block, each block's element, and the whole body."""

    readings: Mapping[str, Sequence[Word]]
    blocks: Mapping[str, str]
    body: str


class ReadingsWorker(QObject):
    """Runs :class:`ReadingCache` and the renderer in their own thread."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        doc: Document,
        paths: DataPaths,
        engine: ReadingEngine,
        opts: RenderOptions,
    ) -> None:
        super().__init__()
        self._doc = doc
        self._paths = paths
        self._engine = engine
        self._opts = opts
        self._thread = QThread()
        self._thread.setObjectName("readings")
        self.moveToThread(self._thread)
        self._thread.started.connect(self._run)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        try:
            cache = ReadingCache(
                self._paths.readings_cache_for(self._doc.key), self._engine
            )
            pairs = [(b.id, b.text) for b in self._doc.blocks]
            readings = with_text_ruby(
                self._doc, cache.read_blocks(pairs, self.progress.emit), self._engine
            )
            blocks = render_blocks(self._doc, readings, self._opts)
            body = render_body(self._doc, readings, self._opts, blocks)
            # Kept for the next start; written here, off the UI thread.
            key = body_key(self._doc, self._engine.version_key, self._opts)
            PageCache(self._paths.page_cache).store(key, body)
        except Exception as exc:  # noqa: BLE001 - shown to the reader, never fatal
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(RenderedReadings(readings, blocks, body))
        finally:
            self._thread.quit()

    def wait(self) -> None:
        """Block until the thread has ended (on shutdown)."""
        self._thread.wait()
