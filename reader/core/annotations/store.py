"""The annotation store: TinyDB on disk, plain Python objects in memory, no Qt.

Every change is written through to disk before the call returns, and listeners hear of
it only after that, so whatever the UI shows has been saved. Changes are recorded for
undo and redo (``history``). On opening, each annotation is placed in the current
document (``anchoring``); those that cannot be placed are kept unchanged and listed in
``needs_review``.

Signals (callbacks given to ``subscribe``) receive a ``StoreEvent``:
    added / updated / removed: one annotation, ``annotation_id`` set;
    reset: many at once (import, undoing an import), ``annotation_id`` None.
"""

from __future__ import annotations

import contextlib
import gc
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import MemoryStorage, Storage
from tinydb.table import Table

from reader.core.annotations import recovery
from reader.core.annotations.anchoring import PlacedRange, Resolver
from reader.core.annotations.history import Change, History, Step
from reader.core.annotations.model import (
    Anchor,
    Annotation,
    RecordError,
    check_color_style,
    new_id,
    now_iso,
)
from reader.core.annotations.storage import AtomicJSONStorage
from reader.core.document import Document

log = logging.getLogger(__name__)


class EventKind(StrEnum):
    """What kind of change a ``StoreEvent`` reports."""

    ADDED = "added"
    UPDATED = "updated"
    REMOVED = "removed"
    RESET = "reset"


@dataclass(frozen=True, slots=True)
class StoreEvent:
    """A saved change: its kind and the annotation (None for a reset)."""

    kind: EventKind
    annotation_id: str | None


Listener = Callable[[StoreEvent], None]


class AnnotationTable(Table):
    """A TinyDB table keyed by annotation id, changed in one write per change."""

    document_id_class = str  # type: ignore[assignment]  # ids are annotation ids

    def apply(
        self, upserts: Mapping[str, dict[str, Any]], removes: Iterable[str]
    ) -> None:
        """Insert or replace ``upserts`` and drop ``removes`` in a single write."""

        def updater(table: dict[str, Any]) -> None:
            for key in removes:
                table.pop(key, None)
            table.update(upserts)

        self._update_table(updater)  # type: ignore[arg-type]  # keys are str here


class _Database(TinyDB):
    table_class = AnnotationTable


class AnnotationStore:
    """Highlights and notes of one document (see the module docstring).

    Args:
        document: the document the annotations are placed in.
        path: the database file; None keeps everything in memory.
        storage: a TinyDB storage class for in-memory use (default MemoryStorage);
            ignored when ``path`` is given (the file always uses AtomicJSONStorage).

    Raises:
        recovery.SchemaTooNewError: the file comes from a newer Yomu (left untouched).
    """

    def __init__(
        self,
        document: Document,
        path: str | Path | None = None,
        *,
        storage: type[Storage] | None = None,
    ) -> None:
        self.document = document
        self.path = None if path is None else Path(path)
        self._resolver = Resolver(document)
        self._items: dict[str, Annotation] = {}
        self._placed: dict[str, PlacedRange] = {}
        self._order: list[Annotation] | None = None
        self._listeners: list[Listener] = []
        self._history = History()
        self.reanchored: set[str] = set()
        with _gc_paused():
            records = self._open(storage)
            self._place_all(records)

    # -- opening -------------------------------------------------------------------

    def _open(self, storage: type[Storage] | None) -> list[Annotation]:
        if self.path is not None:
            self._db = _Database(self.path, storage=AtomicJSONStorage)
            disk = self._db.storage
            assert isinstance(disk, AtomicJSONStorage)
            loaded = recovery.load(disk)
            self.load_report = loaded.report
            if loaded.rewrite:
                disk.write(recovery.empty_tables(loaded.records))
            records = loaded.records
        else:
            self._db = _Database(storage=storage or MemoryStorage)
            self.load_report = recovery.LoadReport()
            records = self._read_memory()
        table = self._db.table(recovery.ANNOTATIONS_TABLE)
        assert isinstance(table, AnnotationTable)
        self._table = table
        return records

    def _read_memory(self) -> list[Annotation]:
        tables = self._db.storage.read() or {}
        records = []
        for raw in tables.get(recovery.ANNOTATIONS_TABLE, {}).values():
            try:
                records.append(Annotation.from_dict(raw))
            except RecordError:
                self.load_report.skipped += 1
        self._db.storage.write(recovery.empty_tables(records))
        return records

    def _place_all(self, records: list[Annotation]) -> None:
        """Place every record; save the re-anchored ones (not an undoable change)."""
        moved: dict[str, dict[str, Any]] = {}
        for annotation in records:
            placed = self._resolver.resolve(annotation.anchor)
            if placed is not None and placed.reanchored:
                annotation = replace(
                    annotation, anchor=placed.anchor, doc_id=self.document.doc_id
                )
                moved[annotation.id] = annotation.to_dict()
                self.reanchored.add(annotation.id)
            self._remember(annotation, placed)
        if moved:
            self._table.apply(moved, ())

    # -- reading -------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, annotation_id: object) -> bool:
        return annotation_id in self._items

    def __iter__(self) -> Iterator[Annotation]:
        return iter(self.all())

    @property
    def resolver(self) -> Resolver:
        """Places anchors in this store's document."""
        return self._resolver

    def get(self, annotation_id: str) -> Annotation:
        """The annotation with this id; raises KeyError if there is none."""
        return self._items[annotation_id]

    def all(self) -> list[Annotation]:
        """All annotations: placed ones in document order, then those needing review."""
        if self._order is None:
            placed = sorted(
                self._placed.items(), key=lambda kv: (kv[1].start, kv[1].end)
            )
            self._order = [self._items[i] for i, _ in placed] + self.needs_review
        return list(self._order)

    def placement(self, annotation_id: str) -> PlacedRange | None:
        """Where the annotation is in the document; None if it needs review."""
        return self._placed.get(annotation_id)

    @property
    def needs_review(self) -> list[Annotation]:
        """Annotations that could not be placed, oldest first; never dropped."""
        lost = [a for i, a in self._items.items() if i not in self._placed]
        return sorted(lost, key=lambda a: (a.created, a.id))

    def search(self, text: str) -> list[Annotation]:
        """Annotations whose quote or note contains ``text`` (case-insensitive)."""
        return [a for a in self.all() if matches(a, text)]

    # -- changing ------------------------------------------------------------------

    def add(
        self,
        anchor: Anchor,
        color: str = "yellow",
        style: str = "highlight",
        note: str = "",
    ) -> Annotation:
        """Save a new annotation and return it.

        Raises:
            ValueError: unknown colour or style, or the anchor is not in the document.
        """
        check_color_style(color, style)
        placed = self._resolver.resolve(anchor)
        if placed is None:
            raise ValueError("the anchor does not match the document")
        stamp = now_iso()
        annotation = Annotation(
            id=new_id(),
            doc_id=self.document.doc_id,
            anchor=placed.anchor,
            color=color,
            style=style,
            note=note,
            created=stamp,
            modified=stamp,
        )
        self._change((Step(None, annotation),))
        return annotation

    def update(
        self,
        annotation_id: str,
        *,
        color: str | None = None,
        style: str | None = None,
        note: str | None = None,
        anchor: Anchor | None = None,
    ) -> Annotation:
        """Change some fields of an annotation; unchanged fields may be left None.

        ``anchor`` re-attaches an annotation (e.g. one that needs review).

        Raises:
            KeyError: no such annotation.
            ValueError: unknown colour or style, or the anchor is not in the document.
        """
        old = self._items[annotation_id]
        fields: dict[str, Any] = {
            k: v
            for k, v in (("color", color), ("style", style), ("note", note))
            if v is not None
        }
        if anchor is not None:
            placed = self._resolver.resolve(anchor)
            if placed is None:
                raise ValueError("the anchor does not match the document")
            fields.update(anchor=placed.anchor, doc_id=self.document.doc_id)
        new = replace(old, **fields)
        if new == old:
            return old
        new = replace(new, modified=now_iso())
        self._change((Step(old, new),))
        return new

    def delete(self, annotation_id: str) -> None:
        """Remove an annotation; raises KeyError if there is none."""
        self._change((Step(self._items[annotation_id], None),))

    def add_many(self, annotations: Sequence[Annotation]) -> list[Annotation]:
        """Add annotations made elsewhere in one write and one undo step.

        Duplicates of what is already here (same id, or same place, quote, note and
        colour) and of each other are left out; the ones added are returned. They are
        kept even when they cannot be placed: they then need review.
        """
        seen = {_signature(a) for a in self._items.values()}
        fresh: list[Annotation] = []
        for annotation in annotations:
            sig = _signature(annotation)
            if annotation.id in self._items or sig in seen:
                continue
            seen.add(sig)
            fresh.append(annotation)
        if fresh:
            self._change(tuple(Step(None, a) for a in fresh))
        return fresh

    # -- undo ----------------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        """Whether ``undo`` would do something."""
        return self._history.can_undo

    @property
    def can_redo(self) -> bool:
        """Whether ``redo`` would do something."""
        return self._history.can_redo

    def undo(self) -> bool:
        """Undo the last change; False if there was none."""
        change = self._history.peek_undo()
        if change is None:
            return False
        self._change(change, record=False)
        self._history.commit_undo()
        return True

    def redo(self) -> bool:
        """Redo the last undone change; False if there was none."""
        change = self._history.peek_redo()
        if change is None:
            return False
        self._change(change, record=False)
        self._history.commit_redo()
        return True

    # -- listeners -----------------------------------------------------------------

    def subscribe(self, callback: Listener) -> Callable[[], None]:
        """Call ``callback`` after each saved change; returns a function to stop."""
        self._listeners.append(callback)
        return lambda: self._listeners.remove(callback)

    def close(self) -> None:
        """Release the database (every change is already on disk)."""
        self._db.close()

    # -- internals -----------------------------------------------------------------

    def _change(self, change: Change, *, record: bool = True) -> None:
        """Write ``change`` to disk, then apply it in memory and tell listeners."""
        upserts = {s.after.id: s.after.to_dict() for s in change if s.after is not None}
        removes = [s.id for s in change if s.after is None]
        self._table.apply(upserts, removes)  # durable before anything else happens
        for step in change:
            if step.after is None:
                self._forget(step.id)
            else:
                self._remember(step.after, self._placement_for(step))
        if record:
            self._history.record(change)
        self._notify(_event(change))

    def _placement_for(self, step: Step) -> PlacedRange | None:
        assert step.after is not None
        old = self._placed.get(step.id)
        if (
            old is not None
            and step.before is not None
            and step.before.anchor == step.after.anchor
        ):
            return old  # same anchor, same place: skip the search
        return self._resolver.resolve(step.after.anchor)

    def _remember(self, annotation: Annotation, placed: PlacedRange | None) -> None:
        self._items[annotation.id] = annotation
        if placed is None:
            self._placed.pop(annotation.id, None)
        else:
            self._placed[annotation.id] = placed
        self._order = None

    def _forget(self, annotation_id: str) -> None:
        self._items.pop(annotation_id, None)
        self._placed.pop(annotation_id, None)
        self.reanchored.discard(annotation_id)
        self._order = None

    def _notify(self, event: StoreEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # one broken view must not stop the others
                log.exception("annotation listener failed")


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cycle collector while loading many acyclic records.

    Every few hundred new objects would otherwise start a collection that walks all
    of them again: a third of the loading time for 10,000 annotations.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _event(change: Change) -> StoreEvent:
    if len(change) != 1:
        return StoreEvent(EventKind.RESET, None)
    step = change[0]
    if step.before is None:
        return StoreEvent(EventKind.ADDED, step.id)
    if step.after is None:
        return StoreEvent(EventKind.REMOVED, step.id)
    return StoreEvent(EventKind.UPDATED, step.id)


def _signature(a: Annotation) -> tuple[object, ...]:
    """What makes two annotations the same highlight, whatever their ids."""
    anchor = a.anchor
    place = (
        anchor.block_id,
        anchor.start,
        anchor.end_block_id,
        anchor.end,
        anchor.exact,
    )
    return (place, a.note, a.color)


def matches(
    annotation: Annotation,
    query: str = "",
    colors: Iterable[str] | None = None,
    has_note: bool | None = None,
) -> bool:
    """Whether an annotation passes the panel's filters.

    Args:
        annotation: the annotation to test.
        query: text to find in the quote or the note, case-insensitive ("" matches all).
        colors: colours to keep (None keeps all).
        has_note: True keeps those with a note, False those without, None all.
    """
    if colors is not None and annotation.color not in set(colors):
        return False
    if has_note is not None and bool(annotation.note.strip()) != has_note:
        return False
    needle = query.casefold().strip()
    if not needle:
        return True
    return (
        needle in annotation.anchor.exact.casefold()
        or needle in annotation.note.casefold()
    )
