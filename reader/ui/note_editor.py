"""A small plain-text editor for one note; newlines are kept."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.ui import plain
from reader.ui.i18n import tr

QUOTE_CHARS = 120


class NoteEditor(QDialog):
    """Shows the quoted passage and an editor for the note on it."""

    def __init__(self, parent: QWidget | None, quote: str, note: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Note"))
        self.resize(460, 300)
        shown = quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS] + "…"
        self.quote = plain.label(shown, self)
        self.quote.setWordWrap(True)
        self.editor = QPlainTextEdit(note, self)
        self.editor.setPlaceholderText(tr("Write a note on this passage"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel,
            parent=self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.editor.setFocus()

    def text(self) -> str:
        return self.editor.toPlainText()


def edit_note(parent: QWidget | None, quote: str, note: str) -> str | None:
    """Ask for a note; returns the new text, or None if the reader cancelled."""
    dialog = NoteEditor(parent, quote, note)
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
