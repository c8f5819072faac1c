"""The Annotations panel's search finds quotes and notes by reading too."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest
from pytestqt.qtbot import QtBot

from reader.core.annotations import Anchor, AnnotationStore
from reader.core.find import SoundMatcher
from reader.core.readings import ReadingEngine, Word
from reader.core.text.document import Document
from reader.ui.annotations_panel import AnnotationListModel
from reader.ui.note_readings import NoteReadings
from tests.core.annotations.anno_support import lines_document

TEXT = "各社とも強化学習に投資している。\n東京で新聞を読んだ。"


@pytest.fixture(scope="module")
def engine() -> ReadingEngine:
    return ReadingEngine()


@pytest.fixture(scope="module")
def doc() -> Document:
    return lines_document(TEXT)


def found(model: AnnotationListModel, query: str) -> list[str]:
    """The quotes of the rows the search keeps."""
    model.set_filter(query)
    return [
        row.annotation.anchor.exact
        for row in (model.row_at(model.index(i, 0)) for i in range(model.rowCount()))
        if row is not None and row.annotation is not None
    ]


@pytest.mark.parametrize(
    ("query", "quotes"),
    [
        ("かくしゃ", ["各社とも"]),
        ("kakusha", ["各社とも"]),
        ("KAKUSHA", ["各社とも"]),
        ("各社", ["各社とも"]),
        ("しんぶん", ["東京で新聞"]),
        ("shinbun", ["東京で新聞"]),
        ("きょうか", ["東京で新聞"]),  # the note 強化学習, read on demand
        ("kyōka", ["東京で新聞"]),
        ("memo", []),
        ("", ["各社とも", "東京で新聞"]),
    ],
)
def test_panel_search_by_reading(
    doc: Document, engine: ReadingEngine, qtbot: QtBot, query: str, quotes: list[str]
) -> None:
    store = AnnotationStore(doc)
    first, second = (b.id for b in doc.blocks[:2])
    store.add(Anchor.from_selection(doc, first, 0, first, 4))
    store.add(Anchor.from_selection(doc, second, 0, second, 5), note="強化学習")
    readings: Mapping[str, Sequence[Word]] = {
        b.id: engine.read(b.text) for b in doc.blocks
    }
    model = AnnotationListModel(
        store, "Intro", lambda: readings, matcher=SoundMatcher(engine.read)
    )
    assert found(model, query) == quotes


def test_panel_search_without_readings_is_by_text(
    doc: Document, qtbot: QtBot
) -> None:
    store = AnnotationStore(doc)
    first = doc.blocks[0].id
    store.add(Anchor.from_selection(doc, first, 0, first, 4), note="Note")
    model = AnnotationListModel(store, "Intro", dict)
    assert found(model, "kakusha") == []
    assert found(model, "各社") == ["各社とも"]
    assert found(model, "note") == ["各社とも"]


def test_notes_are_read_off_the_ui_thread_then_found(
    doc: Document, engine: ReadingEngine, qtbot: QtBot
) -> None:
    """A note is found by kana once the worker has read it; typing never waits."""
    store = AnnotationStore(doc)
    second = doc.blocks[1].id
    store.add(Anchor.from_selection(doc, second, 0, second, 5), note="強化学習")
    readings: Mapping[str, Sequence[Word]] = {
        b.id: engine.read(b.text) for b in doc.blocks
    }
    reads: list[str] = []

    def read(text: str) -> Sequence[Word]:
        reads.append(text)
        return engine.read(text)

    notes = NoteReadings(make_engine=lambda: read)
    model = AnnotationListModel(
        store, "Intro", lambda: readings, matcher=notes.matcher()
    )
    notes.ready.connect(lambda: model.set_matcher(notes.matcher()))
    assert found(model, "きょうか") == []  # answered at once: the note is queued
    assert notes.pending == 1
    qtbot.waitUntil(lambda: found_rows(model) == ["東京で新聞"])
    assert reads == ["強化学習"]  # read once, in the worker
    assert found(model, "kyouka") == ["東京で新聞"]
    assert found(model, "しんぶんし") == []
    assert reads == ["強化学習"]
    notes.wait()


def found_rows(model: AnnotationListModel) -> list[str]:
    """The quotes of the rows shown now (no new filter)."""
    return found(model, model.query)
