"""The atomic TinyDB storage and what opening does with damaged or foreign files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.core.annotations import (
    Anchor,
    AnnotationStore,
    AtomicJSONStorage,
    CorruptDatabaseError,
    ReadOnlyStoreError,
    recovery,
)
from reader.core.annotations.recovery import SCHEMA_VERSION
from reader.core.document import Document
from tests.core.annotations.anno_support import StoreFactory


def _fill(store: AnnotationStore, doc: Document, n: int = 3) -> list[str]:
    ids = []
    for i in range(n):
        anchor = Anchor.from_selection(doc, "b0", i, "b0", i + 2)
        ids.append(store.add(anchor, note=f"ノート{i}\n二行目").id)
    return ids


def _aside(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".corrupt-*"))


def test_file_is_readable_utf8_json(
    doc: Document, open_store: StoreFactory, db_path: Path
) -> None:
    _fill(open_store(doc), doc, 1)
    raw = db_path.read_text(encoding="utf-8")
    assert "ノート0" in raw  # ensure_ascii=False
    data = json.loads(raw)
    assert data["_meta"]["schema"]["schema_version"] == SCHEMA_VERSION
    assert len(data["annotations"]) == 1


def test_storage_sees_outside_changes(db_path: Path) -> None:
    storage = AtomicJSONStorage(db_path)
    assert storage.read() is None
    storage.write({"t": {"1": {"a": 1}}})
    assert storage.read() == {"t": {"1": {"a": 1}}}
    db_path.write_text('{"t": {"1": {"a": 2}}, "u": {}}', encoding="utf-8")
    assert storage.read() == {"t": {"1": {"a": 2}}, "u": {}}


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", '{"annotations": []}'])
def test_storage_read_refuses_garbage(db_path: Path, text: str) -> None:
    db_path.write_text(text, encoding="utf-8")
    with pytest.raises(CorruptDatabaseError):
        AtomicJSONStorage(db_path).read()


def test_failed_write_leaves_the_old_file(db_path: Path) -> None:
    storage = AtomicJSONStorage(db_path)
    storage.write({"t": {"1": {"a": 1}}})
    with pytest.raises(TypeError):
        storage.write({"t": {"1": {"a": object()}}})
    assert json.loads(db_path.read_text(encoding="utf-8")) == {"t": {"1": {"a": 1}}}
    assert list(db_path.parent.glob("*.tmp")) == []


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.95])
def test_truncated_file_is_moved_aside_and_sound_records_kept(
    doc: Document, open_store: StoreFactory, db_path: Path, cut: float
) -> None:
    ids = _fill(open_store(doc), doc, 10)
    raw = db_path.read_text(encoding="utf-8")
    db_path.write_text(raw[: int(len(raw) * cut)], encoding="utf-8")

    store = open_store(doc)
    report = store.load_report
    assert not report.ok
    assert report.moved_aside == _aside(db_path)[0]
    assert report.moved_aside.read_text(encoding="utf-8") == raw[: int(len(raw) * cut)]
    assert report.reason is not None
    assert "JSON" in report.reason
    kept = {a.id for a in store.all()}
    assert kept <= set(ids)
    assert report.recovered == len(kept) > 0
    # every record that was complete before the cut is back
    complete = [i for i in ids if raw.find("}", raw.find(f'"{i}":{{')) < len(raw) * cut]
    assert set(complete[:-1]) <= kept
    json.loads(db_path.read_text(encoding="utf-8"))  # a clean file again


def test_wrong_top_level_shape_is_moved_aside(
    doc: Document, open_store: StoreFactory, db_path: Path
) -> None:
    db_path.write_text("[1, 2, 3]", encoding="utf-8")
    store = open_store(doc)
    assert len(store) == 0
    assert store.load_report.moved_aside is not None
    assert store.load_report.moved_aside.read_text(encoding="utf-8") == "[1, 2, 3]"


def test_not_utf8_is_moved_aside(
    doc: Document, open_store: StoreFactory, db_path: Path
) -> None:
    db_path.write_bytes(b"\xff\xfe{garbage")
    store = open_store(doc)
    assert store.load_report.reason == "not UTF-8"
    assert _aside(db_path)[0].read_bytes() == b"\xff\xfe{garbage"


def test_malformed_records_are_skipped_and_the_file_kept_aside(
    doc: Document, open_store: StoreFactory, db_path: Path
) -> None:
    ids = _fill(open_store(doc), doc, 4)
    data: dict[str, Any] = json.loads(db_path.read_text(encoding="utf-8"))
    data["annotations"][ids[1]]["color"] = "red"
    data["annotations"][ids[2]] = "oops"
    original = json.dumps(data)
    db_path.write_text(original, encoding="utf-8")

    store = open_store(doc)
    assert {a.id for a in store.all()} == {ids[0], ids[3]}
    assert store.load_report.skipped == 2
    assert store.load_report.moved_aside is not None
    assert store.load_report.moved_aside.read_text(encoding="utf-8") == original
    assert db_path.exists()
    assert AnnotationStore(doc, db_path).load_report.ok  # the rewrite is clean


def test_newer_schema_is_open_read_only_and_left_untouched(
    doc: Document, open_store: StoreFactory, db_path: Path
) -> None:
    """Was: opening raised SchemaTooNewError. Issue 7 asks for a read-only store
    with a notice instead, so the reader still sees the annotations."""
    text = json.dumps({"_meta": {"schema": {"schema_version": SCHEMA_VERSION + 1}}})
    db_path.write_text(text, encoding="utf-8")
    store = open_store(doc)
    assert store.read_only is not None
    assert "newer Yomu" in store.read_only
    with pytest.raises(ReadOnlyStoreError):
        store.add(Anchor.from_selection(doc, "b0", 0, "b0", 2))
    assert db_path.read_text(encoding="utf-8") == text
    assert _aside(db_path) == []


def test_migrations_run_forward_and_keep_a_backup(
    doc: Document,
    open_store: StoreFactory,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = _fill(open_store(doc), doc, 2)
    old: dict[str, Any] = json.loads(db_path.read_text(encoding="utf-8"))
    for record in old["annotations"].values():
        record["colour"] = record.pop("color")  # what a version 1 might have said

    def v1_to_v2(tables: dict[str, Any]) -> dict[str, Any]:
        for record in tables["annotations"].values():
            record["color"] = record.pop("colour")
        return tables

    # A made-up version after ours, migrated the same way as every real one.
    old["_meta"]["schema"]["schema_version"] = SCHEMA_VERSION
    db_path.write_text(json.dumps(old), encoding="utf-8")
    monkeypatch.setattr(recovery, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(recovery.MIGRATIONS, SCHEMA_VERSION, v1_to_v2)
    store = open_store(doc)
    assert store.load_report.migrated_from == SCHEMA_VERSION
    assert {a.id for a in store.all()} == set(ids)
    saved = json.loads(db_path.read_text(encoding="utf-8"))
    assert saved["_meta"]["schema"]["schema_version"] == SCHEMA_VERSION + 1
    assert len(list(db_path.parent.glob(f"*.v{SCHEMA_VERSION}-backup-*"))) == 1


def test_stale_temp_files_are_removed(
    doc: Document, open_store: StoreFactory, db_path: Path
) -> None:
    _fill(open_store(doc), doc, 1)
    stale = db_path.parent / f".{db_path.name}.abc123.tmp"
    stale.write_text("{half", encoding="utf-8")
    store = open_store(doc)
    assert not stale.exists()
    assert store.load_report.removed_temps == [stale]
    assert len(store) == 1


def test_empty_file_starts_clean(
    doc: Document, open_store: StoreFactory, db_path: Path
) -> None:
    db_path.write_text("", encoding="utf-8")
    store = open_store(doc)
    assert store.load_report.ok
    assert len(store) == 0
