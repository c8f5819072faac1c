"""The annotations panel: every highlight in document order, grouped by section.

Signals (AnnotationsPanel):
    annotation_activated(str): the reader chose a highlight; scroll there and flash it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import Annotation, AnnotationStore, matches
from reader.core.choices import HighlightColor
from reader.core.find import SoundMatcher, annotation_matches, quote_words
from reader.core.page.textforms import inline_readings
from reader.core.page.wordslice import slice_words
from reader.core.readings import Word
from reader.ui import plain
from reader.ui.i18n import color_names, tr

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADER_ROLE = Qt.ItemDataRole.UserRole + 2
SWATCH = {c.value: c.swatch for c in HighlightColor}  # the page's swatches


@dataclass(frozen=True)
class Row:
    """A section header (annotation None) or one annotation."""

    title: str
    annotation: Annotation | None = None

    @property
    def key(self) -> tuple[str, str]:
        """What makes a row the same row before and after a change."""
        a = self.annotation
        return ("header", self.title) if a is None else ("annotation", a.id)


def shared_ends(old: Sequence[object], new: Sequence[object]) -> tuple[int, int]:
    """How many items ``old`` and ``new`` share at their start, and then at their
    end (never overlapping the start)."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[-1 - end] == new[-1 - end]:
        end += 1
    return start, end


class AnnotationListModel(QAbstractListModel):
    """A flat list: a header row before each section's highlights, then review items."""

    def __init__(
        self,
        store: AnnotationStore,
        intro_title: str,
        readings: Callable[[], Mapping[str, Sequence[Word]]],
        parent: QObject | None = None,
        *,
        ready: bool = True,
        matcher: SoundMatcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        # Without a reader, quotes match by the document's readings and notes by
        # text: reading every note would load the reading engine on the UI thread.
        self._matcher = matcher or SoundMatcher()
        self.ready = ready  # False while the store is being placed or imported into
        self.intro_title = intro_title
        self._readings = readings
        self.query = ""
        self.colors: set[str] | None = None
        self.has_note: bool | None = None
        self.with_readings = False
        self._rows: list[Row] = []
        self.refresh()

    def set_filter(
        self,
        query: str = "",
        colors: set[str] | None = None,
        has_note: bool | None = None,
    ) -> None:
        self.query, self.colors, self.has_note = query, colors, has_note
        self.refresh()

    def set_matcher(self, matcher: SoundMatcher) -> None:
        """Search with ``matcher`` from now on (notes read since), and again now."""
        self._matcher = matcher
        if self.query:
            self.refresh()

    def set_ready(self, ready: bool) -> None:
        """Read the store again (True), or keep the rows shown until then (False)."""
        self.ready = ready
        self.refresh()

    def refresh(self, *, text_changed: bool = False) -> None:
        """Follow the store: insert, remove and change just the rows that differ.

        Args:
            text_changed: every row's text may have changed (readings came in, or
                quotes switched to or from readings), not only changed rows'.
        """
        if not self.ready:
            return  # a job is using the store: keep the rows shown
        new = self._build()
        self._splice(new)
        changed = [
            i
            for i, (old, now) in enumerate(zip(self._rows, new, strict=True))
            if text_changed or old != now
        ]
        self._rows = new
        for i in changed:  # rows whose annotation changed (colour, note, …)
            index = self.index(i, 0)
            self.dataChanged.emit(index, index)

    def _splice(self, new: list[Row]) -> None:
        """Remove and insert the run of rows between what the old and new lists
        share at their start and at their end; afterwards the keys match ``new``."""
        old_keys = [r.key for r in self._rows]
        new_keys = [r.key for r in new]
        start, end = shared_ends(old_keys, new_keys)
        old_stop, new_stop = len(old_keys) - end, len(new_keys) - end
        if old_stop > start:
            self.beginRemoveRows(_ROOT, start, old_stop - 1)
            del self._rows[start:old_stop]
            self.endRemoveRows()
        if new_stop > start:
            self.beginInsertRows(_ROOT, start, new_stop - 1)
            self._rows[start:start] = new[start:new_stop]
            self.endInsertRows()

    def _section_title(self, annotation: Annotation) -> str:
        block = self.store.document.get(annotation.anchor.block_id)
        if block is None or block.section < 0:
            return tr("After the interview")
        return self.store.document.sections[block.section].title or self.intro_title

    def _build(self) -> list[Row]:
        review = {a.id for a in self.store.needs_review}
        rows: list[Row] = []
        last = None
        readings = self._readings() if self.query.strip() else {}
        for annotation in self.store.all():
            if not self._keeps(annotation, readings):
                continue
            title = (
                tr("Needs review")
                if annotation.id in review
                else self._section_title(annotation)
            )
            if title != last:
                rows.append(Row(title))
                last = title
            rows.append(Row(title, annotation))
        return rows

    def _keeps(
        self, annotation: Annotation, readings: Mapping[str, Sequence[Word]]
    ) -> bool:
        """The filters, and the search by text, kana or romaji (quote and note)."""
        if not matches(annotation, "", self.colors, self.has_note):
            return False
        words = quote_words(readings, self.store.placement(annotation.id))
        return annotation_matches(annotation, self.query, self._matcher, words)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def row_at(self, index: Index) -> Row | None:
        ok = index.isValid() and 0 <= index.row() < len(self._rows)
        return self._rows[index.row()] if ok else None

    def quote(self, annotation: Annotation) -> str:
        """The quoted text, with readings inline if the reader asked for them."""
        placed = self.store.placement(annotation.id)
        readings = self._readings()
        if not self.with_readings or placed is None or not readings:
            return annotation.anchor.exact
        parts = []
        for piece in placed.pieces:
            words = readings.get(piece.block_id, ())
            parts.append(inline_readings(slice_words(words, piece.start, piece.end)))
        return "\n".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index)
        if row is None:
            return None
        a = row.annotation
        if role == HEADER_ROLE:
            return a is None
        if a is None:
            return self._header_data(row, role)
        return self._item_data(a, role)

    def _header_data(self, row: Row, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _item_data(self, a: Annotation, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            block = self.store.document.get(a.anchor.block_id)
            speaker = (
                f"{block.speaker}: " if block is not None and block.speaker else ""
            )
            text = f"{speaker}「{self.quote(a)}」"
            return text + (f"\n✎ {a.note}" if a.note else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain.tooltip(a.anchor.exact + (f"\n\n{a.note}" if a.note else ""))
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(SWATCH.get(a.color, "#cccccc"))
        if role == ID_ROLE:
            return a.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        row = self.row_at(index)
        if row is None:
            return Qt.ItemFlag.NoItemFlags
        if row.annotation is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AnnotationsPanel(QDockWidget):
    """A dock with filters and the list of highlights."""

    annotation_activated = Signal(str)

    def __init__(
        self, model: AnnotationListModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(tr("Annotations"), parent)
        self.setObjectName("annotationsPanel")
        self.model = model
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search quotes and notes"))
        self.search.setClearButtonEnabled(True)
        self.color = QComboBox(self)
        self.color.addItem(tr("All colours"), "")
        for color, name in color_names().items():
            self.color.addItem(name, color)
        self.notes_only = QCheckBox(tr("With notes"), self)
        self.readings = QCheckBox(tr("Readings"), self)
        self.list = QListView(self)
        self.list.setModel(model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(False)
        self.list.setSpacing(2)
        self._layout()
        for signal in (
            self.search.textChanged,
            self.color.currentIndexChanged,
            self.notes_only.toggled,
        ):
            signal.connect(self._apply_filter)
        self.readings.toggled.connect(self._toggle_readings)
        self.list.activated.connect(self._activate)
        self.list.clicked.connect(self._activate)

    def _layout(self) -> None:
        body = QWidget(self)
        filters = QHBoxLayout()
        filters.addWidget(self.color)
        filters.addWidget(self.notes_only)
        filters.addWidget(self.readings)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        self.setWidget(body)

    def _apply_filter(self) -> None:
        color = self.color.currentData()
        self.model.set_filter(
            self.search.text(),
            {color} if color else None,
            True if self.notes_only.isChecked() else None,
        )

    def _toggle_readings(self, on: bool) -> None:
        self.model.with_readings = on
        self.model.refresh(text_changed=True)

    def _activate(self, index: QModelIndex) -> None:
        annotation_id = index.data(ID_ROLE)
        if annotation_id:
            self.annotation_activated.emit(annotation_id)

    def current_id(self) -> str | None:
        value = self.list.currentIndex().data(ID_ROLE)
        return value if isinstance(value, str) else None
