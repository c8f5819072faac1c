"""Bookmarks (no Qt): places the reader marked in a document, apart from highlights.

They live in the annotations file, table ``bookmarks`` (schema 5), opened through
the same code as the other stores (``annotations.database``: version check,
repairs, migrations, atomic writes). A bookmark belongs to one document (its
``Document.key``) and is a reading position: a block and the fraction of it above
the top of the pane, with a short excerpt of the text there as its label.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from reader.core.annotations.database import open_database
from reader.core.annotations.errors import ReadOnlyStoreError, StoreWriteError
from reader.core.annotations.model import new_id, now_iso
from reader.core.annotations.recovery import BOOKMARKS_TABLE, OpenMode
from reader.core.annotations.storage import StorageType
from reader.core.text.document import Document

LABEL_CHARS = 24


@dataclass(frozen=True)
class Bookmark:
    """One marked place.

    Attributes:
        id: unique id.
        doc_key: the document's key.
        block: the block at the top of the pane.
        fraction: how far into the block (0 to 1).
        label: the text there, shortened.
        added: when it was made (ISO 8601).
    """

    id: str
    doc_key: str
    block: str
    fraction: float
    label: str
    added: str

    @classmethod
    def from_dict(cls, raw: Any) -> Bookmark | None:
        """The bookmark of a stored record, or None if the record is not one."""
        if not isinstance(raw, dict):
            return None
        try:
            fraction = float(raw.get("fraction", 0.0))
        except (TypeError, ValueError):
            return None
        fields = ("id", "doc_key", "block", "label", "added")
        if not all(isinstance(raw.get(name), str) for name in fields):
            return None
        return cls(
            raw["id"],
            raw["doc_key"],
            raw["block"],
            min(max(fraction, 0.0), 1.0),
            raw["label"],
            raw["added"],
        )


def excerpt(doc: Document, block_id: str, fraction: float) -> str:
    """A label for a place: the text from there, shortened."""
    block = doc.get(block_id)
    if block is None:
        return block_id
    start = int(len(block.text) * min(max(fraction, 0.0), 1.0))
    text = " ".join(block.text[start:].split()) or " ".join(block.text.split())
    short = text[:LABEL_CHARS] + ("…" if len(text) > LABEL_CHARS else "")
    return f"{block.speaker}: {short}" if block.speaker else short


class Bookmarks:
    """The bookmarks of one document, saved on every change.

    Args:
        document: the document whose bookmarks these are.
        path: the annotations file; None keeps everything in memory.
        storage: a TinyDB storage class for in-memory use (tests).
        mode: what opening may do to a damaged file (``OpenMode``).
    """

    def __init__(
        self,
        document: Document,
        path: str | Path | None = None,
        *,
        storage: StorageType | None = None,
        mode: OpenMode = OpenMode.REPAIR,
    ) -> None:
        self.document = document
        opened = open_database(None if path is None else Path(path), storage, mode)
        self._db = opened.db
        self.load_report = opened.report
        self._read_only = opened.report.read_only
        table = opened.tables.get(BOOKMARKS_TABLE)
        self._items: dict[str, Bookmark] = {}
        for key, raw in (table if isinstance(table, dict) else {}).items():
            mark = Bookmark.from_dict(raw)
            if mark is not None and mark.id == key and mark.doc_key == document.key:
                self._items[key] = mark

    def __len__(self) -> int:
        return len(self._items)

    def all(self) -> list[Bookmark]:
        """This document's bookmarks in reading order (unknown blocks last)."""
        order = {b.id: i for i, b in enumerate(self.document.blocks)}
        end = len(order)
        return sorted(
            self._items.values(),
            key=lambda m: (order.get(m.block, end), m.fraction, m.added),
        )

    def add(self, block: str, fraction: float) -> Bookmark:
        """Mark the place ``fraction`` into ``block``; saved before it returns.

        Raises:
            ReadOnlyStoreError: the file may not be changed.
            StoreWriteError: the save failed (nothing changed).
        """
        mark = Bookmark(
            new_id(),
            self.document.key,
            block,
            min(max(fraction, 0.0), 1.0),
            excerpt(self.document, block, fraction),
            now_iso(),
        )
        self._write({mark.id: asdict(mark)}, ())
        self._items[mark.id] = mark
        return mark

    def remove(self, bookmark_id: str) -> bool:
        """Delete a bookmark; False when there is none with that id."""
        if bookmark_id not in self._items:
            return False
        self._write({}, (bookmark_id,))
        del self._items[bookmark_id]
        return True

    def _write(
        self, upserts: dict[str, dict[str, Any]], removes: tuple[str, ...]
    ) -> None:
        if self._read_only is not None:
            raise ReadOnlyStoreError(self._read_only)
        try:
            self._db.apply({BOOKMARKS_TABLE: (upserts, removes)})
        except OSError as exc:
            raise StoreWriteError(f"could not save the bookmarks: {exc}") from exc
