"""The annotation store: TinyDB on disk, plain Python objects in memory, no Qt.

Every change is written through to disk before the call returns, and listeners hear of
it only after that, so whatever the UI shows has been saved. A save that fails leaves
the store's memory, history and listeners as they were and raises
``StoreWriteError`` (an ``OSError``). Changes are recorded for undo and redo
(``history``).

The file may hold the annotations of many documents; a store sees, places and writes
only those of its own document (``ownership``), and leaves the others' records as
they are. Opening reads and checks every record; each annotation is placed in the
document (``anchoring``) by ``settle``, which the window runs off the UI thread, or
else when anything first needs a place. Those that cannot be placed are kept
unchanged and listed in ``needs_review`` (and remembered, so the next opening of the
same text does not search again); those that moved are saved at their new place.

Signals (callbacks given to ``subscribe``) receive a ``StoreEvent`` (``events``):
    added / updated / removed: one annotation, ``annotation_id`` set;
    reset: many at once (import, undoing an import), ``annotation_id`` None.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from reader.core.annotations.anchoring import PlacedRange, Resolver
from reader.core.annotations.database import Changes, gc_paused, open_database
from reader.core.annotations.errors import ReadOnlyStoreError, StoreWriteError
from reader.core.annotations.events import (
    EventKind,
    Listeners,
    StoreEvent,
    event_for,
)
from reader.core.annotations.history import Change, History, Step
from reader.core.annotations.matching import matches, signature
from reader.core.annotations.model import (
    Anchor,
    Annotation,
    check_color_style,
    new_id,
    now_iso,
)
from reader.core.annotations.ownership import Mark, claims, mark_for, marks_of
from reader.core.annotations.recovery import ANNOTATIONS_TABLE, UNPLACED_TABLE, OpenMode
from reader.core.annotations.storage import StorageType
from reader.core.annotations.textcheck import is_clean
from reader.core.changes import Undoable
from reader.core.text.document import Document

__all__ = ["AnnotationStore", "EventKind", "OpenMode", "StoreEvent", "matches"]
log = logging.getLogger(__name__)


class AnnotationStore(Undoable[Annotation, StoreEvent]):
    """Highlights and notes of one document (see the module docstring).

    Args:
        document: the document the annotations are placed in.
        path: the database file; None keeps everything in memory.
        storage: a TinyDB storage class for in-memory use (default MemoryStorage);
            ignored when ``path`` is given (the file always uses AtomicJSONStorage).
        mode: what opening may do to a damaged file (``OpenMode``): the window
            repairs it, the command line refuses it.

    Attributes:
        load_report: what opening found (``recovery.LoadReport``).

    Raises:
        UnusableStoreError: the path is a folder, a FIFO, a dangling link or
            unreadable; nothing was moved or created.
        DamagedStoreError: the file is damaged and ``mode`` is not REPAIR.
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
        self.path = None if path is None else Path(path)
        self._resolver = Resolver(document)
        self._placed: dict[str, PlacedRange] = {}
        self._order: list[Annotation] | None = None
        self._listeners = Listeners()
        self._history = History()
        self._reanchored: set[str] = set()
        self._settling = threading.Lock()
        with gc_paused():
            opened = open_database(self.path, storage, mode)
        self._db = opened.db
        self.load_report = opened.report
        self._read_only = opened.report.read_only or (
            "opened read-only (an export)" if mode is OpenMode.READ else None
        )
        mine, claimed, self._others = claims(opened.records, document, self._resolver)
        self._items = {a.id: a for a in mine}
        unplaced = opened.tables.get(UNPLACED_TABLE, {})
        self._marks = marks_of(unplaced, self._items)
        self._unplaced: list[Annotation] | None = mine
        if claimed:
            self._save_quietly({a.id: a.to_dict() for a in claimed}, {}, ())

    # -- placing what was opened ---------------------------------------------------

    def settle(self) -> None:
        """Place every annotation in the document; the slow part of opening.

        Runs once (later calls return at once) and may run in a worker thread: a
        call from another thread meanwhile waits for it. Everything that reads
        places calls it first.
        """
        with self._settling:
            if self._unplaced is not None:
                with gc_paused():
                    self._place_all(self._unplaced)
                self._unplaced = None

    _settle = settle

    def _place_all(self, records: list[Annotation]) -> None:
        """Place every record; save the re-anchored ones (not an undoable change)."""
        moved: dict[str, dict[str, Any]] = {}
        marks: dict[str, Mark] = {}
        for annotation in records:
            placed = self._place(annotation, marks)
            if placed is not None and placed.reanchored:
                annotation = replace(
                    annotation, anchor=placed.anchor, doc_id=self.document.doc_id
                )
                moved[annotation.id] = annotation.to_dict()
                self._reanchored.add(annotation.id)
            self._remember(annotation, placed)
        stale = [i for i in self._marks if i in self._placed]
        if moved or marks or stale:
            self._save_quietly(moved, marks, stale)
            self._marks.update(marks)
            for key in stale:
                del self._marks[key]

    def _place(
        self, annotation: Annotation, marks: dict[str, Mark]
    ) -> PlacedRange | None:
        """Where ``annotation`` goes; a known miss is not searched for again."""
        known = self._marks.get(annotation.id)
        if known is not None and known == mark_for(annotation, self.document):
            return None
        placed = self._resolver.resolve(annotation.anchor)
        if placed is None:
            marks[annotation.id] = mark_for(annotation, self.document)
        return placed

    def _save_quietly(
        self,
        upserts: dict[str, dict[str, Any]],
        marks: dict[str, Mark],
        unmark: Sequence[str],
    ) -> None:
        """Save what opening found (claims, new places, misses), if the store may.

        Nothing is lost if this fails: the same is found again next time.
        """
        if self._read_only is not None:
            return
        try:
            self._db.apply(
                {ANNOTATIONS_TABLE: (upserts, ()), UNPLACED_TABLE: (marks, unmark)}
            )
        except OSError as exc:
            log.warning("annotations: could not save what opening found: %s", exc)

    # -- reading -------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, annotation_id: object) -> bool:
        return annotation_id in self._items

    def __iter__(self) -> Iterator[Annotation]:
        return iter(self.all())

    @property
    def reanchored(self) -> set[str]:
        """Ids of the annotations that moved to a new place on opening (saved)."""
        self._settle()
        return self._reanchored

    @property
    def read_only(self) -> str | None:
        """Why the store refuses changes (one line), or None if it accepts them."""
        return self._read_only

    @property
    def resolver(self) -> Resolver:
        """Places anchors in this store's document."""
        return self._resolver

    def get(self, annotation_id: str) -> Annotation:
        """The annotation with this id; raises KeyError if there is none."""
        self._settle()
        return self._items[annotation_id]

    def all(self) -> list[Annotation]:
        """All annotations: placed ones in document order, then those needing review."""
        self._settle()
        if self._order is None:
            placed = sorted(
                self._placed.items(), key=lambda kv: (kv[1].start, kv[1].end)
            )
            self._order = [self._items[i] for i, _ in placed] + self.needs_review
        return list(self._order)

    def placement(self, annotation_id: str) -> PlacedRange | None:
        """Where the annotation is in the document; None if it needs review."""
        self._settle()
        return self._placed.get(annotation_id)

    @property
    def needs_review(self) -> list[Annotation]:
        """Annotations that could not be placed, oldest first; never dropped."""
        self._settle()
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
        _check_note(note)
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
            doc_key=self.document.key,
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
        old = self.get(annotation_id)
        if note is not None:
            _check_note(note)
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
        self._change((Step(self.get(annotation_id), None),))

    def add_many(self, annotations: Sequence[Annotation]) -> list[Annotation]:
        """Add annotations made elsewhere in one write and one undo step.

        Duplicates of what is already here (same id, or same place, quote, note and
        colour) and of each other are left out; the ones added are returned. They are
        kept even when they cannot be placed: they then need review. They belong to
        this document from then on; one whose id another document's record has gets
        a new id (that record stays as it is).
        """
        self._settle()
        seen = {signature(a) for a in self._items.values()}
        fresh: list[Annotation] = []
        for annotation in annotations:
            sig = signature(annotation)
            if annotation.id in self._items or sig in seen:
                continue
            seen.add(sig)
            _check_note(annotation.note + annotation.anchor.exact)
            new = new_id() if annotation.id in self._others else annotation.id
            fresh.append(replace(annotation, id=new, doc_key=self.document.key))
        if fresh:
            self._change(tuple(Step(None, a) for a in fresh))
        return fresh

    def close(self) -> None:
        """Release the database (every change is already on disk)."""
        self._db.close()

    # -- internals -----------------------------------------------------------------

    def _change(self, change: Change, *, record: bool = True) -> None:
        """Write ``change`` to disk, then apply it in memory and tell listeners.

        Everything that can fail happens before the write, and nothing after it can:
        a failed write leaves memory, history and listeners untouched.
        """
        self._settle()  # the change's "before" states are the placed ones
        if self._read_only is not None:
            raise ReadOnlyStoreError(f"annotations not saved: {self._read_only}")
        places = {s.id: self._placement_for(s) for s in change if s.after is not None}
        upserts = {s.after.id: s.after.to_dict() for s in change if s.after is not None}
        removes = [s.id for s in change if s.after is None]
        marks = {
            s.id: mark_for(s.after, self.document)
            for s in change
            if s.after is not None and places[s.id] is None
        }
        unmark = [i for i in self._marks if i in removes or places.get(i)]
        self._write(
            {ANNOTATIONS_TABLE: (upserts, removes), UNPLACED_TABLE: (marks, unmark)}
        )  # durable before anything else happens
        for key in unmark:
            del self._marks[key]
        self._marks.update(marks)
        for step in change:
            if step.after is None:
                self._forget(step.id)
            else:
                self._remember(step.after, places[step.id])
        if record:
            self._history.record(change)
        self._listeners.notify(event_for(change))

    def _write(self, changes: Changes) -> None:
        try:
            self._db.apply(changes)
        except StoreWriteError:
            raise
        except OSError as exc:
            where = self.path if self.path is not None else "memory"
            raise StoreWriteError(
                f"annotations not saved to {where}: {exc.strerror or exc}", exc.errno
            ) from exc

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
        self._reanchored.discard(annotation_id)
        self._order = None


def _check_note(text: str) -> None:
    """Refuse text that could not be saved (it would make every write fail)."""
    if not is_clean(text):
        raise ValueError("the text holds characters that cannot be saved (surrogates)")
