"""The section sidebar: sections, and the speaker turns of each, as a tree.

Where the text ranks its headings (an Aozora Bunko book's 大見出し over its 中見出し),
lower sections sit under the one above them. Each section shows how much of it is
read; above the tree, a choice of the speaker to follow (the others' turns are
dimmed, here and on the page).

Signals (SectionSidebar):
    block_activated(str): the reader chose an entry; scroll there.
    speaker_chosen(str): the reader chose a speaker to follow ("" for everyone).
"""

from __future__ import annotations

from dataclasses import dataclass, field

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


@dataclass
class Node:
    """A row of the tree: a section (``section`` >= 0) or a turn (-1)."""

    entry: Entry
    parent: int  # the parent node's id, or -1 for a top row
    row: int  # its row under its parent
    section: int = -1
    children: list[int] = field(default_factory=list)


def build_tree(doc: Document, intro_title: str) -> list[Node]:
    """Sections, with their turns (new turns, not continuation paragraphs) and,
    where the text ranks its headings (Aozora's 大, 中, 小見出し), the sections of
    lower rank under the one above them (上 先生と私 › 一, 二…). Top rows first."""
    nodes: list[Node] = []
    top: list[int] = []
    open_at: list[tuple[int, int]] = []  # (level, node) of the sections above

    def add(entry: Entry, parent: int, section: int = -1) -> int:
        siblings = nodes[parent].children if parent >= 0 else top
        nodes.append(Node(entry, parent, len(siblings), section))
        siblings.append(len(nodes) - 1)
        return len(nodes) - 1

    for section in doc.sections:
        if not section.block_ids:
            continue
        level = section.level
        while open_at and (level <= 0 or open_at[-1][0] >= level):
            open_at.pop()
        parent = open_at[-1][1] if open_at else -1
        title = section.title or intro_title
        node = add(Entry(title, section.block_ids[0], title), parent, section.index)
        if level > 0:
            open_at.append((level, node))
        for b in doc.section_blocks(section):
            if b.kind is BlockKind.TURN and b.speaker and not b.continues:
                label = turn_label(b.speaker, b.text)
                add(Entry(label, b.id, b.text[:200], b.speaker), node)
    return nodes


class SectionModel(QAbstractItemModel):
    """A read-only tree of sections (nested where the text ranks its headings), with
    the turns of each under it. An index's internal id is its node's id."""

    def __init__(
        self, doc: Document, intro_title: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._nodes = build_tree(doc, intro_title)
        self._top = [i for i, n in enumerate(self._nodes) if n.parent < 0]
        self._read: dict[int, int] = {}  # section node -> whole percent read
        self.followed = ""
        # Each section node's sections: its own and those under it.
        self._spans: dict[int, list[int]] = {}
        for i in reversed(range(len(self._nodes))):
            node = self._nodes[i]
            if node.section >= 0:
                under = (self._spans.get(child, []) for child in node.children)
                self._spans[i] = [node.section, *(s for span in under for s in span)]
        # The deepest node holding each block (its turn, else its section).
        self._where: dict[str, int] = {}
        nodes = list(enumerate(self._nodes))
        by_section = {n.section: i for i, n in nodes if n.section >= 0}
        turns = {n.entry.block_id: i for i, n in nodes if n.section < 0}
        for section in doc.sections:
            here = by_section.get(section.index)
            if here is None:
                continue
            for block_id in section.block_ids:
                here = turns.get(block_id, here)  # a turn's paragraphs stay with it
                self._where[block_id] = here

    def _node(self, index: Index) -> Node | None:
        if not index.isValid():
            return None
        return self._nodes[int(index.internalId())]

    def _children(self, parent: Index) -> list[int]:
        node = self._node(parent)
        if node is None:
            return self._top
        return node.children if parent.column() == 0 else []

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        children = self._children(parent)
        if column not in (0, PERCENT_COLUMN) or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        node = self._node(child)
        if node is None or node.parent < 0:
            return QModelIndex()
        return self.createIndex(self._nodes[node.parent].row, 0, node.parent)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return len(self._children(parent))

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 2  # the entry, and the share read of a section

    def entry(self, index: Index) -> Entry | None:
        node = self._node(index)
        return node.entry if node else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        node = self._node(index)
        if node is None:
            return None
        entry = node.entry
        if index.column() == PERCENT_COLUMN:
            return self._percent_data(int(index.internalId()), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.label
        if role == Qt.ItemDataRole.ForegroundRole and self._dimmed(entry):
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.FontRole and node.section >= 0 and node.parent < 0:
            font = QFont()
            font.setBold(True)  # sections stand out from what is under them
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

    def _percent_data(self, node: int, role: int) -> object:
        read = self._read.get(node)
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

    def set_progress(self, shares: dict[int, float], sizes: dict[int, int]) -> None:
        """Show the share read of each section (``shares`` by section index); a
        section with sections under it shows the share of all of them, weighed by
        their ``sizes`` (characters, ``ProgressMeter.section_chars``)."""
        read = {}
        for node, span in self._spans.items():
            total = sum(sizes.get(s, 0) for s in span)
            done = sum(shares.get(s, 0.0) * sizes.get(s, 0) for s in span)
            read[node] = int(100 * done / total) if total else 0
        changed = [node for node in read if read[node] != self._read.get(node)]
        self._read = read
        for node in changed:
            cell = self.createIndex(self._nodes[node].row, PERCENT_COLUMN, node)
            self.dataChanged.emit(cell, cell)

    def percent_of(self, row: int) -> int | None:
        """The percent shown for top row ``row``, if any."""
        return self._read.get(self._top[row]) if 0 <= row < len(self._top) else None

    def follow(self, speaker: str) -> None:
        """Dim the turns of everyone but ``speaker`` ("" for none)."""
        self.followed = speaker
        self.layoutChanged.emit()  # every turn row's colour may change

    def set_intro_title(self, title: str) -> None:
        """Rename the introduction (the interface language changed)."""
        if self._top:
            node = self._nodes[self._top[0]]
            node.entry = Entry(title, node.entry.block_id, title)
            top = self.index(0, 0)
            self.dataChanged.emit(top, top)

    def index_for_block(self, block_id: str) -> QModelIndex:
        """The deepest row containing ``block_id``: its turn, else its section."""
        node = self._where.get(block_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(self._nodes[node].row, 0, node)


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
