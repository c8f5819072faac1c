"""The basics a reader expects of a reading window, wired in one place: opening
other texts (``open_menu``), moving by speaker (``speaker_nav``), reading progress
(``progress_view``) and bookmarks (``bookmarks_menu``).

The window builds one :class:`Basics` and hands it its actions each time it builds
its chrome, and its reading position as it changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QMenu, QMenuBar, QStatusBar

from reader.core.text.document import Document
from reader.ui.actions import Actions
from reader.ui.bookmarks_menu import BookmarksMenu
from reader.ui.context import ReaderContext
from reader.ui.open_menu import OpenMenu
from reader.ui.page_loader import PageLoader
from reader.ui.progress_view import ProgressView
from reader.ui.reading_view import ReadingView
from reader.ui.settings_store import SettingsStore
from reader.ui.sidebar import SectionSidebar
from reader.ui.speaker_nav import SpeakerNavigator


class ReadingWindow(Protocol):
    """What the basics use of the main window (named here, not imported: the
    window imports this module)."""

    doc: Document
    ctx: ReaderContext
    view: ReadingView
    sidebar: SectionSidebar
    loader: PageLoader
    position: tuple[str, float] | None
    top_block: str

    @property
    def store(self) -> SettingsStore: ...

    def scroll_to_block(self, block_id: str) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802

    def menuBar(self) -> QMenuBar: ...  # noqa: N802


FILE_PREFIX = "file:"  # reader.core.text.document.source_key_for


class Basics:
    """Open, recent files, turns, following a speaker, progress and bookmarks."""

    def __init__(self, window: ReadingWindow) -> None:
        self.window = window
        doc, ctx = window.doc, window.ctx
        current = (
            Path(doc.key[len(FILE_PREFIX) :])
            if doc.key.startswith(FILE_PREFIX)
            else None
        )
        self.opener = OpenMenu(window.view, window.store, ctx.open_text, current)
        self.speakers = SpeakerNavigator(
            doc,
            window.view,
            window.sidebar,
            lambda: window.top_block,
            window.scroll_to_block,
            self.tell,
        )
        self.progress = ProgressView(doc, window.statusBar(), window.sidebar)
        path = ctx.paths.annotations if ctx.annotations is not None else None
        self.bookmarks = BookmarksMenu(
            doc, path, lambda: window.position, self.go_to, self.tell
        )
        window.loader.page_shown.connect(self.speakers.apply)  # a new page forgets
        if window.position is not None:
            self.progress.update(*window.position)

    def connect(self, actions: Actions) -> None:
        """Wire the (new) actions and fill the menus that list things."""
        bar = self.window.menuBar()
        self.opener.connect(actions, bar.findChild(QMenu, "recentMenu"))
        self.speakers.connect(actions, bar.findChild(QMenu, "followMenu"))
        self.bookmarks.connect(actions, bar.findChild(QMenu, "bookmarksMenu"))
        self.progress.show()

    def on_position(self, block: str, fraction: float) -> int:
        """The reader moved; the whole percent read now."""
        return self.progress.update(block, fraction).percent

    def go_to(self, block: str, fraction: float) -> None:
        """Put a reading position at the top of the pane."""
        self.window.view.call("restorePosition", {"block": block, "fraction": fraction})

    def tell(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)
