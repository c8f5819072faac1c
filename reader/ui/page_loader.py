"""Keeps the reading page in step with the readings and the settings.

The page comes in chunks (reader/core/page/chunks.py): it is shown at once with the
chunk at the reader's position, and every other chunk is sent when the page asks
for it. On a cold start chunks are shown as plain text, and the readings, computed
from the position outward, replace each chunk as it is done (the line height already
leaves room for ruby, and the top paragraph is kept in place).

Signals (PageLoader):
    page_shown: a page, or its new blocks, is loaded and the position restored.
    readings_ready: readings are computed and on their way into the page.
    started: readings are being computed (show progress).
    progress(int, int): blocks done, blocks in all.
    failed(str): readings could not be computed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication

from reader.core.choices import Theme
from reader.core.page.cache import PageCache, body_key
from reader.core.page.chunks import ChunkedPage
from reader.core.page.layout import page_html
from reader.core.page.render import RenderOptions
from reader.core.readings import ReadingEngine, RomajiStyle, Word
from reader.core.settings import Settings
from reader.ui.i18n import tr
from reader.ui.reading_view import ReadingView
from reader.ui.readings_worker import ChunkReadings, ReadingsWorker

if TYPE_CHECKING:
    from reader.ui.context import ReaderContext

# Settings the page applies itself, by the name of its call (page.js's window.yomu).
_PAGE_CALLS: dict[str, str] = {
    "aids": "setAids",
    "furigana_style": "setFuriganaStyle",
    "furigana_level": "setFuriganaLevel",
    "theme": "setTheme",
    "font_size": "setFontSize",
    "line_spacing": "setLineSpacing",
    "vertical": "setVertical",
}


def resolve_theme(theme: str) -> str:
    """``system`` becomes light or dark, following the desktop."""
    if theme != Theme.SYSTEM:
        return theme
    scheme = QGuiApplication.styleHints().colorScheme()
    return (Theme.DARK if scheme == Qt.ColorScheme.Dark else Theme.LIGHT).value


def body_classes(settings: Settings) -> list[str]:
    """Classes on the page's <body> for these settings."""
    classes = [
        f"aids-{settings.aids}",
        f"furi-{settings.furigana_style}",
        f"level-{settings.furigana_level}",
        f"theme-{resolve_theme(settings.theme)}",
    ]
    return [*classes, "vertical"] if settings.vertical else classes


def root_style(settings: Settings) -> str:
    return f"--font-size:{settings.font_size}px;--line-height:{settings.line_spacing}"


def render_options(settings: Settings) -> RenderOptions:
    # The page finds offsets by counting base text (page.js), and Chromium needs no
    # <rp>: half the elements, and so half the layout work of an aid switch.
    return RenderOptions(
        romaji_style=RomajiStyle(settings.romaji_style),
        offsets=False,
        parens=False,
        word_keys=True,
        reading_attrs=True,
        overhang=True,
    )


class PageLoader(QObject):
    """Shows the page, computes readings off the UI thread, and swaps them in."""

    page_shown = Signal()
    readings_ready = Signal()
    started = Signal()
    progress = Signal(int, int)
    failed = Signal(str)

    def __init__(
        self,
        view: ReadingView,
        ctx: ReaderContext,
        position: Callable[[], tuple[str, float] | None],
    ) -> None:
        super().__init__(view)
        self.view = view
        self.ctx = ctx
        self.settings = ctx.settings
        self._position = position
        self.readings: Mapping[str, Sequence[Word]] = ctx.cached_readings or {}
        self._complete = ctx.cached_readings is not None
        self.chunks = ChunkedPage(ctx.doc)
        self.page_generation = 0  # pages or chunk updates sent to the view
        self._shown_generation = -1  # the last of them loaded and positioned
        self._worker: ReadingsWorker | None = None
        # Chunks in the page, and whether they were sent with their readings; those
        # sent without, whose readings came before the page was ready, go on ready.
        self._in_page: dict[int, bool] = {}
        self._progress = ""  # the pane's progress note, sent again to a new page
        view.ready.connect(self._on_page_ready)
        view.bridge.chunk_requested.connect(self.send_chunk)
        # An emptied chunk gets its readings when it is asked for again, not sooner.
        view.bridge.chunk_dropped.connect(lambda k: self._in_page.pop(k, None))
        view.bridge.block_requested.connect(self._on_block_requested)
        self.settings.changed.connect(self._on_setting)

    def _on_setting(self, name: str) -> None:
        """Apply the option that changed: by a page call, or a new page."""
        s = self.settings.value
        if name in _PAGE_CALLS:
            value = getattr(s, name)
            page_value = resolve_theme(value) if name == "theme" else value
            self.view.call(_PAGE_CALLS[name], page_value)
        elif name == "romaji_style":
            self.show_page()  # romaji spelling is in the markup

    @property
    def has_readings(self) -> bool:
        """Every block's readings are in (from the cache, or computed)."""
        return self._complete

    @property
    def settled(self) -> bool:
        """Readings are in, and the page showing them is loaded and positioned."""
        return self.has_readings and self._shown_generation == self.page_generation

    def _chunk_has_readings(self, index: int) -> bool:
        ids = self.chunks.chunks[index].block_ids
        return self._complete or all(b in self.readings for b in ids)

    def _segments(self, index: int) -> list[str]:
        """Chunk ``index``'s markup: cached, or rendered (and cached if complete)."""
        full = self._in_page[index] = self._chunk_has_readings(index)
        opts = render_options(self.settings.value)
        if not full:
            return self.chunks.segments(index, self.readings, opts)  # plain: quick
        cache = PageCache(self.ctx.paths.page_cache)
        key = body_key(self.ctx.doc, self.ctx.engine.version_key, opts)
        segments = cache.load(key, index)
        if segments is None or not self.chunks.matches(index, segments):
            segments = self.chunks.segments(index, self.readings, opts)
            cache.store(key, index, segments)
        return segments

    def first_chunk(self) -> int:
        """The chunk holding the reader's position (the first if there is none)."""
        position = self._position()
        index = self.chunks.chunk_of(position[0]) if position else None
        return index or 0

    def show_page(self) -> None:
        """Load the page: the chunk at the reader's position, the others as
        placeholders, for the current readings and settings."""
        self.page_generation += 1
        settings = self.settings.value
        first = self.first_chunk()
        self._in_page = {}
        body = self.chunks.body({first: self._segments(first)})
        self.view.show_page(
            page_html(self.ctx.doc, body, body_classes(settings), root_style(settings))
        )

    def send_chunk(self, index: int) -> None:
        """Put chunk ``index`` into the page (it asked, or its readings came)."""
        if not (0 <= index < len(self.chunks)) or not self.view.is_ready:
            return
        if self._worker is not None and not self._chunk_has_readings(index):
            # The reader went there: its readings come next.
            self._worker.prefer(index)
        self.view.call("fillChunk", index, self._segments(index))

    def _on_block_requested(self, block_id: str) -> None:
        index = self.chunks.chunk_of(block_id)
        if index is not None:
            self.send_chunk(index)

    def _shown_callback(self) -> Callable[[object], None]:
        generation = self.page_generation

        def shown(_result: object) -> None:
            self._shown_generation = generation
            self.page_shown.emit()

        return shown

    def _on_page_ready(self) -> None:
        position = self._position()
        if position is not None and self.chunks.chunk_of(position[0]) is None:
            position = None  # a block of another version of the text
        if position is None:
            self.view.call("topBlock", callback=self._shown_callback())
        else:
            block, fraction = position
            self.view.call(
                "restorePosition",
                {"block": block, "fraction": fraction},
                callback=self._shown_callback(),
            )
        for index, had in list(self._in_page.items()):
            if not had and self._chunk_has_readings(index):
                self.send_chunk(index)  # its readings came while the page loaded
        if self._progress:
            self.view.call("setProgress", self._progress)

    def start_readings(self, *, after_page: bool = False) -> None:
        """Compute readings (and their markup) in a worker thread.

        Args:
            after_page: start computing once the page is shown. Computing holds
                the GIL, and the first page's load waited on it: a cold start
                showed its text only with the readings (issue 13).
        """
        self.started.emit()
        self._set_progress(tr("Readings %p%").replace("%p", "0"))
        self._complete = False
        self.readings = dict(self.readings)
        if not after_page:
            self._start_worker()
            return

        def start() -> None:
            self.page_shown.disconnect(start)
            self._start_worker()

        self.page_shown.connect(start)

    def _start_worker(self) -> None:
        worker = ReadingsWorker(
            self.chunks,
            self.ctx.paths,
            self.ctx.engine,
            render_options(self.settings.value),
            self.first_chunk(),
        )
        worker.progress.connect(self._on_progress)
        worker.chunk_done.connect(self._on_chunk_readings)
        worker.finished.connect(self._on_readings)
        worker.failed.connect(self._on_failed)
        self._worker = worker
        worker.start()

    def use_engine(self, engine: ReadingEngine) -> None:
        """Compute the readings again with ``engine`` (the reader fixed a reading)."""
        self.wait()
        self.ctx.engine = engine
        self.readings = {}
        self._in_page = dict.fromkeys(self._in_page, False)  # replaced as computed
        self.start_readings()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)
        percent = 100 * done // max(total, 1)
        text = tr("Readings %p%").replace("%p", str(percent)) if done < total else ""
        self._set_progress(text)

    def _set_progress(self, text: str) -> None:
        """The small note in the reading pane while readings are computed."""
        self._progress = text
        if self.view.is_ready:
            self.view.call("setProgress", text)

    def _on_chunk_readings(self, chunk: ChunkReadings) -> None:
        """Show a chunk's readings as soon as they are computed."""
        readings = dict(self.readings)
        readings.update(chunk.readings)
        self.readings = readings
        if self.view.is_ready and self._in_page.get(chunk.index) is False:
            self._in_page[chunk.index] = True
            self.view.call("fillChunk", chunk.index, chunk.segments)

    def _on_failed(self, message: str) -> None:
        self._set_progress("")
        self.failed.emit(message)

    def _on_readings(self, readings: Mapping[str, Sequence[Word]]) -> None:
        """Every chunk's readings are in: the page is settled once it has them."""
        self.readings = readings
        self._complete = True
        self.page_generation += 1
        self._set_progress("")
        if self.view.is_ready:
            self.view.call("topBlock", callback=self._shown_callback())
        self.readings_ready.emit()

    def wait(self) -> None:
        """Let a running worker finish (on shutdown, or before starting another)."""
        if self._worker is not None:
            self._worker.wait()
