"""Keeps the reading page in step with the readings and the settings.

The page is shown at once (from the page cache when warm, as plain text when cold);
readings computed later replace the blocks of the page already shown.

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
from reader.core.page.cache import PageCache
from reader.core.page.layout import page_html
from reader.core.page.render import RenderOptions
from reader.core.readings import ReadingEngine, RomajiStyle, Word
from reader.core.settings import Settings
from reader.ui.reading_view import ReadingView
from reader.ui.readings_worker import ReadingsWorker, RenderedReadings

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
        self.page_generation = 0  # pages or block sets sent to the view
        self._shown_generation = -1  # the last of them loaded and positioned
        self._worker: ReadingsWorker | None = None
        # Blocks with readings that arrived before the page was ready: sent once it is.
        # (Loading the page again instead let the first load's late "ready" mark the
        # second load as shown while it was still loading.)
        self._pending_blocks: dict[str, str] | None = None
        view.ready.connect(self._on_page_ready)
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
        return bool(self.readings)

    @property
    def settled(self) -> bool:
        """Readings are in, and the page showing them is loaded and positioned."""
        return self.has_readings and self._shown_generation == self.page_generation

    def _cache(self) -> PageCache:
        return PageCache(self.ctx.paths.page_cache)

    def show_page(self) -> None:
        """Load the whole page for the current readings and settings."""
        self.page_generation += 1
        settings = self.settings.value
        body = self._cache().body(
            self.ctx.doc,
            self.readings,
            self.ctx.engine.version_key,
            render_options(settings),
        )
        self.view.show_page(
            page_html(self.ctx.doc, body, body_classes(settings), root_style(settings))
        )

    def _shown_callback(self) -> Callable[[object], None]:
        generation = self.page_generation

        def shown(_result: object) -> None:
            self._shown_generation = generation
            self.page_shown.emit()

        return shown

    def _on_page_ready(self) -> None:
        pending, self._pending_blocks = self._pending_blocks, None
        shown = self._shown_callback() if pending is None else None
        position = self._position()
        if position is None:
            self.view.call("topBlock", callback=shown)
        else:
            block, fraction = position
            self.view.call(
                "restorePosition",
                {"block": block, "fraction": fraction},
                callback=shown,
            )
        if pending is not None:
            self.view.call("replaceBlocks", pending, callback=self._shown_callback())

    def start_readings(self) -> None:
        """Compute readings (and their markup) in a worker thread."""
        self.started.emit()
        worker = ReadingsWorker(
            self.ctx.doc,
            self.ctx.paths,
            self.ctx.engine,
            render_options(self.settings.value),
        )
        worker.progress.connect(self.progress)
        worker.finished.connect(self._on_readings)
        worker.failed.connect(self.failed)
        self._worker = worker
        worker.start()

    def use_engine(self, engine: ReadingEngine) -> None:
        """Compute the readings again with ``engine`` (the reader fixed a reading)."""
        self.wait()
        self.ctx.engine = engine
        self.start_readings()

    def _on_readings(self, result: RenderedReadings) -> None:
        """Put the readings into the page already shown, without reloading it."""
        self.readings = result.readings
        self.page_generation += 1
        if not self.view.is_ready:
            self._pending_blocks = dict(result.blocks)  # sent when the page is ready
        else:
            self.view.call(
                "replaceBlocks", dict(result.blocks), callback=self._shown_callback()
            )
        self.readings_ready.emit()

    def wait(self) -> None:
        """Let a running worker finish (on shutdown, or before starting another)."""
        if self._worker is not None:
            self._worker.wait()
