"""The floating colour toolbar closes when its work is done and never covers the
text it acts on (issue 10, defect 4). Real mouse and key events throughout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.core.text.document import Document
from reader.ui import annotation_controller
from reader.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, WindowFactory, js, js_json
from tests.ui.mouse import click, drag_select, pane

TOOLS = "document.querySelector('.sel-tools')"
START = "話題をエージェント"


def tools_shown(qtbot: QtBot, window: MainWindow) -> bool:
    return not js(qtbot, window, f"{TOOLS}.hidden")


def stays_hidden(qtbot: QtBot, window: MainWindow) -> None:
    """The toolbar is hidden, and still is after the page's pending timers ran (the
    toolbar places itself on a timer after each mouseup)."""
    qtbot.waitUntil(lambda: not tools_shown(qtbot, window), timeout=WAIT_MS)
    js(qtbot, window, f"window.yomuLater = 'waiting'; setTimeout(() => {{ "
                      f"window.yomuLater = {TOOLS}.hidden ? 'hidden' : 'shown'; }}, 50)")
    qtbot.waitUntil(lambda: js(qtbot, window, "window.yomuLater") != "waiting",
                    timeout=WAIT_MS)
    assert js(qtbot, window, "window.yomuLater") == "hidden"


def overlaps(a: list[float], b: list[float]) -> bool:
    """Whether boxes [left, right, top, bottom] overlap."""
    return a[0] < b[1] and b[0] < a[1] and a[2] < b[3] and b[2] < a[3]


def selected(qtbot: QtBot, window: MainWindow, seed_doc: Document) -> str:
    block = next(b.id for b in seed_doc.blocks if b.text.startswith(START))
    drag_select(qtbot, window, block, 13)
    qtbot.waitUntil(lambda: tools_shown(qtbot, window), timeout=WAIT_MS)
    return block


def box(qtbot: QtBot, window: MainWindow, expression: str) -> list[float]:
    return list(js_json(qtbot, window, (
        f"(() => {{ const r = {expression}.getBoundingClientRect();"
        " return [r.left, r.right, r.top, r.bottom]; })()")))


@pytest.mark.parametrize("aids", ["furigana", "both"])
def test_toolbar_never_covers_the_selection(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot, aids: str
) -> None:
    """Regression: the toolbar covered the text it acts on (and after an aid switch
    floated over unrelated text)."""
    window = make_window()
    window.set_option("aids", aids)
    block = selected(qtbot, window, seed_doc)
    tools = box(qtbot, window, TOOLS)
    tops = js_json(qtbot, window, f"[...{TOOLS}.querySelectorAll('button')]"
                                  ".map((b) => b.getBoundingClientRect().top)")
    assert len(set(tops)) == 1  # one row (the page's .note style moved ✎ down)
    # The selected text with its readings: every ruby it touches, whole.
    text = js_json(qtbot, window, (
        f"[...document.getElementById('{block}').querySelectorAll('ruby')]"
        ".filter((r) => getSelection().containsNode(r, true))"
        ".map((r) => { const b = r.getBoundingClientRect();"
        " return [b.left, b.right, b.top, b.bottom]; })"))
    text.append(box(qtbot, window, "getSelection().getRangeAt(0)"))
    assert not any(overlaps(tools, t) for t in text)
    window.set_option("aids", "romaji" if aids == "furigana" else "none")
    qtbot.waitUntil(lambda: not js(qtbot, window, "window.yomu.settling()"),
                    timeout=WAIT_MS)  # the aid switch has reflowed the page
    moved = box(qtbot, window, TOOLS)
    selection = box(qtbot, window, "getSelection().getRangeAt(0)")
    assert not overlaps(moved, selection)
    assert abs(moved[0] - selection[0]) < 40  # it followed the selection
    assert 0 < selection[2] - moved[3] < 40 or 0 < moved[2] - selection[3] < 40


def test_toolbar_closes_on_escape(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    """Regression: Escape did not close the toolbar."""
    window = make_window()
    selected(qtbot, window, seed_doc)
    QTest.keyClick(pane(window), Qt.Key.Key_Escape)
    stays_hidden(qtbot, window)
    assert window.view.selection  # the selection itself stays


def test_toolbar_closes_after_a_colour_is_chosen(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    """Regression: the toolbar lingered after a colour was chosen."""
    window = make_window()
    selected(qtbot, window, seed_doc)
    left, right, top, bottom = box(qtbot, window, f"{TOOLS}.querySelector('.swatch')")
    click(window, (left + right) / 2, (top + bottom) / 2)
    qtbot.waitUntil(lambda: js(qtbot, window, "window.yomu.highlightCount()") == 1,
                    timeout=WAIT_MS)
    stays_hidden(qtbot, window)


def test_toolbar_closes_after_a_note_is_saved(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Regression: the toolbar lingered after a note was saved."""
    window = make_window()
    monkeypatch.setattr(annotation_controller, "edit_note", lambda *_: "a note")
    selected(qtbot, window, seed_doc)
    left, right, top, bottom = box(qtbot, window, f"{TOOLS}.querySelector('.note')")
    click(window, (left + right) / 2, (top + bottom) / 2)
    assert window.notes is not None
    notes = window.notes

    def saved() -> None:
        assert [a.note for a in notes.store.all()] == ["a note"]

    qtbot.waitUntil(saved, timeout=WAIT_MS)
    stays_hidden(qtbot, window)


def test_toolbar_closes_when_the_selection_goes(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    window = make_window()
    block = selected(qtbot, window, seed_doc)
    left, right, top, bottom = box(qtbot, window, f"document.getElementById('{block}')")
    click(window, right - 5, bottom - 5)  # a click elsewhere in the text
    qtbot.waitUntil(lambda: not window.view.selection, timeout=WAIT_MS)
    stays_hidden(qtbot, window)
