"""The vocabulary store: entries of one document, in the annotations file (schema 3).

It opens the same TinyDB file as the ``AnnotationStore`` through the same code
(``annotations.database``): the same version check, repair rules, migrations and
atomic writes. A change is one write that replaces only the entries it names, so
annotations and other documents' entries come back as they were. Entries are
placed with the annotations' ``Resolver``: an entry whose text moved is found again
and saved at its new place; one that cannot be placed is kept, unchanged, in
``needs_review``. Records that are not entries are left in the file, unread
(``skipped`` counts them).

Signals (callbacks given to ``subscribe``) receive a ``VocabEvent`` (``events``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from reader.core.annotations.anchoring import PlacedRange, Resolver
from reader.core.annotations.database import open_database
from reader.core.annotations.errors import ReadOnlyStoreError, StoreWriteError
from reader.core.annotations.model import Anchor, RecordError, new_id, now_iso
from reader.core.annotations.recovery import VOCABULARY_TABLE, OpenMode
from reader.core.annotations.storage import StorageType
from reader.core.annotations.textcheck import is_clean
from reader.core.changes import Undoable
from reader.core.text.document import Document, Section
from reader.core.vocabulary.events import Listeners, VocabEvent, event_for
from reader.core.vocabulary.history import Change, History, Step
from reader.core.vocabulary.model import VocabDraft, VocabEntry

log = logging.getLogger(__name__)
#: Fields ``update`` may change.
EDITABLE = (
    "word",
    "form",
    "reading",
    "romaji",
    "gloss",
    "sense",
    "sentence",
    "word_at",
    "note",
)


class VocabularyStore(Undoable[VocabEntry, VocabEvent]):
    """The vocabulary of one document (see the module docstring).

    Args:
        document: the document the entries are placed in.
        path: the annotations file; None keeps everything in memory.
        storage: a TinyDB storage class for in-memory use (tests).
        mode: what opening may do to a damaged file (``OpenMode``).

    Raises:
        UnusableStoreError: the path is not a regular file or is unreadable.
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
        opened = open_database(self.path, storage, mode)
        self._db = opened.db
        self.load_report = opened.report
        self._read_only = opened.report.read_only or (
            "opened read-only (an export)" if mode is OpenMode.READ else None
        )
        table = opened.tables.get(VOCABULARY_TABLE)
        mine, self.skipped = _read_entries(table, document.key)
        self._items = {e.id: e for e in mine}
        self._others = (
            set(table) - set(self._items) if isinstance(table, dict) else set()
        )
        self._placed: dict[str, PlacedRange] = {}
        self._order: list[VocabEntry] | None = None
        self._listeners = Listeners()
        self._history = History()
        self._place_all()

    def _place_all(self) -> None:
        """Place every entry; save those that moved (not an undoable change)."""
        moved: dict[str, dict[str, Any]] = {}
        for entry in list(self._items.values()):
            placed = self._resolver.resolve(entry.anchor)
            if placed is not None:
                self._placed[entry.id] = placed
                if placed.reanchored:
                    entry = replace(
                        entry, anchor=placed.anchor, doc_id=self.document.doc_id
                    )
                    self._items[entry.id] = entry
                    moved[entry.id] = entry.to_dict()
        if moved and self._read_only is None:
            try:
                self._db.apply({VOCABULARY_TABLE: (moved, ())})
            except OSError as exc:  # found again next time
                log.warning("vocabulary: could not save new places: %s", exc)

    # -- reading -------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._items

    def __iter__(self) -> Iterator[VocabEntry]:
        return iter(self.all())

    @property
    def read_only(self) -> str | None:
        """Why the store refuses changes (one line), or None."""
        return self._read_only

    def get(self, entry_id: str) -> VocabEntry:
        """The entry with this id; raises KeyError if there is none."""
        return self._items[entry_id]

    def all(self) -> list[VocabEntry]:
        """Placed entries in document order, then those needing review."""
        if self._order is None:
            placed = sorted(self._placed.items(), key=lambda kv: (kv[1].start, kv[0]))
            self._order = [self._items[i] for i, _ in placed] + self.needs_review
        return list(self._order)

    def placement(self, entry_id: str) -> PlacedRange | None:
        """Where the entry is in the document; None if it needs review."""
        return self._placed.get(entry_id)

    @property
    def needs_review(self) -> list[VocabEntry]:
        """Entries that could not be placed, oldest first; never dropped."""
        lost = [e for i, e in self._items.items() if i not in self._placed]
        return sorted(lost, key=lambda e: (e.created, e.id))

    def section_of(self, entry_id: str) -> Section | None:
        """The section the entry is in; None if it needs review (or the footer)."""
        placed = self._placed.get(entry_id)
        if placed is None or not placed.pieces:
            return None
        index = self.document.block(placed.pieces[0].block_id).section
        sections = self.document.sections
        return sections[index] if 0 <= index < len(sections) else None

    def by_section(
        self, entries: Iterable[VocabEntry] | None = None
    ) -> list[tuple[Section | None, list[VocabEntry]]]:
        """Entries grouped by section in document order; unplaced ones last (None)."""
        groups: dict[int, tuple[Section | None, list[VocabEntry]]] = {}
        for entry in self.all() if entries is None else entries:
            section = self.section_of(entry.id)
            key = section.index if section is not None else 1 << 30
            groups.setdefault(key, (section, []))[1].append(entry)
        return [groups[k] for k in sorted(groups)]

    # -- changing ------------------------------------------------------------------

    def add(self, draft: VocabDraft, note: str = "") -> VocabEntry:
        """Save a new entry from ``draft`` and return it.

        Raises:
            ValueError: the anchor is not in the document, or text cannot be saved.
        """
        placed = self._resolver.resolve(draft.anchor)
        if placed is None:
            raise ValueError("the anchor does not match the document")
        stamp = now_iso()
        entry = VocabEntry(
            id=new_id(),
            doc_key=self.document.key,
            doc_id=self.document.doc_id,
            note=note,
            created=stamp,
            modified=stamp,
            **{**_draft_fields(draft), "anchor": placed.anchor},
        )
        _check_text(entry)
        self._change((Step(None, entry),))
        return entry

    def update(
        self, entry_id: str, *, anchor: Anchor | None = None, **values: Any
    ) -> VocabEntry:
        """Change fields of an entry (any of ``EDITABLE``; ``anchor`` re-attaches).

        Raises:
            KeyError: no such entry.
            ValueError: an unknown field, a bad value, or an anchor not in the text.
        """
        old = self.get(entry_id)
        unknown = set(values) - set(EDITABLE)
        if unknown:
            raise ValueError(f"cannot change {', '.join(sorted(unknown))}")
        new = replace(old, **values)
        if anchor is not None:
            placed = self._resolver.resolve(anchor)
            if placed is None:
                raise ValueError("the anchor does not match the document")
            new = replace(new, anchor=placed.anchor, doc_id=self.document.doc_id)
        VocabEntry.from_dict(new.to_dict())  # raises RecordError (a ValueError)
        _check_text(new)
        if new == old:
            return old
        new = replace(new, modified=now_iso())
        self._change((Step(old, new),))
        return new

    def delete(self, entry_id: str) -> None:
        """Remove an entry; raises KeyError if there is none."""
        self._change((Step(self.get(entry_id), None),))

    def delete_many(self, entry_ids: Sequence[str]) -> None:
        """Remove several entries in one write and one undo step."""
        steps = tuple(Step(self.get(i), None) for i in dict.fromkeys(entry_ids))
        if steps:
            self._change(steps)

    def add_many(self, entries: Sequence[VocabEntry]) -> list[VocabEntry]:
        """Add entries made elsewhere (an import) in one write and one undo step.

        An entry with the same word at the same place as one already here is left
        out; entries are kept even when they cannot be placed (needs review).
        """
        seen = {_signature(e) for e in self._items.values()}
        fresh: list[VocabEntry] = []
        for entry in entries:
            if entry.id in self._items or _signature(entry) in seen:
                continue
            seen.add(_signature(entry))
            _check_text(entry)
            new = new_id() if entry.id in self._others else entry.id
            fresh.append(replace(entry, id=new, doc_key=self.document.key))
        if fresh:
            self._change(tuple(Step(None, e) for e in fresh))
        return fresh


    def close(self) -> None:
        """Release the database (every change is already on disk)."""
        self._db.close()

    # -- internals -----------------------------------------------------------------

    def _change(self, change: Change, *, record: bool = True) -> None:
        """Write ``change``, then apply it in memory and tell listeners."""
        if self._read_only is not None:
            raise ReadOnlyStoreError(f"vocabulary not saved: {self._read_only}")
        places = {s.id: self._placement_for(s) for s in change if s.after is not None}
        upserts = {s.id: s.after.to_dict() for s in change if s.after is not None}
        removes = [s.id for s in change if s.after is None]
        try:
            self._db.apply({VOCABULARY_TABLE: (upserts, removes)})
        except StoreWriteError:
            raise
        except OSError as exc:
            where = self.path if self.path is not None else "memory"
            raise StoreWriteError(
                f"vocabulary not saved to {where}: {exc.strerror or exc}", exc.errno
            ) from exc
        for step in change:
            self._apply(step, places.get(step.id))
        if record:
            self._history.record(change)
        self._listeners.notify(event_for(change))

    def _placement_for(self, step: Step) -> PlacedRange | None:
        assert step.after is not None
        old = self._placed.get(step.id)
        same = step.before is not None and step.before.anchor == step.after.anchor
        if old is not None and same:
            return old
        return self._resolver.resolve(step.after.anchor)

    def _apply(self, step: Step, placed: PlacedRange | None) -> None:
        self._order = None
        if step.after is None:
            self._items.pop(step.id, None)
            self._placed.pop(step.id, None)
            return
        self._items[step.id] = step.after
        if placed is None:
            self._placed.pop(step.id, None)
        else:
            self._placed[step.id] = placed


def _read_entries(table: object, key: str) -> tuple[list[VocabEntry], int]:
    """This document's sound entries, and how many records were not entries."""
    if not isinstance(table, dict):
        return [], 0
    mine: list[VocabEntry] = []
    skipped = 0
    for record_id, raw in table.items():
        try:
            entry = VocabEntry.from_dict(raw)
        except RecordError:
            skipped += 1
            continue
        if entry.id != record_id:
            skipped += 1
        elif entry.doc_key == key:
            mine.append(entry)
    return mine, skipped


def _draft_fields(draft: VocabDraft) -> dict[str, Any]:
    return {name: getattr(draft, name) for name in VocabDraft.__dataclass_fields__}


def _signature(entry: VocabEntry) -> tuple[object, ...]:
    a = entry.anchor
    return (entry.word, a.block_id, a.start, a.end_block_id, a.end, a.exact)


def _check_text(entry: VocabEntry) -> None:
    text = "".join(str(v) for v in entry.to_dict().values() if isinstance(v, str))
    if not is_clean(text + entry.anchor.exact):
        raise ValueError("the text holds characters that cannot be saved (surrogates)")
