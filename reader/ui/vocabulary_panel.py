"""The Vocabulary panel: the collected words by section, with search (by reading
too), edit, delete, undo (Ctrl+Z while the panel has the focus), a jump to the
word's sentence in the text, and Export… (Anki deck or TSV).

Signals (VocabularyPanel):
    entry_activated(str): the reader asked to see an entry in the text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.find import SoundMatcher
from reader.core.vocabulary import VocabEntry, search
from reader.ui import plain
from reader.ui.i18n import tr
from reader.ui.vocabulary_controller import VocabularyController

_ID = Qt.ItemDataRole.UserRole


class VocabularyPanel(QDockWidget):
    """A dock listing the vocabulary (see the module docstring)."""

    entry_activated = Signal(str)

    def __init__(self, controller: VocabularyController, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("vocabularyPanel")
        self.controller = controller
        # Without an engine, kana and romaji match the words' readings; reading
        # every sentence here would block typing.
        self._matcher = SoundMatcher()
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.edit_button, self.delete_button = QPushButton(self), QPushButton(self)
        self.undo_button, self.export_button = QPushButton(self), QPushButton(self)
        self._layout()
        self.retranslate()
        self.search.textChanged.connect(self.refresh)
        controller.changed.connect(self.refresh)
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemSelectionChanged.connect(self._enable)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(controller.undo)
        self.export_button.clicked.connect(lambda: export_vocabulary(controller, self))
        self.tree.installEventFilter(self)
        self.refresh()

    def _layout(self) -> None:
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.search)
        column.addWidget(self.tree, 1)
        row = QHBoxLayout()
        for button in (
            self.edit_button, self.delete_button, self.undo_button, self.export_button
        ):
            row.addWidget(button)
        column.addLayout(row)
        self.setWidget(body)

    def retranslate(self) -> None:
        """Words in the interface language."""
        self.setWindowTitle(tr("Vocabulary"))
        self.search.setPlaceholderText(tr("Search words: text, kana or romaji"))
        self.tree.setHeaderLabels([tr("Word"), tr("Reading"), tr("Meaning")])
        self.edit_button.setText(tr("Edit…"))
        self.delete_button.setText(tr("Delete"))
        self.undo_button.setText(tr("Undo"))
        self.export_button.setText(tr("Export…"))
        self.refresh()

    # ---- the list
    def entries(self) -> list[VocabEntry]:
        """The entries shown (the search applied), in document order."""
        store = self.controller.store
        query = self.search.text()
        return search(store.all(), query, self._matcher) if query else store.all()

    def refresh(self) -> None:
        """Fill the list again from the store."""
        chosen = set(self.selected_ids())
        self.tree.clear()
        store = self.controller.store
        for section, group in store.by_section(self.entries()):
            title = (
                tr("Needs review")
                if section is None
                else section.title or tr("Introduction")
            )
            head = QTreeWidgetItem(self.tree, [f"{title} ({len(group)})"])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setFirstColumnSpanned(True)
            for entry in group:
                item = QTreeWidgetItem(head, [entry.form, entry.reading, entry.gloss])
                item.setData(0, _ID, entry.id)
                tip = entry.sentence + ("\n" + entry.note if entry.note else "")
                item.setToolTip(0, tip)
                item.setSelected(entry.id in chosen)
        self.tree.expandAll()
        self._fit_columns()
        self._enable()

    def _fit_columns(self) -> None:
        """Word and reading shown whole (not the section titles' width); the
        meaning takes the rest."""
        metrics = self.tree.fontMetrics()
        for column in (0, 1):
            texts = [item.text(column) for item in self.items()]
            header = self.tree.headerItem()
            if header is not None:
                texts.append(header.text(column))
            width = max((metrics.horizontalAdvance(t) for t in texts), default=40)
            # The first column is indented twice (section, word), and CJK text
            # falls back to a font wider than the tree's own.
            indent = 2 * self.tree.indentation() if column == 0 else 0
            self.tree.setColumnWidth(column, round(width * 1.15) + indent + 16)

    def items(self) -> list[QTreeWidgetItem]:
        """The entries' rows, in order."""
        out: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            if head is not None:
                children = (head.child(j) for j in range(head.childCount()))
                out += [c for c in children if c is not None]
        return out

    def selected_ids(self) -> list[str]:
        return [
            str(i.data(0, _ID)) for i in self.tree.selectedItems() if i.data(0, _ID)
        ]

    def _enable(self) -> None:
        chosen = bool(self.selected_ids())
        self.edit_button.setEnabled(len(self.selected_ids()) == 1)
        self.delete_button.setEnabled(chosen)
        self.undo_button.setEnabled(self.controller.store.can_undo)
        self.export_button.setEnabled(len(self.controller.store) > 0)

    def _activate(self, item: QTreeWidgetItem) -> None:
        entry_id = item.data(0, _ID)
        if entry_id:
            self.entry_activated.emit(str(entry_id))

    # ---- editing
    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.controller.delete(ids)

    def edit_current(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        entry = self.controller.store.get(ids[0])
        dialog = EntryDialog(entry, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.controller.update(entry.id, **dialog.values())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Ctrl+Z undoes a vocabulary change (not an annotation) while the list has
        the focus; Delete deletes the selected words."""
        if watched is self.tree and isinstance(event, QKeyEvent):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            delete = event.key() == Qt.Key.Key_Delete
            if event.type() == QEvent.Type.ShortcutOverride and (undo or delete):
                event.accept()  # the window's Undo does not take it
                return True
            if event.type() == QEvent.Type.KeyPress and undo:
                self.controller.undo()
                return True
            if event.type() == QEvent.Type.KeyPress and delete:
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)


class EntryDialog(QDialog):
    """Edit an entry's meaning (the chosen sense) and note."""

    def __init__(self, entry: VocabEntry, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit Word"))
        self.gloss = QLineEdit(entry.gloss, self)
        self.note = QPlainTextEdit(entry.note, self)
        form = QFormLayout(self)
        form.addRow(tr("Word"), plain.label(f"{entry.form} 【{entry.reading}】", self))
        form.addRow(tr("Meaning"), self.gloss)
        form.addRow(tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {"gloss": self.gloss.text().strip(), "note": self.note.toPlainText()}


def export_vocabulary(
    controller: VocabularyController, parent: QWidget, path: Path | None = None
) -> bool:
    """Ask for a file (.apkg or .tsv) and write the vocabulary there."""
    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            tr("Export Vocabulary"),
            "vocabulary.apkg",
            tr("Anki deck (*.apkg)") + ";;" + tr("Tab-separated text (*.tsv)"),
        )
        if not name:
            return False
        path = Path(name)
    try:
        count = controller.export(path)
    except OSError as exc:
        plain.warn(parent, tr("Export failed"), f"{path.name}: {exc.strerror or exc}")
        return False
    controller.surface.status.showMessage(
        tr("Exported {count} words to {file}").format(count=count, file=path.name), 8000
    )
    return True
