"""Fix a reading from the page: the reader's correction applies from then on."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from reader.core.readings import ReadingEngine, Word, make_correction, notation
from reader.core.readings.user_corrections import (
    engine_for,
    load_user_corrections,
    save_user_corrections,
)
from reader.core.text.document import Document
from reader.ui import plain
from reader.ui.i18n import tr

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


@dataclass
class ReadingFixer:
    """Offers "Fix Reading" in the context menu, saves the fix, recomputes.

    Attributes:
        parent: the window the dialog belongs to.
        doc: the text read.
        readings: the readings now shown, by block id.
        corrections: the reader's corrections file (``DataPaths.user_corrections``).
        use_engine: recomputes the readings with an engine that knows the fix.
    """

    parent: QWidget
    doc: Document
    readings: Callable[[], Mapping[str, Sequence[Word]]]
    corrections: Path
    use_engine: Callable[[ReadingEngine], None]

    def word_at(self, block_id: str, offset: int) -> Word | None:
        """The word of the block at ``offset``, if it has a reading to fix."""
        for word in self.readings().get(block_id, ()):
            if word.start <= offset < word.end:
                return word if any(s.reading for s in word.segments) else None
        return None

    def add_action(self, menu: QMenu, block_id: str, offset: int) -> None:
        """Offer "Fix Reading of 「…」" in ``menu`` when a kanji word is there."""
        word = self.word_at(block_id, offset)
        if word is None:
            return
        menu.addSeparator()
        action = menu.addAction(tr("Fix Reading of 「{word}」…").format(word=word.text))
        action.triggered.connect(lambda: self.fix(block_id, word))

    def fix(self, block_id: str, word: Word) -> bool:
        """Ask for the right reading, save it, and recompute the readings."""
        answer = ask_reading(self.parent, word)
        if answer is None:
            return False
        reading, only_here = answer
        text = self.doc.block(block_id).text
        start, end = word.start, word.end
        before = text[max(start - CONTEXT_CHARS, 0) : start] if only_here else ""
        after = text[end : end + CONTEXT_CHARS] if only_here else ""
        try:
            correction = make_correction(word.text, reading, before, after)
        except ValueError as exc:
            plain.warn(self.parent, tr("Fix Reading"), str(exc))
            return False
        path = self.corrections
        save_user_corrections(path, (*load_user_corrections(path), correction))
        self.use_engine(engine_for(path))
        return True
