"""The panel's model follows the store: it inserts, removes and changes rows."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from reader.core.annotations import Anchor, AnnotationStore
from reader.core.text.document import Document
from reader.ui.annotations_panel import AnnotationListModel, Row, shared_ends


def anchor(doc: Document, prefix: str, length: int) -> Anchor:
    block = next(b.id for b in doc.blocks if b.text.startswith(prefix))
    return Anchor.from_selection(doc, block, 0, block, length)


@pytest.fixture
def store(seed_doc: Document) -> AnnotationStore:
    return AnnotationStore(seed_doc)


@pytest.fixture
def model(store: AnnotationStore, qtbot: QtBot) -> AnnotationListModel:
    model = AnnotationListModel(store, "Introduction", dict)
    store.subscribe(lambda _event: model.refresh())
    return model


class Spy:
    """The model's change signals, in order."""

    def __init__(self, model: AnnotationListModel) -> None:
        self.seen: list[tuple[str, int, int]] = []
        model.rowsInserted.connect(lambda _p, a, b: self.seen.append(("insert", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.seen.append(("remove", a, b)))
        model.dataChanged.connect(
            lambda a, b, _r: self.seen.append(("change", a.row(), b.row())))
        model.modelReset.connect(lambda: self.seen.append(("reset", 0, 0)))


def test_model_passes_qt_model_tester(model: AnnotationListModel, store: AnnotationStore,
                                      seed_doc: Document, qtmodeltester: Any) -> None:
    store.add(anchor(seed_doc, "この過程で", 4), note="メモ")
    store.add(anchor(seed_doc, "話題をエージェント", 2), color="green")
    qtmodeltester.check(model)


def test_store_changes_become_row_changes(model: AnnotationListModel,
                                          store: AnnotationStore,
                                          seed_doc: Document) -> None:
    """Regression: every store event reset the whole panel model."""
    spy = Spy(model)
    first = store.add(anchor(seed_doc, "この過程で", 4))
    assert spy.seen == [("insert", 0, 1)]  # its section's header, then the row
    spy.seen.clear()
    store.update(first.id, color="pink")
    assert spy.seen == [("change", 1, 1)]
    spy.seen.clear()
    second = store.add(anchor(seed_doc, "この過程で", 2))
    assert [s[0] for s in spy.seen] == ["insert"]
    assert spy.seen[0][2] - spy.seen[0][1] == 0  # one row: the header is there
    spy.seen.clear()
    store.delete(second.id)
    assert [s[0] for s in spy.seen] == ["remove"]
    assert model.rowCount() == 2


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("abc", "abc", (3, 0)),
    ("abc", "abxc", (2, 1)),
    ("abxc", "abc", (2, 1)),
    ("", "ab", (0, 0)),
    ("aa", "aaa", (2, 0)),  # the end never overlaps the start
    ("abc", "xyz", (0, 0)),
])
def test_shared_ends(old: str, new: str, expected: tuple[int, int]) -> None:
    assert shared_ends(list(old), list(new)) == expected


def test_row_key_is_the_header_or_the_annotation() -> None:
    assert Row("Introduction").key == ("header", "Introduction")
