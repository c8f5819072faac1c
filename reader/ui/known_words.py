"""Known words in the window: the popup marks one, the page hides its furigana.

The page hides the furigana of every occurrence at once through one generated CSS
rule (``window.yomu.setKnownWords``, resources/page/settings.js): nothing is
rendered again. Exports and "Copy with Readings" ask ``words()``. The list dialog
shows the known words, each of which can be forgotten.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations.errors import StoreError, StoreWriteError
from reader.core.known_words import KnownWords
from reader.ui.i18n import tr
from reader.ui.reading_view import ReadingView

log = logging.getLogger(__name__)


class KnownWordsController(QObject):
    """The reader's known words for one window.

    Args:
        view: the reading pane, told the words whenever its page is ready.
        path: the annotations file; None (or an unusable file) keeps them in memory.
        say: shows a one-line message (the status bar).

    Signals:
        changed: a word was marked known or forgotten.
    """

    changed = Signal()

    def __init__(
        self, view: ReadingView, path: Path | None, say: Callable[[str], None]
    ) -> None:
        super().__init__(view)
        self.view, self._say = view, say
        try:
            self.store = KnownWords(path)
        except StoreError as exc:  # the reader goes on; words are not kept
            log.warning("known words kept in memory only: %s", exc)
            self.store = KnownWords()
        view.ready.connect(self.push)

    def words(self) -> frozenset[str]:
        """The known words (``Word.text``), for exports and copies."""
        return self.store.words()

    def mark(self, word: str) -> bool:
        """Mark ``word`` known and hide its furigana; False if nothing changed."""
        return self._change(self.store.add, word, tr("「{word}」 is known"))

    def forget(self, word: str) -> bool:
        """Show ``word``'s furigana again; False if it was not known."""
        return self._change(self.store.forget, word, tr("「{word}」 forgotten"))

    def _change(self, change: Callable[[str], bool], word: str, done: str) -> bool:
        try:
            changed = change(word)
        except StoreWriteError as exc:
            self._say(str(exc))
            return False
        if changed:
            self.push()
            self.changed.emit()
            self._say(done.format(word=word))
        return changed

    def push(self) -> None:
        """Tell the page which words' furigana to hide."""
        self.view.call("setKnownWords", sorted(self.store.words()))

    def show_dialog(self, parent: QWidget) -> KnownWordsDialog:
        """Open the list of known words (not modal)."""
        dialog = KnownWordsDialog(self, parent)
        dialog.show()
        return dialog


class KnownWordsDialog(QDialog):
    """The known words, in order, with "Forget" for the selected one."""

    def __init__(self, known: KnownWordsController, parent: QWidget) -> None:
        super().__init__(parent)
        self.known = known
        self.setWindowTitle(tr("Known Words"))
        self.list = QListWidget(self)
        self.forget_button = QPushButton(tr("&Forget"), self)
        self.forget_button.clicked.connect(self.forget_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        known.changed.connect(self.refill)
        self.refill()

    def refill(self) -> None:
        """Show the words as they are now."""
        self.list.clear()
        self.list.addItems(list(self.known.store))
        self.forget_button.setEnabled(self.list.count() > 0)
        if self.list.count():
            self.list.setCurrentRow(0)

    def forget_selected(self) -> None:
        """Forget the selected word."""
        item = self.list.currentItem()
        if item is not None:
            self.known.forget(item.text())
