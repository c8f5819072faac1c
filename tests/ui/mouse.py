"""Real mouse input to the reading pane (Qt events to the view's focus proxy)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, js, js_json


def pane(window: MainWindow) -> QWidget:
    """The widget that takes the page's input events."""
    target = window.view.focusProxy()
    assert target is not None
    return target


def char_box(qtbot: QtBot, window: MainWindow, block: str, at: int) -> list[float]:
    """Left, right, top and bottom of character ``at`` of ``block`` (CSS pixels)."""
    return list(js_json(qtbot, window, (
        f"(() => {{ const r = window.yomu.rangeFor('{block}', {at}, {at + 1})"
        ".getBoundingClientRect(); return [r.left, r.right, r.top, r.bottom]; })()")))


def drag_select(qtbot: QtBot, window: MainWindow, block: str, end: int) -> None:
    """Select characters 0 to ``end`` of ``block``'s first line with a mouse drag."""
    js(qtbot, window, f"document.getElementById('{block}').scrollIntoView()")
    qtbot.waitUntil(lambda: window.top_block == block, timeout=WAIT_MS)
    first, last = char_box(qtbot, window, block, 0), char_box(qtbot, window, block, end - 1)
    assert first[2:] == last[2:]  # one line
    left, right = round(first[0]), round(last[1])
    middle = round((first[2] + first[3]) / 2)
    target = pane(window)
    QTest.mousePress(target, Qt.MouseButton.LeftButton, pos=QPoint(left + 1, middle))
    for x in range(left + 10, right - 1, 10):
        QTest.mouseMove(target, QPoint(x, middle))
    QTest.mouseRelease(target, Qt.MouseButton.LeftButton, pos=QPoint(right - 1, middle))
    qtbot.waitUntil(lambda: bool(window.view.selection), timeout=WAIT_MS)


def click(window: MainWindow, x: float, y: float) -> None:
    """A left click at a point of the page (CSS pixels, zoom 1)."""
    target = pane(window)
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
