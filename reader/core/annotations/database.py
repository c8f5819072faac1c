"""The TinyDB side of the store: a table keyed by annotation id, and opening it.

A file always goes through ``AtomicJSONStorage`` and ``recovery.load`` (damaged files
are moved aside, old schemas migrated); other storages (memory, in tests) are read
record by record and written back clean.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import MemoryStorage, Storage
from tinydb.table import Table

from reader.core.annotations import recovery
from reader.core.annotations.model import Annotation, RecordError
from reader.core.annotations.storage import AtomicJSONStorage


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


class AnnotationDatabase(TinyDB):
    """TinyDB whose tables are ``AnnotationTable``s."""

    table_class = AnnotationTable


@dataclass
class Opened:
    """An open database: its annotations table, the sound records, the report."""

    db: AnnotationDatabase
    table: AnnotationTable
    records: list[Annotation]
    report: recovery.LoadReport


def open_database(path: Path | None, storage: type[Storage] | None) -> Opened:
    """Open the file at ``path``, or (``path`` None) a ``storage``, default memory."""
    if path is not None:
        db = AnnotationDatabase(path, storage=AtomicJSONStorage)
        records, report = _read_file(db)
    else:
        db = AnnotationDatabase(storage=storage or MemoryStorage)
        records, report = _read_other(db)
    table = db.table(recovery.ANNOTATIONS_TABLE)
    assert isinstance(table, AnnotationTable)
    return Opened(db, table, records, report)


def _read_file(db: AnnotationDatabase) -> tuple[list[Annotation], recovery.LoadReport]:
    disk = db.storage
    assert isinstance(disk, AtomicJSONStorage)
    loaded = recovery.load(disk)
    if loaded.rewrite:
        disk.write(recovery.empty_tables(loaded.records))
    return loaded.records, loaded.report


def _read_other(db: AnnotationDatabase) -> tuple[list[Annotation], recovery.LoadReport]:
    """The sound records of a non-file storage, written back without the others."""
    tables = db.storage.read() or {}
    records, report = [], recovery.LoadReport()
    for raw in tables.get(recovery.ANNOTATIONS_TABLE, {}).values():
        try:
            records.append(Annotation.from_dict(raw))
        except RecordError:
            report.skipped += 1
    db.storage.write(recovery.empty_tables(records))
    return records, report


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
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
