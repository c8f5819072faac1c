"""The annotation store: TinyDB on disk, plain Python objects in memory, no Qt.

Every change is written through to disk before the call returns, and listeners hear of
it only after that, so whatever the UI shows has been saved. Changes are recorded for
undo and redo (``history``). Opening reads and checks every record; each annotation is
placed in the current document (``anchoring``) when anything first needs a place or an
annotation (this keeps opening fast). Those that cannot be placed are kept unchanged
and listed in ``needs_review``; those that moved are saved at their new place then.

Signals (callbacks given to ``subscribe``) receive a ``StoreEvent`` (``events``):
    added / updated / removed: one annotation, ``annotation_id`` set;
    reset: many at once (import, undoing an import), ``annotation_id`` None.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from reader.core.annotations.anchoring import PlacedRange, Resolver
from reader.core.annotations.database import gc_paused, open_database
from reader.core.annotations.events import (
    EventKind,
    Listener,
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
from reader.core.document import Document

__all__ = ["AnnotationStore", "EventKind", "StoreEvent", "matches"]


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
        self._listeners = Listeners()
        self._history = History()
        self._reanchored: set[str] = set()
        with gc_paused():
            opened = open_database(self.path, storage)
        self._db, self._table = opened.db, opened.table
        self.load_report = opened.report
        self._items = {a.id: a for a in opened.records}
        self._unplaced: list[Annotation] | None = opened.records

    # -- placing what was opened ---------------------------------------------------

    def settle(self) -> None:
        """Place every annotation read on opening now (it can take long: a window
        calls this off its UI thread before anything else touches the store)."""
        self._settle()

    def _settle(self) -> None:
        """Place the annotations read on opening, once, before anything uses them."""
        if self._unplaced is not None:
            records, self._unplaced = self._unplaced, None
            with gc_paused():
                self._place_all(records)

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
                self._reanchored.add(annotation.id)
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
    def reanchored(self) -> set[str]:
        """Ids of the annotations that moved to a new place on opening (saved)."""
        self._settle()
        return self._reanchored

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
        old = self.get(annotation_id)
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
        kept even when they cannot be placed: they then need review.
        """
        self._settle()
        seen = {signature(a) for a in self._items.values()}
        fresh: list[Annotation] = []
        for annotation in annotations:
            sig = signature(annotation)
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
        return self._listeners.subscribe(callback)

    def close(self) -> None:
        """Release the database (every change is already on disk)."""
        self._db.close()

    # -- internals -----------------------------------------------------------------

    def _change(self, change: Change, *, record: bool = True) -> None:
        """Write ``change`` to disk, then apply it in memory and tell listeners."""
        self._settle()  # the change's "before" states are the placed ones
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
        self._listeners.notify(event_for(change))

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
