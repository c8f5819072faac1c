"""Opening the database file: schema version, migrations, and damaged files.

A file that cannot be read as our database is never overwritten (design.md): it is
moved aside as ``<name>.corrupt-<timestamp>`` and every record that can still be read
from it is kept. A file that parses but holds some malformed records is copied aside
the same way before the sound records are written back. What happened is returned as a
``LoadReport`` for the UI to show.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.annotations.model import Annotation, RecordError
from reader.core.annotations.records import read_table
from reader.core.annotations.storage import (
    AtomicJSONStorage,
    CorruptDatabaseError,
    Tables,
    copy_aside,
    move_aside,
    parse_tables,
    remove_stale_temps,
)

SCHEMA_VERSION = 1
META_TABLE = "_meta"
ANNOTATIONS_TABLE = "annotations"

Migration = Callable[[Tables], Tables]
#: Version n -> function turning a version-n database into version n + 1.
MIGRATIONS: dict[int, Migration] = {}


class SchemaTooNewError(Exception):
    """The file was written by a newer Yomu; it is left untouched."""


@dataclass
class LoadReport:
    """What opening the database found.

    Attributes:
        path: the database file.
        moved_aside: where a damaged file (or a copy of it) was put, if anywhere.
        reason: one line on what was wrong, for a dialog.
        skipped: records that could not be read and were left out.
        recovered: records read back from a file that was not valid JSON.
        migrated_from: the schema version the file had before migration.
        removed_temps: temporary files of an interrupted write that were deleted.
    """

    path: Path | None = None
    moved_aside: Path | None = None
    reason: str | None = None
    skipped: int = 0
    recovered: int = 0
    migrated_from: int | None = None
    removed_temps: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing needs to be shown to the user."""
        return self.moved_aside is None and self.skipped == 0


@dataclass
class Loaded:
    """The result of opening: the sound records, the report, and whether to rewrite."""

    records: list[Annotation]
    report: LoadReport
    rewrite: bool


def empty_tables(records: list[Annotation] | None = None) -> Tables:
    """A database holding ``records`` at the current schema version."""
    return {
        META_TABLE: {"schema": {"schema_version": SCHEMA_VERSION}},
        ANNOTATIONS_TABLE: {a.id: a.to_dict() for a in records or []},
    }


def load(
    storage: AtomicJSONStorage, migrations: dict[int, Migration] | None = None
) -> Loaded:
    """Read and check the database behind ``storage``; see the module docstring.

    Raises:
        SchemaTooNewError: the file has a newer schema than ``SCHEMA_VERSION``.
    """
    path = storage.path
    report = LoadReport(path=path, removed_temps=remove_stale_temps(path))
    try:
        text, key = storage.read_text()
    except UnicodeDecodeError:
        return _damaged(
            path, path.read_bytes().decode("utf-8", "replace"), "not UTF-8", report
        )
    if text is None or not text.strip():
        return Loaded([], report, rewrite=True)
    try:
        tables = parse_tables(text, path.name)
        _check_shape(tables)
    except CorruptDatabaseError as exc:
        return _damaged(path, text, str(exc), report)
    tables = _migrate(
        tables, path, report, MIGRATIONS if migrations is None else migrations
    )
    records, skipped = read_table(tables[ANNOTATIONS_TABLE])
    if skipped:
        report.moved_aside = copy_aside(path, "corrupt")
        report.skipped = skipped
        report.reason = f"{skipped} damaged record(s) were left out"
    rewrite = bool(skipped) or report.migrated_from is not None
    if not rewrite:
        storage.prime(tables, key)  # spare TinyDB a second parse of the same file
    return Loaded(records, report, rewrite)


def _check_shape(tables: Tables) -> None:
    extra = set(tables) - {META_TABLE, ANNOTATIONS_TABLE}
    if extra:
        raise CorruptDatabaseError(f"unknown table(s): {', '.join(sorted(extra))}")
    if ANNOTATIONS_TABLE not in tables:
        tables[ANNOTATIONS_TABLE] = {}


def schema_version(tables: Tables) -> int:
    """The schema version stored in ``tables`` (1 when there is no meta record).

    Raises:
        CorruptDatabaseError: the version is not a positive integer.
    """
    meta = tables.get(META_TABLE, {}).get("schema", {"schema_version": 1})
    version = meta.get("schema_version") if isinstance(meta, dict) else None
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CorruptDatabaseError(f"bad schema_version {version!r}")
    return version


def _migrate(
    tables: Tables, path: Path, report: LoadReport, migrations: dict[int, Migration]
) -> Tables:
    version = schema_version(tables)
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"{path.name} has schema version {version}; this Yomu knows up to "
            f"{SCHEMA_VERSION}. The file was left untouched: use a newer Yomu."
        )
    if version == SCHEMA_VERSION and META_TABLE in tables:
        return tables
    report.migrated_from = version
    if version < SCHEMA_VERSION:
        copy_aside(path, f"v{version}-backup")  # a way back if a migration is wrong
    while version < SCHEMA_VERSION:
        tables = migrations[version](tables)
        version += 1
    tables[META_TABLE] = {"schema": {"schema_version": SCHEMA_VERSION}}
    return tables


def _damaged(path: Path, text: str, reason: str, report: LoadReport) -> Loaded:
    """Move an unreadable file aside and keep what can be read from it."""
    report.moved_aside = move_aside(path, "corrupt")
    records = salvage(text)
    report.reason = reason
    report.recovered = len(records)
    return Loaded(records, report, rewrite=True)


def salvage(text: str) -> list[Annotation]:
    """Every complete annotation record in ``text``, even if ``text`` is not JSON.

    Scans for ``{`` and tries to decode an object there; a sound annotation is kept and
    the scan skips past it, anything else moves the scan one character on.
    """
    decoder = json.JSONDecoder()
    found: dict[str, Annotation] = {}
    pos = text.find("{")
    while pos >= 0:
        try:
            obj, end = decoder.raw_decode(text, pos)
            annotation = Annotation.from_dict(obj)
        except (json.JSONDecodeError, RecordError):
            pos = text.find("{", pos + 1)
            continue
        found[annotation.id] = annotation
        pos = text.find("{", end)
    return list(found.values())
