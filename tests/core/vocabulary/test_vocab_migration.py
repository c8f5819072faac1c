"""Schema 3: files of version 2 (today's) and 1 gain a vocabulary table, nothing lost."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reader.core.annotations import Anchor, Annotation, AnnotationStore
from reader.core.annotations.recovery import SCHEMA_VERSION, VOCABULARY_TABLE
from reader.core.vocabulary import VocabularyStore
from tests.core.vocabulary.vocab_support import document, draft

#: A file as Yomu wrote it before vocabulary (schema 2), byte for byte in form.
V2_TEMPLATE: dict[str, Any] = {
    "_meta": {"schema": {"schema_version": 2}, "window": {"kept": True}},
    "annotations": {},
    "unplaced": {},
}


def _annotation(anchor: Anchor, doc_key: str, note: str) -> Annotation:
    return Annotation(
        "a" * 32, "digest", anchor, note=note, created="2026-01-01T00:00:00.000Z",
        modified="2026-01-01T00:00:00.000Z", doc_key=doc_key,
    )  # fmt: skip


def test_a_version_2_file_is_migrated_with_a_backup(tmp_path: Path) -> None:
    doc = document()
    record = _annotation(Anchor.from_selection(doc, "b1", 0, "b1", 2), doc.key, "v2")
    v2 = {**V2_TEMPLATE, "annotations": {record.id: record.to_dict()}}
    path = tmp_path / "annotations.json"
    path.write_text(json.dumps(v2, ensure_ascii=False), encoding="utf-8")

    store = VocabularyStore(doc, path)
    assert store.load_report.migrated_from == 2
    entry = store.add(draft(doc, "各社"))
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["_meta"] == {
        "schema": {"schema_version": SCHEMA_VERSION},
        "window": {"kept": True},
    }
    assert saved["annotations"] == v2["annotations"]
    assert list(saved[VOCABULARY_TABLE]) == [entry.id]
    backups = list(tmp_path.glob("annotations.json.v2-backup-*"))
    assert [json.loads(p.read_text(encoding="utf-8")) for p in backups] == [v2]
    notes = AnnotationStore(doc, path)
    assert notes.load_report.migrated_from is None
    assert [a.note for a in notes.all()] == ["v2"]


def test_a_version_1_file_is_migrated_through_2(tmp_path: Path) -> None:
    doc = document(key="bundled:doc.txt")
    record = _annotation(Anchor.from_selection(doc, "b1", 0, "b1", 2), "", "v1")
    raw = record.to_dict()
    del raw["doc_key"]
    raw["doc_id"] = doc.doc_id
    v1 = {"_meta": {"schema": {"schema_version": 1}}, "annotations": {record.id: raw}}
    path = tmp_path / "annotations.json"
    path.write_text(json.dumps(v1, ensure_ascii=False), encoding="utf-8")

    store = VocabularyStore(doc, path)
    assert store.load_report.migrated_from == 1
    store.add(draft(doc, "各社"))
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["_meta"]["schema"]["schema_version"] == SCHEMA_VERSION
    assert saved["annotations"][record.id]["note"] == "v1"
    assert len(saved[VOCABULARY_TABLE]) == 1
    assert [a.note for a in AnnotationStore(doc, path).all()] == ["v1"]
