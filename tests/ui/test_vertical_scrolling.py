"""Vertical writing scrolls with the wheel and the paging keys (issue 10, defect 1).

In vertical-rl the text runs right to left: the page starts at scrollX 0 and reads
on towards negative scrollX.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.core.text.document import Document
from reader.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, WindowFactory, js

SCROLL_X = "window.scrollX"
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def wheel(target: QWidget, notches: int, modifiers: Qt.KeyboardModifier = NO_MODIFIER
          ) -> None:
    """Turn a mouse wheel over the middle of ``target``: positive notches turn it
    down (towards the reader)."""
    middle = QPointF(target.width() / 2, target.height() / 2)
    event = QWheelEvent(
        middle, QPointF(target.mapToGlobal(middle.toPoint())), QPoint(0, 0),
        QPoint(0, -120 * notches), Qt.MouseButton.NoButton, modifiers,
        Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(target, event)


def vertical_window(make_window: WindowFactory, qtbot: QtBot) -> tuple[MainWindow,
                                                                           QWidget]:
    window = make_window()
    window.set_option("vertical", True)
    qtbot.waitUntil(lambda: not js(qtbot, window, "window.yomu.settling()"),
                    timeout=WAIT_MS)
    js(qtbot, window, "window.scrollTo(0, 0)")
    assert js(qtbot, window, SCROLL_X) == 0
    target = window.view.focusProxy()
    assert target is not None
    window.view.setFocus()
    return window, target


def scroll_x(qtbot: QtBot, window: MainWindow) -> float:
    return float(js(qtbot, window, SCROLL_X))


def moved(qtbot: QtBot, window: MainWindow, before: float, onward: bool) -> float:
    """Wait until the page scrolled from ``before`` onward (left) or back."""
    def check() -> None:
        now = scroll_x(qtbot, window)
        assert now < before if onward else now > before

    qtbot.waitUntil(check, timeout=WAIT_MS)
    return scroll_x(qtbot, window)


@pytest.mark.parametrize("modifiers", [NO_MODIFIER, Qt.KeyboardModifier.ShiftModifier])
def test_vertical_writing_scrolls_with_the_wheel(
    make_window: WindowFactory, qtbot: QtBot, modifiers: Qt.KeyboardModifier
) -> None:
    """Regression: in vertical writing the wheel left the page where it was, and
    Shift+wheel moved backwards."""
    window, target = vertical_window(make_window, qtbot)
    wheel(target, 3, modifiers)
    after = moved(qtbot, window, 0, onward=True)
    wheel(target, -1, modifiers)
    moved(qtbot, window, after, onward=False)


def test_vertical_writing_pages_with_the_keys(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    """Regression: PageDown, PageUp, Home and End did not move in vertical writing."""
    window, target = vertical_window(make_window, qtbot)
    width = float(js(qtbot, window, "window.innerWidth"))
    QTest.keyClick(target, Qt.Key.Key_PageDown)
    one_page = moved(qtbot, window, 0, onward=True)
    assert -width <= one_page <= -width / 2
    QTest.keyClick(target, Qt.Key.Key_PageDown)
    two_pages = moved(qtbot, window, one_page, onward=True)
    QTest.keyClick(target, Qt.Key.Key_PageUp)
    assert moved(qtbot, window, two_pages, onward=False) == pytest.approx(one_page, abs=2)
    QTest.keyClick(target, Qt.Key.Key_End)
    moved(qtbot, window, one_page, onward=True)
    # The sections at the end are drawn only now, and the page's length changes
    # with them: End goes on to the end as it does (resources/page/ends.js).
    last = "document.documentElement.scrollWidth - window.innerWidth"
    qtbot.waitUntil(
        lambda: abs(scroll_x(qtbot, window) + float(js(qtbot, window, last))) <= 2,
        timeout=WAIT_MS,
    )
    end = scroll_x(qtbot, window)
    QTest.keyClick(target, Qt.Key.Key_Home)
    assert moved(qtbot, window, end, onward=False) == pytest.approx(0, abs=2)


def test_vertical_writing_follows_the_sidebar(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    """A section chosen in the sidebar comes to the start (right edge) of the pane."""
    window, _ = vertical_window(make_window, qtbot)
    for row in (4, 2):
        first = seed_doc.sections[row].block_ids[0]
        window.sidebar.tree.activated.emit(window.sidebar.model.index(row, 0))
        qtbot.waitUntil(lambda: window.top_block == first, timeout=WAIT_MS)  # noqa: B023
        right = js(qtbot, window, (
            f"window.innerWidth - document.getElementById('{first}')"
            ".getBoundingClientRect().right"))
        assert 0 <= right <= 40
