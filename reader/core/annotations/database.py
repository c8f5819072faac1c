"""The TinyDB side of the store: tables keyed by id, and opening them.

A file always goes through ``AtomicJSONStorage`` and ``recovery.load`` (version
first, damage, migrations); other storages (memory, in tests) are checked the same
way and written back clean. Every change is one write of the whole database, however
many tables it touches; records a change does not name are written back as read, so
other documents' annotations stay exactly as they were.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import MemoryStorage, Storage
from tinydb.table import Table

from reader.core.annotations import recovery
from reader.core.annotations.errors import SchemaError
from reader.core.annotations.model import Annotation
from reader.core.annotations.recovery import OpenMode
from reader.core.annotations.storage import AtomicJSONStorage, Tables

#: table name -> (records to insert or replace, by id; ids to remove)
Changes = Mapping[str, tuple[Mapping[str, Any], Iterable[str]]]


class AnnotationTable(Table):
    """A TinyDB table keyed by annotation id."""

    document_id_class = str  # type: ignore[assignment]  # ids are annotation ids


#: One lock per file: the annotation, vocabulary, known-word and bookmark stores
#: each open the same file, and an import runs on a worker thread; a change reads
#: the file and writes it back, so two at once could lose one of them.
_FILE_LOCKS: dict[Path, threading.Lock] = {}
_LOCKS_LOCK = threading.Lock()


def file_lock(storage: Storage) -> contextlib.AbstractContextManager[object]:
    """The lock of the file behind ``storage`` (no lock for memory storage)."""
    path = getattr(storage, "path", None)
    if not isinstance(path, Path):
        return contextlib.nullcontext()  # memory storage: one owner
    with _LOCKS_LOCK:
        return _FILE_LOCKS.setdefault(path.resolve(), threading.Lock())


class AnnotationDatabase(TinyDB):
    """TinyDB whose tables are keyed by id, changed several at a time."""

    table_class = AnnotationTable

    def apply(self, changes: Changes) -> None:
        """Make ``changes`` in a single write; nothing else in the file changes."""
        with file_lock(self.storage):
            tables = self.storage.read() or recovery.empty_tables()
            for name, (upserts, removes) in changes.items():
                table = tables.setdefault(name, {})
                for key in removes:
                    table.pop(key, None)
                table.update(upserts)
            self.storage.write(tables)
        self.clear_cache()


@dataclass
class Opened:
    """An open database: every table as read, the sound records, the report."""

    db: AnnotationDatabase
    tables: Tables
    records: list[Annotation]
    report: recovery.LoadReport


def open_database(
    path: Path | None, storage: type[Storage] | None, mode: OpenMode
) -> Opened:
    """Open the file at ``path``, or (``path`` None) a ``storage``, default memory."""
    if path is not None:
        db = AnnotationDatabase(path, storage=AtomicJSONStorage)
        disk = db.storage
        assert isinstance(disk, AtomicJSONStorage)
        loaded = recovery.load(disk, mode)
    else:
        db = AnnotationDatabase(storage=storage or MemoryStorage)
        loaded = _read_other(db, mode)
    return Opened(db, loaded.tables, loaded.records, loaded.report)


def _read_other(db: AnnotationDatabase, mode: OpenMode) -> recovery.Loaded:
    """The sound records of a non-file storage, written back without the others."""
    tables = db.storage.read() or recovery.empty_tables()
    report = recovery.LoadReport()
    try:
        loaded = recovery.check(tables, None, report)
    except SchemaError as exc:
        report.read_only = str(exc)
        return recovery.Loaded(tables, [], report)
    if mode is not OpenMode.READ:
        db.storage.write(loaded.tables)
    return loaded


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
