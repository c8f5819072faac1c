"""File › Open…, Open Recent and Open the Interview.

The window of the text read now gives way to the other text's (``WindowHost``);
this module asks which text, and fills the recent files menu each time it opens:
a file that is no longer there is shown greyed, and opening it anyway takes it out
of the list with a one-line message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from reader.ui.actions import Actions
from reader.ui.i18n import tr
from reader.ui.settings_store import SettingsStore

OpenText = Callable[[Path | None], bool]
FILE_PREFIX = "file:"  # reader.core.text.document.source_key_for


class OpenMenu:
    """Opens texts from the File menu.

    Args:
        parent: the window (for the file dialog).
        store: where the recent files are kept.
        open_text: reads a text in place of this one; None disables opening.
        current: the path of the text read now, None for the interview.
    """

    def __init__(
        self,
        parent: QWidget,
        store: SettingsStore,
        open_text: OpenText | None,
        current: Path | None,
    ) -> None:
        self.parent = parent
        self.store = store
        self.open_text = open_text
        self.current = current
        self.choose: Callable[[], Path | None] = self._ask

    def connect(self, actions: Actions, recent: QMenu | None) -> None:
        """Wire the File menu's actions (built again on a change of language)."""
        enabled = self.open_text is not None
        for action in (actions.open_file, actions.open_interview):
            action.setEnabled(enabled)
        actions.open_file.triggered.connect(self.open_dialog)
        actions.open_interview.triggered.connect(lambda: self.open(None))
        if recent is not None:
            recent.setEnabled(enabled)
            recent.aboutToShow.connect(lambda: self.fill_recent(recent))
            self.fill_recent(recent)

    def _ask(self) -> Path | None:
        start = str(self.current.parent) if self.current else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self.parent,
            tr("Open a Text"),
            start,
            tr("Text files (*.txt *.md);;All files (*)"),
        )
        return Path(name) if name else None

    def open_dialog(self) -> bool:
        """Ask for a file and open it; False if none was chosen or it failed."""
        path = self.choose()
        return path is not None and self.open(path)

    def open(self, path: Path | None) -> bool:
        return self.open_text is not None and self.open_text(path)

    def fill_recent(self, menu: QMenu) -> None:
        """The recent files, newest first; missing ones greyed."""
        menu.clear()
        recent = self.store.recent()
        for text in recent:
            path = Path(text)
            percent = self.store.percent_read(FILE_PREFIX + text)
            shown = path.name if percent is None else f"{path.name} — {percent}%"
            action = menu.addAction(shown)
            action.setToolTip(text)
            action.setStatusTip(text)
            if not path.is_file():
                action.setEnabled(False)
                action.setText(tr("%s (not found)") % path.name)
            action.triggered.connect(lambda _=False, p=path: self.open(p))
        if not recent:
            menu.addAction(tr("No recent texts")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(tr("Clear the List"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(lambda: self.store.save_recent([]))
