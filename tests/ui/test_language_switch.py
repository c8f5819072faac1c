"""Switching the interface language at run time: every visible string follows
(issue 10, defect 6)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QMenu, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from reader.core.annotations import Anchor, AnnotationStore
from reader.core.resources import resource_path
from reader.core.text.document import Document
from reader.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory, js

TEXT_GETTERS = ("text", "placeholderText", "toolTip", "windowTitle", "statusTip",
                "title", "format")


def translated() -> dict[str, str]:
    """The interface's English strings that have a Japanese translation of their own."""
    root = ET.parse(resource_path("i18n/yomu_ja.ts")).getroot()
    pairs = ((m.findtext("source") or "", m.findtext("translation") or "")
             for m in root.iter("message"))
    return {source: ja for source, ja in pairs if ja and ja != source}


def model_texts(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[str]:
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = index.data(role)
            if isinstance(value, str):
                yield value
        yield from model_texts(model, index)


def object_texts(obj: QObject) -> Iterator[str]:
    for name in TEXT_GETTERS:
        getter = getattr(obj, name, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:  # a getter that wants arguments is no string property
                continue
            if isinstance(value, str):
                yield value
    if isinstance(obj, QComboBox):
        yield from (obj.itemText(i) for i in range(obj.count()))
    if isinstance(obj, QAbstractItemView) and obj.model() is not None:
        yield from model_texts(obj.model(), QModelIndex())


def menu_actions(actions: list[QAction]) -> Iterator[QAction]:
    for action in actions:
        yield action
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from menu_actions(menu.actions())


def window_texts(window: MainWindow) -> set[str]:
    """Every string the window's widgets and actions show (a widget replaced by
    the switch, and so hidden, shows none)."""
    widgets = [w for w in window.findChildren(QWidget) if w.isVisibleTo(window)]
    actions = menu_actions([a for w in [window, *widgets] for a in w.actions()])
    objects: list[QObject] = [window, *widgets, *actions]
    return {t for obj in objects for t in object_texts(obj) if t}


def switch(qtbot: QtBot, window: MainWindow, language: str) -> None:
    """Switch, and let the event loop show the rebuilt toolbar and drop the old."""
    window.set_language(language)

    def rebuilt() -> None:
        bars = window.findChildren(QToolBar)
        assert len(bars) == 1
        assert bars[0].isVisible()

    qtbot.waitUntil(rebuilt)


def unplaceable(data_dir: Path, doc: Document) -> None:
    """An annotations file with a placed highlight and one that needs review."""
    path = data_dir / "annotations.json"
    block = next(b.id for b in doc.blocks if b.text.startswith("話題をエージェント"))
    store = AnnotationStore(doc, path)
    store.add(Anchor.from_selection(doc, block, 0, block, 2))
    lost = store.add(Anchor.from_selection(doc, block, 3, block, 9))
    data = json.loads(path.read_text(encoding="utf-8"))
    anchor = data["annotations"][lost.id]["anchor"]
    anchor.update(exact="どこにもない文章", prefix="", suffix="")
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_switching_language_leaves_no_english_string(
    make_window: WindowFactory, qtbot: QtBot, data_dir: Path, seed_doc: Document
) -> None:
    """Regression: after switching to Japanese the Annotations panel kept its English
    title, search placeholder, filters, "Readings" and "Needs review"."""
    unplaceable(data_dir, seed_doc)
    window = make_window()
    assert window.panel is not None
    window.panel.show()
    sources = translated()
    english = window_texts(window)
    for expected in ("Annotations", "Search quotes and notes", "All colours",
                     "Readings", "With notes", "Needs review", "Introduction"):
        assert expected in english  # the walk sees the panel's strings
    switch(qtbot, window, "ja")
    left = sorted(t for t in window_texts(window) if t in sources)
    assert left == []
    japanese = window_texts(window)
    for source in ("Annotations", "Needs review", "Readings"):
        assert sources[source] in japanese
    switch(qtbot, window, "en")
    back = window_texts(window)
    assert sorted(back & set(sources.values())) == []  # no Japanese left
    # English again: strings seen before, or other English source strings (a
    # tabbed dock's tab bar, the Vocabulary tab, may show only after the rebuild).
    assert back <= english | set(sources)
    for source in ("Annotations", "Needs review", "Readings", "&File"):
        assert source in back


def test_selection_toolbar_tool_tips_follow_the_language(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    """Regression: the page's colour toolbar named its colours "yellow", "green"…
    whatever the interface language."""
    window = make_window()
    titles = ("JSON.stringify([...document.querySelectorAll('.sel-tools button')]"
              ".map((b) => b.title))")
    sources = translated()
    english = ["Yellow", "Green", "Blue", "Pink", "Purple", "Underline", "Add Note…"]
    qtbot.waitUntil(lambda: json.loads(js(qtbot, window, titles)) == english)
    switch(qtbot, window, "ja")
    japanese = [sources[name] for name in english]
    qtbot.waitUntil(lambda: json.loads(js(qtbot, window, titles)) == japanese)
    switch(qtbot, window, "en")  # the translators are the application's
    qtbot.waitUntil(lambda: json.loads(js(qtbot, window, titles)) == english)
