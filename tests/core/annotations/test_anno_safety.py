"""The store's promises under failure (issue 7): atomic repair, failed saves that
change nothing, symlinks written through, bounded placing and recovery."""

from __future__ import annotations

import errno
import json
import os
import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reader.core.annotations import (
    Anchor,
    Annotation,
    AnnotationStore,
    Method,
    StoreEvent,
    StoreWriteError,
    anchoring,
    salvage,
)
from reader.core.annotations.recovery import UNPLACED_TABLE
from reader.core.text.document import Document
from tests.core.annotations.anno_support import SEED, lines_document, seed_text


def _no_space(*_: Any, **__: Any) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def _fill(store: AnnotationStore, doc: Document, n: int) -> list[Annotation]:
    return [
        store.add(Anchor.from_selection(doc, "b0", i, "b0", i + 2), note=f"n{i}")
        for i in range(n)
    ]


def _siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p != path)


# -- repair is atomic ------------------------------------------------------------


@pytest.mark.parametrize("failing", ["os.replace", "keep-aside", "write"])
def test_a_repair_that_fails_leaves_the_damaged_file_in_place(
    doc: Document, db_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    """Regression: moving aside first, then failing, left an empty store forever."""
    _fill(AnnotationStore(doc, db_path), doc, 3)
    text = db_path.read_text(encoding="utf-8")
    # Cut inside the last record, wherever the tables after it end (schema 4 added one).
    damaged = text[: text.index(',"unplaced"') - 10]
    db_path.write_text(damaged, encoding="utf-8")
    if failing == "os.replace":
        monkeypatch.setattr(os, "replace", _no_space)
    elif failing == "keep-aside":
        monkeypatch.setattr(os, "link", _no_space)
        monkeypatch.setattr(shutil, "copy2", _no_space)
    else:
        monkeypatch.setattr(os, "fsync", _no_space)

    store = AnnotationStore(doc, db_path)
    assert store.read_only is not None
    assert "could not be repaired" in store.read_only
    assert len(store) == 2  # what could be read is shown, read-only
    assert db_path.read_text(encoding="utf-8") == damaged
    assert _siblings(db_path) == []
    monkeypatch.undo()

    again = AnnotationStore(doc, db_path)  # the next start sees the damage again
    assert again.load_report.reason is not None
    assert again.load_report.moved_aside is not None
    assert again.load_report.moved_aside.read_text(encoding="utf-8") == damaged
    assert len(again) == 2
    assert again.read_only is None


# -- a failed save changes nothing -------------------------------------------------


def test_a_failed_save_leaves_memory_history_and_listeners_unchanged(
    doc: Document, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = AnnotationStore(doc, db_path)
    first, second = _fill(store, doc, 2)
    store.delete(second.id)
    heard: list[StoreEvent] = []
    store.subscribe(heard.append)
    on_disk = db_path.read_bytes()
    before = (store.all(), store.can_undo, store.can_redo)
    monkeypatch.setattr(os, "replace", _no_space)
    attempts: list[Callable[[], object]] = [
        lambda: store.add(Anchor.from_selection(doc, "b1", 0, "b1", 3)),
        lambda: store.update(first.id, note="edited"),
        lambda: store.delete(first.id),
        lambda: store.undo(),
        lambda: store.add_many([Annotation("c" * 32, doc.doc_id, first.anchor)]),
    ]
    for attempt in attempts:
        with pytest.raises(StoreWriteError) as info:
            attempt()
        assert isinstance(info.value, OSError)
        assert info.value.errno == errno.ENOSPC
        assert "\n" not in str(info.value)
        assert (store.all(), store.can_undo, store.can_redo) == before
        assert heard == []
        assert db_path.read_bytes() == on_disk
    monkeypatch.undo()
    assert store.undo()  # the history still holds the delete
    assert second.id in store
    assert len(heard) == 1


# -- symlinks ----------------------------------------------------------------------


def test_a_symlinked_store_is_written_through_to_its_target(
    doc: Document, tmp_path: Path
) -> None:
    """Regression: the first write replaced the link by a regular file."""
    (tmp_path / "real").mkdir()
    (tmp_path / "data").mkdir()
    target = tmp_path / "real" / "annotations.json"
    link = tmp_path / "data" / "annotations.json"
    _fill(AnnotationStore(doc, target), doc, 1)
    link.symlink_to(target)

    store = AnnotationStore(doc, link)
    store.add(Anchor.from_selection(doc, "b1", 0, "b1", 3), note="through")
    assert link.is_symlink()
    assert len(json.loads(target.read_text(encoding="utf-8"))["annotations"]) == 2
    assert _siblings(link) == []  # no temp file beside the link
    assert _siblings(target) == []

    target.write_text(target.read_text(encoding="utf-8")[:-30], encoding="utf-8")
    repaired = AnnotationStore(doc, link)
    aside = repaired.load_report.moved_aside
    assert aside is not None
    assert aside.parent == target.parent  # kept next to the real file
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["annotations"]


# -- placing: bounded, remembered, off the caller's thread ---------------------------


def _near_miss(source: str, start: int, length: int, every: int) -> str:
    chars = list(source[start : start + length])
    for i in range(0, len(chars), every):
        chars[i] = "ゑ"
    return "".join(chars)


def test_a_long_near_match_is_placed_by_the_fuzzy_matcher(seed_doc: Document) -> None:
    """Regression: a 6,000-character near match took 49 s (difflib)."""
    quote = _near_miss(seed_doc.source, 1000, 6000, 40)
    anchor = Anchor("gone", 0, "gone", 6000, 1000, 7000, quote)
    placed = anchoring.Resolver(seed_doc).resolve(anchor)
    assert placed is not None
    assert placed.method is Method.FUZZY
    assert abs(placed.start - 1000) <= 2
    assert abs(placed.end - 7000) <= 2


def test_a_quote_past_the_fuzzy_limit_is_not_searched_approximately(
    seed_doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    aligned: list[object] = []

    def align(*args: object) -> list[tuple[int, int]]:
        aligned.append(args)
        return []

    monkeypatch.setattr(anchoring, "_align", align)
    long = anchoring.MAX_FUZZY_LEN + 1
    quote = _near_miss(seed_doc.source * 2, 0, long, 40)
    anchor = Anchor("gone", 0, "gone", long, 0, long, quote)
    assert anchoring.Resolver(seed_doc).resolve(anchor) is None
    assert aligned == []


def test_a_miss_is_remembered_until_the_text_changes(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = seed_text()
    doc = lines_document(text, SEED.name)
    block = next(b for b in doc.blocks if len(b.text) > 60)
    store = AnnotationStore(doc, db_path)
    lost = store.add(Anchor.from_selection(doc, block.id, 0, block.id, 60))
    store.close()
    edited = lines_document(text.replace(block.text, "書き換えた。"), SEED.name)

    searched: list[Anchor] = []
    resolve = anchoring.Resolver.resolve

    def counting(self: anchoring.Resolver, anchor: Anchor) -> Any:
        searched.append(anchor)
        return resolve(self, anchor)

    monkeypatch.setattr(anchoring.Resolver, "resolve", counting)
    first = AnnotationStore(edited, db_path)
    worker = threading.Thread(target=first.settle)  # as the window does
    worker.start()
    worker.join()
    assert [a.id for a in first.needs_review] == [lost.id]
    assert len(searched) == 1
    marks = json.loads(db_path.read_text(encoding="utf-8"))[UNPLACED_TABLE]
    assert marks[lost.id]["digest"] == edited.doc_id
    first.close()

    searched.clear()
    second = AnnotationStore(edited, db_path)
    second.settle()
    assert [a.id for a in second.needs_review] == [lost.id]
    assert searched == []  # the same text: not searched again
    second.close()

    again = lines_document(edited.source + "追記。\n", SEED.name)
    third = AnnotationStore(again, db_path)
    assert [a.id for a in third.needs_review] == [lost.id]
    assert len(searched) == 1  # a changed text: searched again


# -- recovery is linear --------------------------------------------------------------


def test_recovering_a_crafted_damaged_file_reads_each_character_once(
    doc: Document, db_path: Path
) -> None:
    """Regression: 1.4 MB of crafted damage took 55 s (a decode at every ``{``)."""
    store = AnnotationStore(doc)
    one, two = _fill(store, doc, 2)
    sound = [json.dumps(a.to_dict(), ensure_ascii=False) for a in (one, two)]
    text = "".join(
        [
            '{"annotations":{',
            '{"id":' * 60_000,  # nested openings: deep decoding at every one
            sound[0],
            '{"note":"' + "x" * 300_000,  # a string that never ends
            '{"a":[' * 100_000,
            ",".join(["{}"] * 50_000),
            sound[1],
            '{"id":"' * 20_000,
        ]
    )
    assert len(text) > 1_400_000
    found = salvage.salvage(text)
    assert {a.id for a in found.records} == {one.id, two.id}
    assert found.scanned <= len(text)  # linear: every character decoded at most once
    assert found.attempts <= 80_003

    db_path.write_text(text, encoding="utf-8")
    opened = AnnotationStore(doc, db_path)
    assert opened.load_report.recovered == 2
    assert {a.note for a in opened.all()} == {one.note, two.note}
