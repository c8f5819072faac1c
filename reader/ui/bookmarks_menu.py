"""The Bookmarks menu: add (Ctrl+B), list and jump, delete.

A bookmark is the reading position when it was added (``reader.core.bookmarks``),
kept in the annotations file with this document's other data. The menu is filled
each time it opens: the bookmarks in reading order, each a jump, then a submenu
to delete one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from reader.core.annotations import StoreError
from reader.core.bookmarks import Bookmark, Bookmarks
from reader.core.text.document import Document
from reader.ui.actions import Actions
from reader.ui.i18n import tr

Position = tuple[str, float]
DELETE_MENU = "deleteBookmarkMenu"


class BookmarksMenu:
    """Adds, lists, jumps to and deletes the bookmarks of one document.

    Args:
        doc: the text read.
        path: the annotations file; None when the store cannot be used.
        position: the reading position now (None before the page reported one).
        go: puts a position at the top of the pane.
        tell: shows a one-line message.
    """

    def __init__(
        self,
        doc: Document,
        path: Path | None,
        position: Callable[[], Position | None],
        go: Callable[[str, float], None],
        tell: Callable[[str], None],
    ) -> None:
        self.position = position
        self.go = go
        self.tell = tell
        self.store: Bookmarks | None = None
        if path is not None:
            try:
                self.store = Bookmarks(doc, path)
            except StoreError as exc:  # the notes say why, where they are opened
                tell(tr("Bookmarks are off: ") + str(exc))

    def connect(self, actions: Actions, menu: QMenu | None) -> None:
        """Wire the add action and the menu (built again on a change of language)."""
        actions.add_bookmark.setEnabled(self.store is not None)
        actions.add_bookmark.triggered.connect(self.add)
        if menu is not None:
            menu.aboutToShow.connect(lambda: self.fill(menu, actions))
            self.fill(menu, actions)

    def all(self) -> list[Bookmark]:
        return self.store.all() if self.store is not None else []

    def add(self) -> Bookmark | None:
        """Bookmark the reading position; None (and a message) if it cannot."""
        place = self.position()
        if self.store is None or place is None:
            return None
        try:
            mark = self.store.add(*place)
        except (StoreError, OSError) as exc:
            self.tell(tr("The bookmark was not saved: ") + str(exc))
            return None
        self.tell(tr("Bookmarked: ") + mark.label)
        return mark

    def jump(self, mark: Bookmark) -> None:
        self.go(mark.block, mark.fraction)

    def delete(self, mark: Bookmark) -> bool:
        if self.store is None:
            return False
        try:
            return self.store.remove(mark.id)
        except (StoreError, OSError) as exc:
            self.tell(tr("The bookmark was not deleted: ") + str(exc))
            return False

    def fill(self, menu: QMenu, actions: Actions) -> None:
        """Add, the bookmarks (each a jump), and a submenu to delete one."""
        menu.clear()
        menu.addAction(actions.add_bookmark)
        menu.addSeparator()
        marks = self.all()
        for mark in marks:
            jump = menu.addAction(mark.label)
            jump.triggered.connect(lambda _=False, m=mark: self.jump(m))
        if not marks:
            menu.addAction(tr("No bookmarks yet")).setEnabled(False)
        menu.addSeparator()
        # One submenu, kept and refilled: menu.clear() leaves submenus alive.
        delete = menu.findChild(
            QMenu, DELETE_MENU, Qt.FindChildOption.FindDirectChildrenOnly
        )
        if delete is None:
            delete = QMenu(menu)
            delete.setObjectName(DELETE_MENU)
        delete.clear()
        delete.setTitle(tr("&Delete Bookmark"))
        menu.addMenu(delete)
        delete.setEnabled(bool(marks))
        for mark in marks:
            action = delete.addAction(mark.label)
            action.triggered.connect(lambda _=False, m=mark: self.delete(m))
