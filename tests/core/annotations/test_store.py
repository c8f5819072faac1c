"""AnnotationStore: changes, write-through, events, undo/redo, order and search."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tinydb.storages import MemoryStorage

from reader.core.annotations import (
    Anchor,
    Annotation,
    AnnotationStore,
    EventKind,
    StoreEvent,
    matches,
)
from reader.core.text.document import Document
from tests.core.annotations.anno_support import StoreFactory


def _anchor(doc: Document, block: str = "b0", start: int = 0, end: int = 3) -> Anchor:
    return Anchor.from_selection(doc, block, start, block, end)


def _on_disk(path: Path) -> dict[str, dict[str, object]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    records: dict[str, dict[str, object]] = data["annotations"]
    return records


def test_add_update_delete_are_written_before_returning(
    doc: Document, open_store: StoreFactory, db_path: Path
) -> None:
    store = open_store(doc)
    a = store.add(_anchor(doc), "green", "underline", "メモ\n二行目")
    assert _on_disk(db_path)[a.id]["note"] == "メモ\n二行目"
    b = store.update(a.id, color="blue", note="")
    assert (b.color, b.note, b.style) == ("blue", "", "underline")
    assert b.modified >= a.modified
    assert b.created == a.created
    assert _on_disk(db_path)[a.id]["color"] == "blue"
    store.delete(a.id)
    assert _on_disk(db_path) == {}
    assert a.id not in store


def test_reopening_gives_back_the_same_annotations(
    doc: Document, open_store: StoreFactory, db_path: Path
) -> None:
    store = open_store(doc)
    made = [store.add(_anchor(doc, b, 1, 3), note=b) for b in ("b2", "b0", "b1")]
    again = open_store(doc)
    assert again.all() == sorted(made, key=lambda a: a.anchor.block_id)
    assert again.load_report.ok


def test_listeners_hear_after_the_change_is_saved(
    doc: Document, open_store: StoreFactory, db_path: Path
) -> None:
    store = open_store(doc)
    seen: list[tuple[StoreEvent, bool]] = []
    store.subscribe(lambda e: seen.append((e, e.annotation_id in _on_disk(db_path))))
    a = store.add(_anchor(doc))
    store.update(a.id, note="x")
    store.delete(a.id)
    assert seen == [
        (StoreEvent(EventKind.ADDED, a.id), True),
        (StoreEvent(EventKind.UPDATED, a.id), True),
        (StoreEvent(EventKind.REMOVED, a.id), False),
    ]


def test_a_failing_listener_does_not_stop_others(doc: Document) -> None:
    store = AnnotationStore(doc)
    heard: list[StoreEvent] = []

    def broken(event: StoreEvent) -> None:
        raise RuntimeError("view bug")

    store.subscribe(broken)
    unsubscribe = store.subscribe(heard.append)
    store.add(_anchor(doc))
    unsubscribe()
    store.add(_anchor(doc, "b1"))
    assert len(heard) == 1


def test_undo_redo_every_kind_of_change(
    doc: Document, open_store: StoreFactory, db_path: Path
) -> None:
    store = open_store(doc)
    assert not store.can_undo
    assert not store.undo()
    a = store.add(_anchor(doc), note="one")
    b = store.update(a.id, note="two")
    store.delete(a.id)

    assert store.undo()
    assert store.get(a.id) == b
    assert store.undo()
    assert store.get(a.id) == a
    assert _on_disk(db_path)[a.id]["note"] == "one"
    assert store.undo()
    assert a.id not in store
    assert not store.can_undo
    assert store.can_redo

    assert store.redo()
    assert store.redo()
    assert store.get(a.id) == b
    assert store.redo()
    assert a.id not in store
    assert not store.can_redo
    assert _on_disk(db_path) == {}


def test_a_new_change_clears_redo(doc: Document) -> None:
    store = AnnotationStore(doc)
    a = store.add(_anchor(doc))
    store.undo()
    assert store.can_redo
    store.add(_anchor(doc, "b1"))
    assert not store.can_redo
    assert a.id not in store


def test_update_without_change_is_not_a_step(doc: Document) -> None:
    store = AnnotationStore(doc)
    a = store.add(_anchor(doc), "pink")
    assert store.update(a.id, color="pink") is a
    store.undo()
    assert len(store) == 0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"color": "red"}, "colour"), ({"style": "bold"}, "style")],
)
def test_bad_values_are_refused(
    doc: Document, kwargs: dict[str, str], message: str
) -> None:
    store = AnnotationStore(doc)
    color, style = kwargs.get("color", "yellow"), kwargs.get("style", "highlight")
    with pytest.raises(ValueError, match=message):
        store.add(_anchor(doc), color, style)
    a = store.add(_anchor(doc))
    with pytest.raises(ValueError, match=message):
        store.update(a.id, color=color, style=style)
    assert store.get(a.id) == a


def test_anchor_not_in_the_document_is_refused(doc: Document) -> None:
    store = AnnotationStore(doc)
    bogus = Anchor("b0", 0, "b0", 3, 0, 3, "存在しない文字列です", "", "")
    with pytest.raises(ValueError, match="does not match"):
        store.add(bogus)
    assert len(store) == 0


def test_unknown_ids_raise_key_error(doc: Document) -> None:
    store = AnnotationStore(doc)
    with pytest.raises(KeyError):
        store.update("nope", note="x")
    with pytest.raises(KeyError):
        store.delete("nope")


def test_all_is_in_document_order(doc: Document) -> None:
    store = AnnotationStore(doc)
    late = store.add(_anchor(doc, "b3", 0, 4))
    early = store.add(_anchor(doc, "b0", 5, 7))
    earliest = store.add(_anchor(doc, "b0", 0, 2))
    spanning = store.add(Anchor.from_selection(doc, "b1", 3, "b2", 2))
    assert store.all() == [earliest, early, spanning, late]
    assert list(store) == store.all()


def test_search_and_matches(doc: Document) -> None:
    store = AnnotationStore(doc)
    cat = store.add(_anchor(doc, "b0", 3, 4), "yellow", note="")
    hello = store.add(_anchor(doc, "b3", 0, 5), "blue", note="Greeting NOTE")
    assert store.search("猫") == [cat]
    assert store.search("note") == [hello]
    assert store.search("hello") == [hello]
    assert store.search("") == [cat, hello]
    assert matches(hello, colors={"blue"}, has_note=True)
    assert not matches(hello, colors={"yellow"})
    assert not matches(cat, has_note=True)
    assert matches(cat, has_note=False)


def test_memory_storage_store(doc: Document) -> None:
    store = AnnotationStore(doc, storage=MemoryStorage)
    a = store.add(_anchor(doc))
    assert store.all() == [a]
    assert store.path is None
    assert store.load_report.ok


def test_reattach_needs_review_by_update(doc: Document) -> None:
    store = AnnotationStore(doc)
    lost = Anchor("gone", 0, "gone", 4, 0, 4, "消えた文字列", "", "")
    [added] = store.add_many([Annotation("f" * 32, doc.doc_id, lost)])
    assert store.needs_review == [added]
    assert store.all() == [added]
    fixed = store.update(added.id, anchor=_anchor(doc, "b1", 0, 3))
    assert store.needs_review == []
    placed = store.placement(fixed.id)
    assert placed is not None
    assert placed.pieces[0].block_id == "b1"
