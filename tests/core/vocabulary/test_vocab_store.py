"""The vocabulary store: changes, undo, events, persistence, ownership, placing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.core.annotations import (
    Anchor,
    AnnotationStore,
    EventKind,
    OpenMode,
    ReadOnlyStoreError,
)
from reader.core.annotations.recovery import SCHEMA_VERSION, VOCABULARY_TABLE
from reader.core.vocabulary import VocabEvent, VocabularyStore
from tests.core.vocabulary.vocab_support import TEXT, document, draft


def test_add_update_delete_with_undo_redo_and_events(tmp_path: Path) -> None:
    doc = document()
    store = VocabularyStore(doc, tmp_path / "a.json")
    events: list[VocabEvent] = []
    store.subscribe(events.append)
    entry = store.add(draft(doc, "各社", reading="かくしゃ"), note="n")
    assert (entry.word, entry.doc_key, entry.sentence) == (
        "各社",
        doc.key,
        "各社とも独自の指標を持っている。",
    )
    changed = store.update(entry.id, note="new note", gloss="each company")
    store.delete(entry.id)
    assert [(e.kind, e.entry_ids) for e in events] == [
        (EventKind.ADDED, (entry.id,)),
        (EventKind.UPDATED, (entry.id,)),
        (EventKind.REMOVED, (entry.id,)),
    ]
    # "modified" changes too unless the clock did not tick between add and update.
    assert events[1].changed - {"modified"} == {"note", "gloss"}
    assert len(store) == 0
    assert store.undo()
    assert store.get(entry.id) == changed
    assert store.undo()
    assert store.get(entry.id) == entry
    assert store.redo()
    assert store.get(entry.id).note == "new note"
    reopened = VocabularyStore(doc, tmp_path / "a.json")
    assert reopened.get(entry.id) == store.get(entry.id)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"sense": -1}, "bad sense"),
        ({"sense": "1"}, "expected int"),
        ({"word": ""}, "bad sense or word"),
        ({"color": "red"}, "cannot change color"),
        ({"note": "\ud800"}, "cannot be saved"),
    ],
)
def test_bad_updates_are_refused_and_change_nothing(
    tmp_path: Path, values: dict[str, Any], message: str
) -> None:
    doc = document()
    store = VocabularyStore(doc, tmp_path / "a.json")
    entry = store.add(draft(doc, "各社"))
    before = (tmp_path / "a.json").read_bytes()
    with pytest.raises(ValueError, match=message):
        store.update(entry.id, **values)
    assert store.get(entry.id) == entry
    assert (tmp_path / "a.json").read_bytes() == before


def test_entries_sit_beside_annotations_and_other_documents(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    doc, other = document(), document(key="file:/tmp/other.txt")
    notes = AnnotationStore(doc, path)
    note = notes.add(Anchor.from_selection(doc, "b1", 0, "b1", 2), note="hl")
    theirs = VocabularyStore(other, path)
    their_entry = theirs.add(draft(other, "強化学習"))
    mine = VocabularyStore(doc, path)
    assert len(mine) == 0  # another document's words are not seen
    entry = mine.add(draft(doc, "各社"))
    mine.delete_many([entry.id])
    mine.undo()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["annotations"][note.id]["note"] == "hl"
    assert saved[VOCABULARY_TABLE][their_entry.id] == their_entry.to_dict()
    assert set(saved[VOCABULARY_TABLE]) == {their_entry.id, entry.id}
    assert [a.id for a in AnnotationStore(doc, path).all()] == [note.id]


def test_grouping_by_section_and_needs_review_after_an_edit(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    doc = document()
    store = VocabularyStore(doc, path)
    first = store.add(draft(doc, "強化学習"))
    second = store.add(draft(doc, "各社"))
    assert [e.id for e in store.all()] == [second.id, first.id]  # document order
    groups = store.by_section()
    assert [(s.index if s else None, [e.id for e in g]) for s, g in groups] == [
        (0, [second.id, first.id])
    ]
    edited = document(TEXT.replace("各社とも", "どの会社も").replace("強化", "まず強化"))
    again = VocabularyStore(edited, path)
    assert [e.id for e in again.needs_review] == [second.id]
    moved = again.placement(first.id)
    assert moved is not None
    assert moved.reanchored
    assert again.by_section()[-1] == (None, [again.get(second.id)])
    saved = json.loads(path.read_text(encoding="utf-8"))[VOCABULARY_TABLE]
    assert saved[first.id]["anchor"]["block_id"] == moved.pieces[0].block_id


def test_add_many_leaves_out_duplicates_in_one_undo_step(tmp_path: Path) -> None:
    doc = document()
    store = VocabularyStore(doc, tmp_path / "a.json")
    kept = store.add(draft(doc, "各社"))
    copy = VocabularyStore(doc)
    twin = copy.add(draft(doc, "各社"))
    other = copy.add(draft(doc, "強化学習"))
    third = copy.add(draft(doc, "考え"))
    events: list[VocabEvent] = []
    store.subscribe(events.append)
    added = store.add_many([twin, other, other, third])
    assert [e.id for e in added] == [other.id, third.id]
    assert events == [VocabEvent(EventKind.RESET, (other.id, third.id))]
    store.undo()
    assert [e.id for e in store.all()] == [kept.id]


def test_a_newer_file_is_read_only(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    doc = document()
    VocabularyStore(doc, path).add(draft(doc, "各社"))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["_meta"]["schema"]["schema_version"] = SCHEMA_VERSION + 1
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = path.read_bytes()
    store = VocabularyStore(doc, path)
    assert store.read_only is not None
    assert len(store) == 1
    with pytest.raises(ReadOnlyStoreError):
        store.add(draft(doc, "強化学習"))
    assert path.read_bytes() == before


def test_damaged_entries_are_skipped_and_kept_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    doc = document()
    good = VocabularyStore(doc, path).add(draft(doc, "各社"))
    data = json.loads(path.read_text(encoding="utf-8"))
    data[VOCABULARY_TABLE]["junk"] = {"id": "junk", "word": 3}
    data[VOCABULARY_TABLE]["other-id"] = {**good.to_dict()}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    store = VocabularyStore(doc, path)
    assert ([e.id for e in store.all()], store.skipped) == ([good.id], 2)
    store.add(draft(doc, "強化学習"))
    saved = json.loads(path.read_text(encoding="utf-8"))[VOCABULARY_TABLE]
    assert saved["junk"] == {"id": "junk", "word": 3}
    assert "other-id" in saved


def test_the_export_mode_never_writes(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    doc = document()
    VocabularyStore(doc, path).add(draft(doc, "各社"))
    store = VocabularyStore(doc, path, mode=OpenMode.READ)
    with pytest.raises(ReadOnlyStoreError):
        store.delete(store.all()[0].id)
