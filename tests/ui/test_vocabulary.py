"""Vocabulary in the window: "Add to vocabulary" from the popup (with the sense
chosen there) and from the selection's menu, and the panel: list by section, search
by kana and romaji, delete and undo (Ctrl+Z in the list), the jump to the word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.core.vocabulary import VocabEntry, draft_at
from reader.ui import plain
from reader.ui.main_window import MainWindow
from reader.ui.vocabulary_controller import VocabularyController
from reader.ui.vocabulary_panel import export_vocabulary
from tests.ui.conftest import WAIT_MS, WindowFactory, js, js_json
from tests.ui.test_lookup_popup import char_point, click, page_widget

# 話し合いました in a turn of the interview (test_lookup_popup.WORDS).
BLOCK, START = "tu-a49caddd", 95


def _vocab(window: MainWindow) -> VocabularyController:
    assert window.vocab is not None
    return window.vocab


def _added(qtbot: QtBot, window: MainWindow, count: int) -> list[VocabEntry]:
    qtbot.waitUntil(lambda: len(_vocab(window).store) == count, timeout=WAIT_MS)
    return _vocab(window).store.all()


def _add(window: MainWindow, block_id: str, start: int, end: int) -> VocabEntry:
    """An entry made directly in the store (no dictionary), as the panel shows it."""
    words = window.readings.get(block_id)
    draft = draft_at(window.doc, block_id, start, end, None, words)
    return _vocab(window).store.add(draft)


def test_add_from_the_popup_with_the_chosen_sense(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    block_id, inside = "tu-bdddd1ee", 70  # 大きかった: 大きい has several senses
    click(qtbot, window, char_point(qtbot, window, block_id, inside))
    result = window.lookup.result
    assert result is not None
    assert result.best is not None
    senses = result.best.entry.senses
    assert len(senses) >= 2
    js(qtbot, window, 'document.querySelector(".lookup li[data-sense=\\"1\\"]").click()')
    QTest.keyClick(page_widget(window), Qt.Key.Key_A)
    (entry,) = _added(qtbot, window, 1)
    text = window.doc.block(block_id).text
    assert (entry.word, entry.form, entry.reading) == ("大きかった", "大きい", "おおきい")
    assert entry.romaji == "ōkii"
    assert (entry.sense, entry.gloss) == (1, "; ".join(senses[1].glosses))
    assert entry.anchor.exact == "大きかった"
    assert entry.sentence in text
    assert entry.sentence != text  # the sentence, not the whole turn
    assert entry.sentence[entry.word_at :].startswith("大きかった")
    assert window.vocab_panel is not None
    assert window.vocab_panel.isVisible()  # the panel comes with the first word


def test_add_from_the_selection_menu(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    block = window.doc.block(BLOCK)
    js(qtbot, window, f"window.yomu.selectBlockRange({json.dumps(BLOCK)}, {START}, "
                      f"{START + 3})")
    qtbot.waitUntil(lambda: bool(window.view.selection), timeout=WAIT_MS)
    menu = window.view.context_menu({"b": BLOCK, "o": START})
    assert window.actions_.add_vocabulary in menu.actions()
    window.actions_.add_vocabulary.trigger()
    (entry,) = _added(qtbot, window, 1)
    assert entry.word == block.text[START : START + 3] == "話し合"
    assert entry.anchor.exact == "話し合"


def test_panel_lists_by_section_and_searches_by_reading(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    panel = window.vocab_panel
    assert panel is not None
    first = _add(window, BLOCK, START, START + 7)
    other = next(b for b in window.doc.blocks if "各社" in b.text)
    at = other.text.index("各社")
    second = _add(window, other.id, at, at + 2)
    assert {i.text(0) for i in panel.items()} == {first.form, second.form}
    heads = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    assert all(h is not None and h.text(0).endswith(")") for h in heads)
    for query, shown in (("かくしゃ", second), ("kakusha", second), ("hanashiai", first)):
        panel.search.setText(query)
        assert [i.text(0) for i in panel.items()] == [shown.form], query
    panel.search.setText("ぴゃぴゅ")
    assert panel.items() == []


def test_delete_and_undo_with_ctrl_z_in_the_list(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    panel = window.vocab_panel
    assert panel is not None
    entry = _add(window, BLOCK, START, START + 7)
    panel.show()
    (item,) = panel.items()
    item.setSelected(True)
    panel.tree.setFocus()
    QTest.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert len(_vocab(window).store) == 0
    assert panel.items() == []
    assert QKeySequence(QKeySequence.StandardKey.Undo).toString() == "Ctrl+Z"
    QTest.keyClick(panel.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [e.id for e in _vocab(window).store.all()] == [entry.id]
    assert [i.text(0) for i in panel.items()] == [entry.form]


def test_edit_changes_the_note_and_meaning(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    entry = _add(window, BLOCK, START, START + 7)
    changed = _vocab(window).update(entry.id, note="会議の話", gloss="to discuss")
    assert changed is not None
    assert (changed.note, changed.gloss) == ("会議の話", "to discuss")
    panel = window.vocab_panel
    assert panel is not None
    assert [i.text(2) for i in panel.items()] == ["to discuss"]


def test_activating_a_word_shows_it_in_the_text(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    panel = window.vocab_panel
    assert panel is not None
    last = window.doc.blocks[-2]
    entry = _add(window, last.id, 0, 2)
    (item,) = panel.items()
    panel.tree.itemActivated.emit(item, 0)
    qtbot.waitUntil(
        lambda: js_json(qtbot, window, "CSS.highlights.has('flash')") is True,
        timeout=WAIT_MS,
    )
    rect = js_json(
        qtbot, window,
        f"(() => {{ const r = window.yomu.rangeFor({json.dumps(last.id)}, 0, 2)"
        ".getBoundingClientRect(); return [r.top, r.bottom, innerHeight]; })()",
    )
    assert rect[0] >= 0, entry.word
    assert rect[1] <= rect[2], entry.word


def test_export_writes_a_deck_and_a_tsv(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    entry = _add(window, BLOCK, START, START + 7)
    assert _vocab(window).export(tmp_path / "v.apkg") == 1
    assert (tmp_path / "v.apkg").stat().st_size > 0
    assert _vocab(window).export(tmp_path / "v.tsv") == 1
    assert entry.form in (tmp_path / "v.tsv").read_text(encoding="utf-8")
    # What Export… in the panel and File ▸ Export Vocabulary… run once a file is chosen.
    assert export_vocabulary(_vocab(window), window, tmp_path / "again.apkg")
    assert window.statusBar().currentMessage() == "Exported 1 words to again.apkg"
    warned: list[tuple[object, ...]] = []
    monkeypatch.setattr(plain, "warn", lambda *args: warned.append(args))
    assert not export_vocabulary(_vocab(window), window, tmp_path / "no" / "x.tsv")
    assert [w[1] for w in warned] == ["Export failed"]
