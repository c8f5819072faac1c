"""Annotations belong to one document (issue 7, item 1), and the v1 -> v2 migration."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reader.core.annotations import Anchor, AnnotationStore
from reader.core.annotations.recovery import SCHEMA_VERSION
from reader.core.document import BUNDLED_KEY_PREFIX, Document
from tests.core.annotations.anno_support import SEED, lines_document, seed_text

OTHER_KEY = "file:/texts/other.txt"


def _bundled() -> Document:
    return lines_document(seed_text(), SEED.name, key=BUNDLED_KEY_PREFIX + SEED.name)


def _other() -> Document:
    """Another text sharing most of the interview's sentences (a draft, a copy)."""
    lines = seed_text().split("\n")
    return lines_document(
        "\n".join(["別の文書です。", *lines[5:]]), "other.txt", key=OTHER_KEY
    )


def _anchor(doc: Document, line: int, start: int = 0, length: int = 12) -> Anchor:
    block = [b for b in doc.blocks if len(b.text) > start + length][line]
    return Anchor.from_selection(doc, block.id, start, block.id, start + length)


def _records(path: Path) -> dict[str, Any]:
    records: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["annotations"]
    return records


def _raw(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def test_another_text_never_sees_moves_or_saves_the_interviews_annotations(
    db_path: Path,
) -> None:
    """Regression: ``yomu OTHER.txt`` re-anchored and saved 13 of 40 interview notes."""
    interview, other = _bundled(), _other()
    store = AnnotationStore(interview, db_path)
    made = [store.add(_anchor(interview, n, 2), note=f"n{n}") for n in range(8, 20)]
    store.close()
    before_text = db_path.read_text(encoding="utf-8")
    before = _records(db_path)

    elsewhere = AnnotationStore(other, db_path)
    assert len(elsewhere) == 0
    assert elsewhere.all() == []
    assert elsewhere.needs_review == []
    assert db_path.read_text(encoding="utf-8") == before_text  # opening wrote nothing
    mine = elsewhere.add(_anchor(other, 3), note="other's")
    elsewhere.close()

    after_text = db_path.read_text(encoding="utf-8")
    after = _records(db_path)
    assert after[mine.id]["doc_key"] == OTHER_KEY
    for annotation in made:  # byte for byte as they were
        assert after[annotation.id] == before[annotation.id]
        assert _raw(before[annotation.id]) in after_text

    back = AnnotationStore(interview, db_path)
    assert [a.id for a in back.all()] == [a.id for a in made]
    assert back.reanchored == set()
    assert all(back.get(a.id) == a for a in made)
    assert mine.id not in back


def test_an_import_keeps_clear_of_another_documents_ids(db_path: Path) -> None:
    interview, other = _bundled(), _other()
    store = AnnotationStore(interview, db_path)
    theirs = store.add(_anchor(interview, 10, 1), note="interview")
    store.close()
    elsewhere = AnnotationStore(other, db_path)
    [added] = elsewhere.add_many([theirs])  # e.g. the interview's export imported
    assert added.id != theirs.id
    assert added.doc_key == OTHER_KEY
    assert _records(db_path)[theirs.id] == theirs.to_dict()


def _v1(record: dict[str, Any]) -> dict[str, Any]:
    """A record as version 1 wrote it: no ``doc_key``."""
    return {k: v for k, v in record.items() if k != "doc_key"}


def test_a_version_1_file_is_migrated_and_every_record_kept(db_path: Path) -> None:
    interview, other = _bundled(), _other()
    memory = AnnotationStore(interview)
    by_digest = memory.add(_anchor(interview, 8), note="digest")
    lost_import = memory.add(_anchor(interview, 9), note="import without place")
    in_place = memory.add(_anchor(interview, 10), note="exact place")
    nowhere = memory.add(_anchor(interview, 11), note="nobody's")
    on_other = AnnotationStore(other).add(_anchor(other, 12), note="other's")
    records = {
        by_digest.id: _v1(by_digest.to_dict()),
        lost_import.id: {**_v1(lost_import.to_dict()), "doc_id": ""},
        in_place.id: {**_v1(in_place.to_dict()), "doc_id": "0123456789abcdef"},
        nowhere.id: {
            **_v1(nowhere.to_dict()),
            "doc_id": "fedcba9876543210",
            "anchor": {**nowhere.anchor.to_dict(), "block_id": "gone"},
        },
        on_other.id: _v1(on_other.to_dict()),
    }
    v1 = {"_meta": {"schema": {"schema_version": 1}}, "annotations": records}
    db_path.write_text(json.dumps(v1, ensure_ascii=False), encoding="utf-8")

    store = AnnotationStore(interview, db_path)
    assert store.load_report.migrated_from == 1
    assert {a.note for a in store.all()} == {
        "digest",
        "import without place",
        "exact place",
    }
    store.close()
    saved = json.loads(db_path.read_text(encoding="utf-8"))
    assert saved["_meta"]["schema"]["schema_version"] == SCHEMA_VERSION
    assert set(saved["annotations"]) == set(records)  # nothing dropped
    assert saved["annotations"][nowhere.id] == {**records[nowhere.id], "doc_key": ""}
    assert saved["annotations"][on_other.id]["doc_key"] == ""
    backup = list(db_path.parent.glob("annotations.json.v1-backup-*"))
    assert [json.loads(p.read_text(encoding="utf-8")) for p in backup] == [v1]

    theirs = AnnotationStore(other, db_path)
    assert [a.note for a in theirs.all()] == ["other's"]
    theirs.close()
    again = AnnotationStore(interview, db_path)
    assert len(again) == 3
    assert again.load_report.ok
    assert len(_records(db_path)) == 5
