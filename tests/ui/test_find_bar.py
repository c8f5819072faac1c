"""The find bar (Ctrl+F): count, next/previous, Escape, and marks that stay in the
page across aid switches, highlights, a reloaded page and vertical writing."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.core.find import FindIndex
from reader.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, WindowFactory, js_json


def _state(qtbot: QtBot, window: MainWindow) -> dict[str, Any]:
    return dict(js_json(qtbot, window, "window.yomu.findState()"))


def _find(qtbot: QtBot, window: MainWindow, query: str) -> None:
    """Open the bar with Ctrl+F, type ``query`` and wait for its marks."""
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.find_bar.field.hasFocus(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.finder.ready, timeout=WAIT_MS)
    with qtbot.waitSignal(window.finder.painted, timeout=WAIT_MS):
        if query.isascii():
            QTest.keyClicks(window.find_bar.field, query)
        else:  # QTest types ASCII only: kana arrive as an input method commits them
            window.find_bar.field.insert(query)


def _expected(window: MainWindow, query: str) -> list[tuple[str, int, int]]:
    hits = FindIndex(window.doc, window.readings).find(query)
    return [(h.block_id, h.start, h.end) for h in hits]


@pytest.mark.parametrize("query", ["各社", "かくしゃ", "kakusha", "kyōka", "kyouka"])
def test_count_and_marks_by_text_kana_and_romaji(
    make_window: WindowFactory, qtbot: QtBot, query: str
) -> None:
    window = make_window()
    _find(qtbot, window, query)
    expected = _expected(window, query)
    assert len(expected) >= 1
    hits = [(h.block_id, h.start, h.end) for h in window.finder.hits]
    assert hits == expected
    assert window.find_bar.count.text() == f"1 of {len(expected)}"
    state = _state(qtbot, window)
    assert (state["hits"], state["painted"], state["current"]) == (
        len(expected), len(expected), 0
    )
    assert state["currentPainted"]
    first = window.finder.hits[0]
    assert state["currentText"] == first.text


def test_enter_and_shift_enter_move_and_wrap(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    _find(qtbot, window, "kangae")
    total = len(window.finder.hits)
    assert total >= 2
    field = window.find_bar.field
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert window.find_bar.count.text() == f"2 of {total}"
    qtbot.waitUntil(lambda: _state(qtbot, window)["current"] == 1, timeout=WAIT_MS)
    assert _state(qtbot, window)["currentText"] == window.finder.hits[1].text
    QTest.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.count.text() == f"{total} of {total}"
    QTest.keyClick(window, Qt.Key.Key_F3)
    assert window.find_bar.count.text() == f"1 of {total}"
    QTest.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.count.text() == f"{total} of {total}"


def test_no_match_says_so_and_paints_nothing(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    _find(qtbot, window, "ぴゃぴゅぴょ")
    assert window.find_bar.count.text() == "No matches"
    assert _state(qtbot, window)["painted"] == 0


def test_escape_closes_and_removes_the_marks(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    _find(qtbot, window, "各社")
    QTest.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert window.find_bar.isHidden()
    qtbot.waitUntil(lambda: _state(qtbot, window)["painted"] == 0, timeout=WAIT_MS)
    assert not _state(qtbot, window)["currentPainted"]


def test_escape_gives_the_keys_back_to_the_page_where_the_reader_is(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    """Regression (seen under Xvfb): closing the bar moved the focus on by Tab, into
    the page's first link, the footer's, and the page jumped to the end."""
    window = make_window()
    _find(qtbot, window, "各社")
    top = window.top_block
    QTest.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    pane = window.view.focusProxy()
    assert pane is not None
    qtbot.waitUntil(pane.hasFocus, timeout=WAIT_MS)
    assert js_json(qtbot, window, "document.activeElement.tagName") == "BODY"
    assert js_json(qtbot, window, "window.yomu.topBlock()") == top


@pytest.mark.parametrize("aids", ["none", "romaji", "both"])
def test_marks_stay_across_aid_switches(
    make_window: WindowFactory, qtbot: QtBot, aids: str
) -> None:
    window = make_window()
    _find(qtbot, window, "かくしゃ")
    total = len(window.finder.hits)
    window.set_option("aids", aids)
    qtbot.waitUntil(
        lambda: js_json(qtbot, window, "document.body.className").count(aids) > 0,
        timeout=WAIT_MS,
    )
    state = _state(qtbot, window)
    assert (state["painted"], state["currentText"]) == (total, "各社")


def test_placing_highlights_keeps_the_find_marks(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    """Regression: placeHighlights() deleted every CSS highlight but "flash"."""
    window = make_window()
    _find(qtbot, window, "各社")
    total = len(window.finder.hits)
    assert js_json(qtbot, window, "window.yomu.setHighlights([])") == 0
    state = _state(qtbot, window)
    assert (state["painted"], state["currentPainted"]) == (total, True)


def test_a_reloaded_page_gets_the_marks_again(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    _find(qtbot, window, "kakusha")
    total = len(window.finder.hits)
    with qtbot.waitSignal(window.finder.painted, timeout=WAIT_MS):
        window.set_option("romaji_style", "ascii")  # romaji is in the markup
    assert _state(qtbot, window)["painted"] == total


def test_current_hit_is_scrolled_into_view_in_vertical_writing(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.set_option("vertical", True)
    qtbot.waitUntil(
        lambda: "vertical" in js_json(qtbot, window, "document.body.className"),
        timeout=WAIT_MS,
    )
    _find(qtbot, window, "kangae")
    for _ in range(len(window.finder.hits) - 1):  # the last one: far along
        with qtbot.waitSignal(window.finder.painted, timeout=WAIT_MS):
            window.finder.step(1)
    rect = js_json(qtbot, window, "window.yomu.findCurrentRect()")
    assert rect is not None
    assert rect["x"] >= 0
    assert rect["x"] + rect["w"] <= rect["vw"]
    assert rect["y"] >= 0
    assert rect["y"] + rect["h"] <= rect["vh"]


def test_a_query_typed_before_the_index_is_built_runs_when_it_is(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    assert not window.finder.ready  # nothing indexed before the bar is opened
    window.find_bar.open_bar()
    qtbot.waitUntil(lambda: window.finder.ready, timeout=WAIT_MS)
    index, window.finder.index = window.finder.index, None  # as while it is built
    window.find_bar.field.insert("各社")
    assert window.find_bar.count.text() == "Indexing…"
    assert index is not None
    with qtbot.waitSignal(window.finder.painted, timeout=WAIT_MS):
        window.finder._on_index(window.finder._building, index)
    total = len(index.find("各社"))
    assert window.find_bar.count.text() == f"1 of {total}"
    assert _state(qtbot, window)["painted"] == total
