"""Compute readings, and the page markup that shows them, off the UI thread.

Chunks are computed from the reader's position outward (``ChunkedPage.outward``);
a chunk the page asks for meanwhile (:meth:`ReadingsWorker.prefer`) comes next. The
cache file is written once, at the end.

Signals (ReadingsWorker):
    progress(int, int): blocks done, blocks in all.
    chunk_done(object): a :class:`ChunkReadings`, one per chunk, as each is done.
    finished(object): the readings of every block, by block id.
    failed(str): a message for the status bar.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal

from reader.core.page.cache import PageCache, body_key
from reader.core.page.chunks import ChunkedPage
from reader.core.page.render import RenderOptions
from reader.core.readings import ReadingCache, ReadingEngine, Word
from reader.paths import DataPaths  # noqa: I001
from reader.services import block_with_text_ruby, text_glosses


@dataclass(frozen=True)
class ChunkReadings:
    """One chunk's readings by block id, and its markup (``ChunkedPage.segments``)."""

    index: int
    readings: Mapping[str, Sequence[Word]]
    segments: list[str]


class ReadingsWorker(QObject):
    """Runs :class:`ReadingCache` and the renderer in their own thread."""

    progress = Signal(int, int)
    chunk_done = Signal(object)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        page: ChunkedPage,
        paths: DataPaths,
        engine: ReadingEngine,
        opts: RenderOptions,
        first: int = 0,
    ) -> None:
        super().__init__()
        self._page = page
        self._paths = paths
        self._engine = engine
        self._opts = opts
        self._order = page.outward(first)
        self._preferred: list[int] = []  # appended by the UI thread (GIL-atomic)
        self._thread = QThread()
        self._thread.setObjectName("readings")
        self.moveToThread(self._thread)
        self._thread.started.connect(self._run)

    def start(self) -> None:
        self._thread.start()

    def prefer(self, index: int) -> None:
        """Compute chunk ``index`` next (the reader went there)."""
        self._preferred.append(index)

    def _next(self, done: set[int]) -> int | None:
        while self._preferred:
            index = self._preferred.pop()
            if index not in done and 0 <= index < len(self._page):
                return index
        while self._order:
            index = self._order.pop(0)
            if index not in done:
                return index
        return None

    def _run(self) -> None:
        try:
            readings = self._compute()
        except Exception as exc:  # noqa: BLE001 - shown to the reader, never fatal
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(readings)
        finally:
            self._thread.quit()

    def _compute(self) -> dict[str, Sequence[Word]]:
        doc = self._page.doc
        cache = ReadingCache(self._paths.readings_cache_for(doc.key), self._engine)
        glosses = text_glosses(doc) if doc.ruby else None
        pages = PageCache(self._paths.page_cache)
        key = body_key(doc, self._engine.version_key, self._opts)
        total = len(doc.blocks)
        readings: dict[str, Sequence[Word]] = {}
        done: set[int] = set()
        while (index := self._next(done)) is not None:
            done.add(index)
            ids = self._page.chunks[index].block_ids
            pairs = [(b, doc.block(b).text) for b in ids]
            words: dict[str, Sequence[Word]] = dict(
                cache.read_blocks(pairs, flush=False)
            )
            if glosses is not None:  # the text's own ruby (Aozora) over the engine's
                for b in ids:
                    words[b] = block_with_text_ruby(
                        doc, doc.block(b), words[b], self._engine, glosses
                    )
            readings.update(words)
            segments = self._page.segments(index, words, self._opts)
            pages.store(key, index, segments)  # for the next start; off the UI thread
            self.chunk_done.emit(ChunkReadings(index, words, segments))
            self.progress.emit(len(readings), total)
        rest = [(b.id, b.text) for b in doc.blocks if b.id not in readings]
        readings.update(cache.read_blocks(rest, flush=False))  # blocks in no chunk
        cache.flush()  # written here, off the UI thread
        return readings

    def wait(self) -> None:
        """Block until the thread has ended (on shutdown)."""
        self._thread.wait()
