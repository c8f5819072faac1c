"""Known words (schema 4): saved in the annotations file, migrated from version 3."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.annotations import AnnotationStore
from reader.core.annotations.errors import ReadOnlyStoreError
from reader.core.annotations.recovery import (
    KNOWN_WORDS_TABLE,
    SCHEMA_VERSION,
    VOCABULARY_TABLE,
)
from reader.core.known_words import KnownWords
from reader.core.vocabulary import VocabularyStore
from tests.core.vocabulary.vocab_support import document, draft


def test_known_words_are_saved_and_forgotten(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    known = KnownWords(path)
    assert known.add("学習")
    assert not known.add("学習")  # already known
    assert not known.add("  ")  # nothing to know
    assert known.add("指標")
    assert list(KnownWords(path)) == ["学習", "指標"]
    assert known.forget("学習")
    assert not known.forget("学習")
    again = KnownWords(path)
    assert again.words() == frozenset({"指標"})
    assert "指標" in again
    assert "学習" not in again


def test_known_words_leave_vocabulary_and_annotations_alone(tmp_path: Path) -> None:
    doc = document()
    path = tmp_path / "annotations.json"
    entry = VocabularyStore(doc, path).add(draft(doc, "各社"))
    KnownWords(path).add("各社")
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert list(saved[VOCABULARY_TABLE]) == [entry.id]
    assert list(saved[KNOWN_WORDS_TABLE]) == ["各社"]
    assert len(VocabularyStore(doc, path)) == 1


def test_a_version_3_file_is_migrated_to_4_with_a_backup(tmp_path: Path) -> None:
    doc = document()
    path = tmp_path / "annotations.json"
    entry = VocabularyStore(doc, path).add(draft(doc, "各社"))
    v3 = json.loads(path.read_text(encoding="utf-8"))
    del v3[KNOWN_WORDS_TABLE]
    v3["_meta"]["schema"]["schema_version"] = 3
    path.write_text(json.dumps(v3, ensure_ascii=False), encoding="utf-8")

    known = KnownWords(path)
    assert known.load_report.migrated_from == 3
    assert len(known) == 0
    known.add("各社")
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["_meta"]["schema"]["schema_version"] == SCHEMA_VERSION
    assert saved[VOCABULARY_TABLE] == v3[VOCABULARY_TABLE]
    assert saved[KNOWN_WORDS_TABLE]["各社"]["word"] == "各社"
    backups = list(tmp_path.glob("annotations.json.v3-backup-*"))
    assert [json.loads(p.read_text(encoding="utf-8")) for p in backups] == [v3]
    assert [e.id for e in VocabularyStore(doc, path).all()] == [entry.id]
    assert AnnotationStore(doc, path).load_report.migrated_from is None


def test_damaged_known_word_records_are_not_read(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    KnownWords(path).add("学習")
    data = json.loads(path.read_text(encoding="utf-8"))
    data[KNOWN_WORDS_TABLE]["bad"] = {"word": "other"}
    data[KNOWN_WORDS_TABLE]["worse"] = 7
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert list(KnownWords(path)) == ["学習"]


def test_a_newer_file_refuses_changes(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    KnownWords(path).add("学習")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["_meta"]["schema"]["schema_version"] = SCHEMA_VERSION + 1
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ReadOnlyStoreError):
        KnownWords(path).add("指標")
    assert json.loads(path.read_text(encoding="utf-8")) == data
