"""Opening the database file: schema version first, then damage, then migrations.

The order matters (design.md, "TinyDB: how to keep annotations safe"):

1. Only a regular file is read (``storage.read_bytes``).
2. The schema version is checked before anything else: a file of a newer or unknown
   version is never written, moved or "repaired"; it is opened read-only.
3. A damaged file (not JSON, malformed records, two records under one id, text that
   cannot be written back) is repaired only when asked (``OpenMode.REPAIR``, the
   window): the repaired file is written first, then the damaged one is kept aside as
   ``<name>.corrupt-<timestamp>``, then the repaired one takes its place. If that
   fails, the damaged file stays where it was and the store is read-only. The other
   modes (the command line) refuse with ``DamagedStoreError`` and change nothing.
4. An older schema is migrated forward, with a ``v<n>-backup`` copy kept the same way.

What happened is returned as a ``LoadReport`` for the UI to show.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from reader.core.annotations.errors import (
    DamagedStoreError,
    SchemaError,
    SchemaTooNewError,
)
from reader.core.annotations.model import Annotation
from reader.core.annotations.records import read_table
from reader.core.annotations.salvage import salvage, split_duplicates
from reader.core.annotations.storage import (
    AtomicJSONStorage,
    CorruptDatabaseError,
    Tables,
    dump_tables,
    parse_tables,
    remove_stale_temps,
    repair_write,
    target_path,
)
from reader.core.annotations.textcheck import has_surrogate_escape, scrub

SCHEMA_VERSION = 5
META_TABLE = "_meta"
ANNOTATIONS_TABLE = "annotations"
#: annotation id -> {"digest": ..., "anchor": ...}: could not be placed in that text.
UNPLACED_TABLE = "unplaced"
#: entry id -> a word the reader collected (``reader.core.vocabulary``); version 3.
VOCABULARY_TABLE = "vocabulary"
#: word -> {"word": ..., "added": ...}: its furigana is hidden; version 4.
KNOWN_WORDS_TABLE = "known_words"
#: bookmark id -> a place the reader marked in one document; version 5.
BOOKMARKS_TABLE = "bookmarks"

Migration = Callable[[Tables], Tables]


class OpenMode(StrEnum):
    """How much opening may change the file.

    REPAIR: the window and ``yomu annotations repair``: damage is repaired.
    STRICT: ``yomu annotations import``: damage raises ``DamagedStoreError``.
    READ: ``yomu annotations export``: as STRICT, and nothing is ever written.
    """

    REPAIR = "repair"
    STRICT = "strict"
    READ = "read"


def _v1_to_v2(tables: Tables) -> Tables:
    """Version 2 names each record's document by a stable key (``doc_key``).

    Version 1 records name none: they get ``""`` ("legacy"), and the store of the
    document they belong to claims them on opening (``store``). Nothing is dropped.
    """
    for raw in tables.get(ANNOTATIONS_TABLE, {}).values():
        if isinstance(raw, dict) and "doc_key" not in raw:
            raw["doc_key"] = ""
    tables.setdefault(UNPLACED_TABLE, {})
    return tables


def _v2_to_v3(tables: Tables) -> Tables:
    """Version 3 adds the vocabulary table; annotations are unchanged."""
    tables.setdefault(VOCABULARY_TABLE, {})
    return tables


def _v3_to_v4(tables: Tables) -> Tables:
    """Version 4 adds the known-words table; everything else is unchanged."""
    tables.setdefault(KNOWN_WORDS_TABLE, {})
    return tables


def _v4_to_v5(tables: Tables) -> Tables:
    """Version 5 adds the bookmarks table; everything else is unchanged."""
    tables.setdefault(BOOKMARKS_TABLE, {})
    return tables


#: Version n -> function turning a version-n database into version n + 1.
MIGRATIONS: dict[int, Migration] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
}


@dataclass
class LoadReport:
    """What opening the database found.

    Attributes:
        path: the database file.
        moved_aside: where the damaged file was kept, if it was repaired.
        reason: one line on what was wrong, for a dialog.
        skipped: records that could not be read and were left out.
        recovered: records read back from a file that was not valid JSON.
        renamed: records that shared an id with another and were given a new one.
        cleaned: records whose text held characters that cannot be saved (replaced).
        migrated_from: the schema version the file had before migration.
        removed_temps: temporary files of an interrupted write that were deleted.
        read_only: why the store refuses changes, if it does.
        kept: records (of every document) in the file after a repair.
    """

    path: Path | None = None
    moved_aside: Path | None = None
    reason: str | None = None
    skipped: int = 0
    recovered: int = 0
    renamed: int = 0
    cleaned: int = 0
    migrated_from: int | None = None
    removed_temps: list[Path] = field(default_factory=list)
    read_only: str | None = None
    kept: int = 0

    @property
    def ok(self) -> bool:
        """True when nothing needs to be shown to the user."""
        return self.reason is None and self.read_only is None


@dataclass
class Loaded:
    """The result of opening: every table (all documents) and the sound records."""

    tables: Tables
    records: list[Annotation]
    report: LoadReport


def empty_tables(records: list[Annotation] | None = None) -> Tables:
    """A database holding ``records`` at the current schema version."""
    return {
        META_TABLE: {"schema": {"schema_version": SCHEMA_VERSION}},
        ANNOTATIONS_TABLE: {a.id: a.to_dict() for a in records or []},
        UNPLACED_TABLE: {},
        VOCABULARY_TABLE: {},
        KNOWN_WORDS_TABLE: {},
        BOOKMARKS_TABLE: {},
    }


def load(storage: AtomicJSONStorage, mode: OpenMode = OpenMode.REPAIR) -> Loaded:
    """Read and check the database behind ``storage``; see the module docstring.

    Raises:
        UnusableStoreError: not a regular file, a dangling link, unreadable.
        DamagedStoreError: damaged, and ``mode`` is not REPAIR.
    """
    path = storage.path
    report = LoadReport(path=path)
    if mode is not OpenMode.READ:  # a reader must not delete a live writer's temp
        report.removed_temps = remove_stale_temps(target_path(path))
    try:
        text, key = storage.read_text()
    except UnicodeDecodeError:
        raw = target_path(path).read_bytes().decode("utf-8", "replace")
        return _salvaged(storage, raw, "not UTF-8", report, mode)
    if text is None or not text.strip():
        return Loaded(empty_tables(), [], report)
    try:
        tables = parse_tables(text, path.name)
    except CorruptDatabaseError as exc:
        return _salvaged(storage, text, str(exc), report, mode)
    try:
        version = schema_version(tables)
    except SchemaError as exc:
        return _read_only(tables, report, str(exc))
    if version > SCHEMA_VERSION:
        message = (
            f"{path.name} has schema version {version}; this Yomu knows up to "
            f"{SCHEMA_VERSION}. It is open read-only: use a newer Yomu to change it"
        )
        return _read_only(tables, report, str(SchemaTooNewError(message)))
    loaded = check(tables, text, report)
    _settle_file(storage, loaded, text, key, mode)
    return loaded


def check(tables: Tables, text: str | None, report: LoadReport) -> Loaded:
    """Migrate ``tables`` and keep their sound records; damage goes in ``report``.

    Raises:
        SchemaError: the version is unknown or newer than ours.

    Args:
        tables: the parsed file (changed in place).
        text: the file's text, to find what parsing hides (two records under one
            id, escapes of characters that cannot be saved); None for other storages.
        report: filled in.
    """
    version = schema_version(tables)
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(f"schema version {version} is newer than this Yomu's")
    while version < SCHEMA_VERSION:
        report.migrated_from = report.migrated_from or version
        tables = MIGRATIONS[version](tables)
        version += 1
    meta = tables.setdefault(META_TABLE, {})  # other meta records are kept
    meta["schema"] = {"schema_version": SCHEMA_VERSION}
    tables.setdefault(ANNOTATIONS_TABLE, {})
    tables.setdefault(UNPLACED_TABLE, {})
    tables.setdefault(VOCABULARY_TABLE, {})
    tables.setdefault(KNOWN_WORDS_TABLE, {})
    tables.setdefault(BOOKMARKS_TABLE, {})
    problems: list[str] = []
    if text is not None:
        problems += _rename_duplicates(tables, text, report)
    if text is None or has_surrogate_escape(text):
        problems += _scrub(tables, report)
    records, skipped = read_table(tables[ANNOTATIONS_TABLE])
    if skipped:
        sound = {a.id for a in records}
        table = tables[ANNOTATIONS_TABLE]
        tables[ANNOTATIONS_TABLE] = {k: v for k, v in table.items() if k in sound}
        report.skipped = skipped
        problems.append(f"{skipped} damaged record(s) were left out")
    if problems:
        report.reason = "; ".join(problems)
    return Loaded(tables, records, report)


def _rename_duplicates(tables: Tables, text: str, report: LoadReport) -> list[str]:
    """Give every record that shared an id in the file (``json`` keeps only the last
    one) an id of its own."""
    table = tables[ANNOTATIONS_TABLE]
    if text.count('"id"') <= len(table):  # cheap: each record has one "id" key
        return []
    pairs = split_duplicates(text, ANNOTATIONS_TABLE)
    if pairs is None:
        return []
    tables[ANNOTATIONS_TABLE] = dict(pairs)
    report.renamed = len(pairs) - len(table)
    return [f"{report.renamed} record(s) shared an id; each was kept under its own id"]


def _scrub(tables: Tables, report: LoadReport) -> list[str]:
    """Replace lone surrogates (they cannot be written as UTF-8) in every table."""
    table = tables[ANNOTATIONS_TABLE]
    cleaned = 0
    for key, raw in list(table.items()):
        new, changed = scrub(raw)
        if changed:
            table[key], cleaned = new, cleaned + 1
    for name in set(tables) - {ANNOTATIONS_TABLE}:
        tables[name] = scrub(tables[name])[0]
    report.cleaned = cleaned
    if not cleaned:
        return []
    return [f"{cleaned} record(s) held characters that cannot be saved (replaced)"]


def _settle_file(
    storage: AtomicJSONStorage,
    loaded: Loaded,
    text: str,
    key: tuple[int, int, int] | None,
    mode: OpenMode,
) -> None:
    """Repair, migrate, or just remember the parse, as ``mode`` allows."""
    report = loaded.report
    if report.reason is not None:
        _repair(storage, loaded, report.reason, mode)
    elif report.migrated_from is not None and mode is not OpenMode.READ:
        tag = f"v{report.migrated_from}-backup"  # a way back if a migration is wrong
        _write_repaired(storage, loaded, tag)
    elif report.migrated_from is None:
        storage.prime(loaded.tables, key)  # spare TinyDB a second parse of the file


def _salvaged(
    storage: AtomicJSONStorage,
    text: str,
    reason: str,
    report: LoadReport,
    mode: OpenMode,
) -> Loaded:
    """A file that does not parse: keep every record that can be read from it."""
    if mode is not OpenMode.REPAIR:
        raise DamagedStoreError(storage.path, reason)
    records = salvage(text).records
    report.recovered = len(records)
    loaded = Loaded(empty_tables(records), records, report)
    report.reason = reason
    _repair(storage, loaded, reason, mode)
    return loaded


def _repair(
    storage: AtomicJSONStorage, loaded: Loaded, reason: str, mode: OpenMode
) -> None:
    if mode is not OpenMode.REPAIR:
        raise DamagedStoreError(storage.path, reason)
    _write_repaired(storage, loaded, "corrupt")


def _write_repaired(storage: AtomicJSONStorage, loaded: Loaded, tag: str) -> None:
    """Write the repaired tables atomically, the old file kept aside under ``tag``.

    If the write fails, the old file stays and the store is read-only.
    """
    report = loaded.report
    try:
        aside = repair_write(target_path(storage.path), dump_tables(loaded.tables), tag)
    except OSError as exc:
        report.read_only = (
            f"{storage.path.name} could not be repaired or migrated "
            f"({exc.strerror or exc}); it was left as it is and the annotations "
            "are open read-only"
        )
        return
    if tag == "corrupt":
        report.moved_aside = aside
        report.kept = len(loaded.tables[ANNOTATIONS_TABLE])


def _read_only(tables: Tables, report: LoadReport, reason: str) -> Loaded:
    """A file we must not write: show what can be read of it, change nothing."""
    report.read_only = reason
    table = tables.get(ANNOTATIONS_TABLE)
    records = read_table(table)[0] if isinstance(table, dict) else []
    return Loaded(tables, records, report)


_LEGACY_KEYS = frozenset({META_TABLE, ANNOTATIONS_TABLE})


def schema_version(tables: Tables) -> int:
    """The schema version stored in ``tables``.

    A file without the meta table is version 1 only if it holds nothing but version
    1 records (the oldest files had no meta table).

    Raises:
        SchemaError: the version is missing or not a positive integer.
    """
    if META_TABLE not in tables:
        records = tables.get(ANNOTATIONS_TABLE, {}).values()
        if set(tables) <= _LEGACY_KEYS and not any(
            isinstance(r, dict) and "doc_key" in r for r in records
        ):
            return 1
        raise SchemaError("the file has no schema_version; it is open read-only")
    meta = tables[META_TABLE].get("schema")
    version: Any = meta.get("schema_version") if isinstance(meta, dict) else None
    if type(version) is not int or version < 1:
        raise SchemaError(
            f"the file's schema_version {_show(version)} is not a positive whole "
            "number; it is open read-only"
        )
    return version


def _show(value: object) -> str:
    return "(missing)" if value is None else re.sub(r"\s+", " ", repr(value))[:40]
