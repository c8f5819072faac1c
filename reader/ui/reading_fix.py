"""Fix a reading from the page: the reader's correction applies from then on."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from reader.core.readings import Word, make_correction, notation
from reader.core.readings.user_corrections import (
    engine_for,
    load_user_corrections,
    save_user_corrections,
    user_corrections_path,
)
from reader.ui import plain
from reader.ui.i18n import tr

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

CONTEXT_CHARS = 2


class ReadingDialog(QDialog):
    """Shows a word and its reading, and asks for the right one."""

    def __init__(self, parent: QWidget | None, word: Word) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Fix Reading"))
        label = plain.label(
            tr("Reading of 「{word}」, in hiragana:").format(word=word.text), self
        )
        self.current = plain.label(tr("Now: ") + notation(word.segments), self)
        self.reading = QLineEdit(word.kana or "", self)
        self.only_here = QCheckBox(tr("Only where it stands as here"), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            parent=self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (label, self.current, self.reading, self.only_here, buttons):
            layout.addWidget(widget)


def ask_reading(parent: QWidget, word: Word) -> tuple[str, bool] | None:
    """The new reading and whether it is for this place only; None if cancelled."""
    dialog = ReadingDialog(parent, word)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.reading.text().strip(), dialog.only_here.isChecked()


def word_at(window: MainWindow, block_id: str, offset: int) -> Word | None:
    """The word of the block at ``offset``, if it has a reading to fix."""
    for word in window.readings.get(block_id, ()):
        if word.start <= offset < word.end:
            return word if any(s.reading for s in word.segments) else None
    return None


def add_fix_action(window: MainWindow, menu: QMenu, block_id: str, offset: int) -> None:
    """Offer "Fix Reading of 「…」" in the context menu when a kanji word is there."""
    word = word_at(window, block_id, offset)
    if word is None:
        return
    menu.addSeparator()
    action = menu.addAction(tr("Fix Reading of 「{word}」…").format(word=word.text))
    action.triggered.connect(lambda: fix_reading(window, block_id, word))


def fix_reading(window: MainWindow, block_id: str, word: Word) -> bool:
    """Ask for the right reading, save it, and recompute the readings."""
    answer = ask_reading(window, word)
    if answer is None:
        return False
    reading, only_here = answer
    text = window.doc.block(block_id).text
    before = text[max(word.start - CONTEXT_CHARS, 0) : word.start] if only_here else ""
    after = text[word.end : word.end + CONTEXT_CHARS] if only_here else ""
    try:
        correction = make_correction(word.text, reading, before, after)
    except ValueError as exc:
        plain.warn(window, tr("Fix Reading"), str(exc))
        return False
    root = data_root(window)
    path = user_corrections_path(root)
    save_user_corrections(path, (*load_user_corrections(path), correction))
    window.use_engine(engine_for(root))
    return True


def data_root(window: MainWindow) -> Path:
    """The data folder (the readings cache lives in its ``cache`` folder)."""
    return window.ctx.cache_path.parent.parent
