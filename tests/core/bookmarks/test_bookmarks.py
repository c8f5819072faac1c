"""Bookmarks (schema 5): saved in the annotations file, migrated from version 4."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.annotations import AnnotationStore
from reader.core.annotations.errors import ReadOnlyStoreError
from reader.core.annotations.recovery import (
    BOOKMARKS_TABLE,
    KNOWN_WORDS_TABLE,
    SCHEMA_VERSION,
    VOCABULARY_TABLE,
)
from reader.core.bookmarks import Bookmark, Bookmarks, excerpt
from reader.core.known_words import KnownWords
from reader.core.vocabulary import VocabularyStore
from tests.core.vocabulary.vocab_support import document, draft


def test_bookmarks_are_saved_listed_in_reading_order_and_removed(
    tmp_path: Path,
) -> None:
    doc = document()
    path = tmp_path / "annotations.json"
    marks = Bookmarks(doc, path)
    later = marks.add("b2", 0.5)
    earlier = marks.add("b0", 0.0)
    again = Bookmarks(doc, path)
    assert [m.id for m in again.all()] == [earlier.id, later.id]
    assert again.all()[1] == later
    assert marks.remove(later.id)
    assert not marks.remove(later.id)
    assert [m.id for m in Bookmarks(doc, path).all()] == [earlier.id]


def test_each_document_sees_only_its_own_bookmarks(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    first = document(key="file:/tmp/a.txt")
    second = document(key="file:/tmp/b.txt")
    Bookmarks(first, path).add("b1", 0.0)
    assert len(Bookmarks(second, path)) == 0
    Bookmarks(second, path).add("b0", 0.0)
    assert len(Bookmarks(first, path)) == 1
    assert len(json.loads(path.read_text(encoding="utf-8"))[BOOKMARKS_TABLE]) == 2


def test_bookmarks_leave_the_other_tables_alone(tmp_path: Path) -> None:
    doc = document()
    path = tmp_path / "annotations.json"
    entry = VocabularyStore(doc, path).add(draft(doc, "各社"))
    KnownWords(path).add("各社")
    Bookmarks(doc, path).add("b1", 0.25)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert list(saved[VOCABULARY_TABLE]) == [entry.id]
    assert list(saved[KNOWN_WORDS_TABLE]) == ["各社"]
    assert len(VocabularyStore(doc, path)) == 1


def test_a_version_4_file_is_migrated_to_5_with_a_backup(tmp_path: Path) -> None:
    doc = document()
    path = tmp_path / "annotations.json"
    entry = VocabularyStore(doc, path).add(draft(doc, "各社"))
    KnownWords(path).add("各社")
    v4 = json.loads(path.read_text(encoding="utf-8"))
    del v4[BOOKMARKS_TABLE]  # a file as Yomu wrote it before bookmarks
    v4["_meta"]["schema"]["schema_version"] = 4
    path.write_text(json.dumps(v4, ensure_ascii=False), encoding="utf-8")

    marks = Bookmarks(doc, path)
    assert marks.load_report.migrated_from == 4
    assert len(marks) == 0
    mark = marks.add("b1", 0.0)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["_meta"]["schema"]["schema_version"] == SCHEMA_VERSION == 5
    assert saved[VOCABULARY_TABLE] == v4[VOCABULARY_TABLE]
    assert saved[KNOWN_WORDS_TABLE] == v4[KNOWN_WORDS_TABLE]
    assert list(saved[BOOKMARKS_TABLE]) == [mark.id]
    backups = list(tmp_path.glob("annotations.json.v4-backup-*"))
    assert [json.loads(p.read_text(encoding="utf-8")) for p in backups] == [v4]
    assert [e.id for e in VocabularyStore(doc, path).all()] == [entry.id]
    assert AnnotationStore(doc, path).load_report.migrated_from is None


@pytest.mark.parametrize(
    "raw",
    [
        7,
        {"id": "x"},
        {
            "id": "x",
            "doc_key": "k",
            "block": "b0",
            "label": "",
            "added": "",
            "fraction": "no",
        },
        {
            "id": "x",
            "doc_key": 3,
            "block": "b0",
            "label": "",
            "added": "",
            "fraction": 0,
        },
    ],
)
def test_damaged_bookmark_records_are_not_read(raw: object) -> None:
    assert Bookmark.from_dict(raw) is None


def test_a_record_under_another_id_is_not_read(tmp_path: Path) -> None:
    doc = document()
    path = tmp_path / "annotations.json"
    mark = Bookmarks(doc, path).add("b0", 0.0)
    data = json.loads(path.read_text(encoding="utf-8"))
    data[BOOKMARKS_TABLE]["other"] = data[BOOKMARKS_TABLE][mark.id]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert [m.id for m in Bookmarks(doc, path).all()] == [mark.id]


def test_a_newer_file_refuses_bookmarks(tmp_path: Path) -> None:
    doc = document()
    path = tmp_path / "annotations.json"
    Bookmarks(doc, path).add("b0", 0.0)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["_meta"]["schema"]["schema_version"] = SCHEMA_VERSION + 1
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ReadOnlyStoreError):
        Bookmarks(doc, path).add("b1", 0.0)
    assert json.loads(path.read_text(encoding="utf-8")) == data


def test_the_label_is_the_text_from_the_place() -> None:
    doc = document()
    block = doc.blocks[1]
    assert excerpt(doc, block.id, 0.0).startswith(" ".join(block.text.split())[:5])
    assert excerpt(doc, "missing", 0.0) == "missing"
