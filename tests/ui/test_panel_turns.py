"""Issue 10, defect 10 in the Annotations panel: a quote spanning two speakers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.core.annotations import Anchor, AnnotationStore
from reader.core.readings import ReadingCache, ReadingEngine
from reader.core.text.document import BlockKind, Document
from reader.ui.annotations_panel import AnnotationListModel


def spanning_model(doc: Document, warm_cache: Path) -> AnnotationListModel:
    turns = [b for b in doc.blocks if b.kind is BlockKind.TURN]
    jacob, david = next(
        (a, b) for a, b in zip(turns, turns[1:], strict=False)
        if (a.speaker, b.speaker) == ("Jacob", "David")
    )
    store = AnnotationStore(doc)
    store.add(Anchor.from_selection(doc, jacob.id, len(jacob.text) - 6, david.id, 8))
    words = ReadingCache(warm_cache, ReadingEngine()).load_cached(
        [(b.id, b.text) for b in doc.blocks]
    )
    assert words is not None
    return AnnotationListModel(store, "Introduction", lambda: words)


def shown(model: AnnotationListModel) -> str:
    return str(model.index(1, 0).data(Qt.ItemDataRole.DisplayRole))


def test_defect10_panel_shows_each_turn_with_its_speaker(
    seed_doc: Document, warm_cache: Path, qtbot: QtBot
) -> None:
    model = spanning_model(seed_doc, warm_cache)
    lines = shown(model).split("\n")
    assert len(lines) == 2
    assert [line[:8] for line in lines] == ["Jacob: 「", "David: 「"]
    assert all(line.endswith("」") for line in lines)
    tooltip = str(model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole))
    assert "David: 「" in tooltip


def test_defect10_panel_keeps_the_speakers_with_readings(
    seed_doc: Document, warm_cache: Path, qtbot: QtBot
) -> None:
    model = spanning_model(seed_doc, warm_cache)
    model.with_readings = True
    model.refresh(text_changed=True)
    lines = shown(model).split("\n")
    assert [line.split(": 「")[0] for line in lines] == ["Jacob", "David"]
    assert "（" in shown(model)  # readings inline, 漢字（かんじ）
