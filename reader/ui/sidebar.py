"""The section sidebar: sections, and the speaker turns of each, as a two-level tree.

Each section shows how much of it is read; above the tree, a choice of the speaker
to follow (the others' turns are dimmed, here and on the page).

Signals (SectionSidebar):
    block_activated(str): the reader chose an entry; scroll there.
    speaker_chosen(str): the reader chose a speaker to follow ("" for everyone).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.core.text.document import BlockKind, Document
from reader.core.text.progress import speakers
from reader.ui import plain
from reader.ui.i18n import tr
from reader.ui.settings_model import SettingsModel

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index, as Qt's own default arguments use
BLOCK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TURN_LABEL_CHARS = 18
PERCENT_COLUMN = 1  # a section's share read, beside its title


@dataclass(frozen=True)
class Entry:
    """One row: a section, or a turn within it."""

    label: str
    block_id: str
    tooltip: str
    speaker: str = ""


def turn_label(speaker: str, text: str) -> str:
    """``Jacob: 話題をエージェント…`` shortened for the sidebar."""
    short = text if len(text) <= TURN_LABEL_CHARS else text[:TURN_LABEL_CHARS] + "…"
    return f"{speaker}: {short}"


def build_entries(doc: Document, intro_title: str) -> list[tuple[Entry, list[Entry]]]:
    """Sections with their turns (new turns only, not continuation paragraphs)."""
    out: list[tuple[Entry, list[Entry]]] = []
    for section in doc.sections:
        if not section.block_ids:
            continue
        title = section.title or intro_title
        turns = [
            Entry(turn_label(b.speaker, b.text), b.id, b.text[:200], b.speaker)
            for b in doc.section_blocks(section)
            if b.kind is BlockKind.TURN and b.speaker and not b.continues
        ]
        out.append((Entry(title, section.block_ids[0], title), turns))
    return out


class SectionModel(QAbstractItemModel):
    """A read-only tree: top rows are sections, children are turns."""

    def __init__(
        self, doc: Document, intro_title: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._rows = build_entries(doc, intro_title)
        self._sections = [s.index for s in doc.sections if s.block_ids]
        self._read: dict[int, int] = {}  # section row -> whole percent read
        self.followed = ""
        # Where each block sits: (section row, turn row or -1), for the current mark.
        self._where: dict[str, tuple[int, int]] = {}
        sections = [s for s in doc.sections if s.block_ids]
        for row, section in enumerate(sections):
            turn = -1
            for block in doc.section_blocks(section):
                if (
                    block.kind is BlockKind.TURN
                    and block.speaker
                    and not block.continues
                ):
                    turn += 1
                self._where[block.id] = (row, turn)

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if column not in (0, PERCENT_COLUMN) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            inside = row < len(self._rows)
            return self.createIndex(row, column, 0) if inside else QModelIndex()
        if self._section_of(parent) >= 0:
            return QModelIndex()  # turns have no children
        turns = self._rows[parent.row()][1]
        if row >= len(turns):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        section = self._section_of(child)
        return QModelIndex() if section < 0 else self.createIndex(section, 0, 0)

    @staticmethod
    def _section_of(index: Index) -> int:
        """The section row of a turn index, or -1 for a section index."""
        return int(index.internalId()) - 1

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self._rows)
        if parent.column() != 0 or self._section_of(parent) >= 0:
            return 0
        return len(self._rows[parent.row()][1])

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 2  # the entry, and the share read of a section

    def entry(self, index: Index) -> Entry | None:
        if not index.isValid():
            return None
        section = self._section_of(index)
        if section < 0:
            return self._rows[index.row()][0]
        return self._rows[section][1][index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.entry(index)
        if entry is None:
            return None
        if index.column() == PERCENT_COLUMN:
            return self._percent_data(index, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.label
        if role == Qt.ItemDataRole.ForegroundRole and self._dimmed(entry):
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.FontRole and self._section_of(index) < 0:
            font = QFont()
            font.setBold(True)  # sections stand out from the turns under them
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain.tooltip(entry.tooltip)
        if role == BLOCK_ID_ROLE:
            return entry.block_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _percent_data(self, index: Index, role: int) -> object:
        read = self._read.get(index.row()) if self._section_of(index) < 0 else None
        if read is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{read}%"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def _dimmed(self, entry: Entry) -> bool:
        return bool(self.followed and entry.speaker and entry.speaker != self.followed)

    def set_progress(self, shares: dict[int, float]) -> None:
        """Show the share read of each section (by section index)."""
        read = {
            row: int(100 * shares.get(section, 0.0))
            for row, section in enumerate(self._sections)
        }
        changed = [row for row in read if read[row] != self._read.get(row)]
        self._read = read
        for row in changed:
            cell = self.index(row, PERCENT_COLUMN)
            self.dataChanged.emit(cell, cell)

    def percent_of(self, row: int) -> int | None:
        """The percent shown for section row ``row``, if any."""
        return self._read.get(row)

    def follow(self, speaker: str) -> None:
        """Dim the turns of everyone but ``speaker`` ("" for none)."""
        self.followed = speaker
        self.layoutChanged.emit()  # every turn row's colour may change

    def set_intro_title(self, title: str) -> None:
        """Rename the introduction (the interface language changed)."""
        if self._rows:
            entry = self._rows[0][0]
            self._rows[0] = (Entry(title, entry.block_id, title), self._rows[0][1])
            top = self.index(0, 0)
            self.dataChanged.emit(top, top)

    def index_for_block(self, block_id: str) -> QModelIndex:
        """The deepest row containing ``block_id``: its turn, else its section."""
        section, turn = self._where.get(block_id, (-1, -1))
        if section < 0:
            return QModelIndex()
        parent = self.index(section, 0)
        return self.index(turn, 0, parent) if turn >= 0 else parent


PERCENT_MARGIN = 6  # pixels each side of the share read


class SectionSidebar(QDockWidget):
    """A dock with the section tree; Enter or a click scrolls the pane there."""

    block_activated = Signal(str)
    speaker_chosen = Signal(str)

    def __init__(
        self, doc: Document, settings: SettingsModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(tr("Sections"), parent)
        self.setObjectName("sectionSidebar")
        self.model = SectionModel(doc, tr("Introduction"), self)
        # Subscribed after the window, which installs the new language's translators.
        settings.changed.connect(self._on_setting)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed to the widest figure: sizing it to its contents asked every row of a
        # long text's tree for its data at start (60 ms for a novel).
        header.setSectionResizeMode(PERCENT_COLUMN, QHeaderView.ResizeMode.Fixed)
        width = self.tree.fontMetrics().horizontalAdvance("100%")
        header.resizeSection(PERCENT_COLUMN, width + 2 * PERCENT_MARGIN)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.expandAll()
        self.tree.activated.connect(self._activate)
        self.tree.clicked.connect(self._activate)
        self.speakers = QComboBox(self)
        self.speakers.setObjectName("followSpeaker")
        self._names = speakers(doc)
        self._fill_speakers()
        self.speakers.activated.connect(
            lambda row: self.speaker_chosen.emit(self.speakers.itemData(row) or "")
        )
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.speakers)
        layout.addWidget(self.tree)
        self.speakers.setVisible(bool(self._names))  # nobody speaks in a plain text
        self.setWidget(box)

    def _fill_speakers(self) -> None:
        blocked = self.speakers.blockSignals(True)
        self.speakers.clear()
        self.speakers.addItem(tr("Everyone speaks"), "")
        for name in self._names:
            self.speakers.addItem(tr("Follow %s") % name, name)
        chosen = self.speakers.findData(self.model.followed)
        self.speakers.setCurrentIndex(max(chosen, 0))
        self.speakers.blockSignals(blocked)

    def show_followed(self, speaker: str) -> None:
        """Show ``speaker`` as followed ("" for everyone): the choice and the tree."""
        self.model.follow(speaker)
        self._fill_speakers()

    def _on_setting(self, name: str) -> None:
        if name == "language":
            self.setWindowTitle(tr("Sections"))
            self.model.set_intro_title(tr("Introduction"))
            self._fill_speakers()

    def _activate(self, index: QModelIndex) -> None:
        entry = self.model.entry(index)
        if entry is not None:
            self.block_activated.emit(entry.block_id)

    def mark_block(self, block_id: str) -> None:
        """Mark the entry holding ``block_id`` as current; the pane does not move."""
        index = self.model.index_for_block(block_id)
        if not index.isValid() or index == self.tree.currentIndex():
            return
        blocked = self.tree.blockSignals(True)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        self.tree.blockSignals(blocked)

    def current_block(self) -> str | None:
        entry = self.model.entry(self.tree.currentIndex())
        return entry.block_id if entry else None
