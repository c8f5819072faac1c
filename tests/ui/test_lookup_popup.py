"""The look-up popup in the window: real clicks and keys on the page, the dictionary
opened on the first look-up, and dictionary text shown as text."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from reader.core.lookup import Entry, Form, Lookup, LookupResult, Sense, WordMatch
from reader.core.lookup.dictionary import Database
from reader.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, WindowFactory, js, js_json

# (block, offset of a character inside the word, the word's start, what the popup says)
WORDS = [
    # an inflected verb, clicked on its okurigana: the dictionary form, inflection named
    ("tu-a49caddd", 97, 95, ["話し合いました", "話し合う", "polite past", "はなしあう"]),
    # an inflected adjective
    ("tu-bdddd1ee", 70, 69, ["大きかった", "大きい", "past", "おおきい", "big"]),
    # a katakana word
    ("su-4ee8337b", 5, 4, ["コスト", "cost"]),
    # a compound whose furigana spans two ruby elements
    ("tu-d6f299c7", 80, 78, ["取り組", "とりくむ"]),
    # a name (JMnedict), longer than any word there
    ("tu-1a9a984a", 103, 101, ["シリコンバレー", "Silicon Valley", "place"]),
]


def page_widget(window: MainWindow) -> QWidget:
    """The widget that takes the page's input events."""
    widget = window.view.focusProxy()
    assert widget is not None
    return widget


def show_block(qtbot: QtBot, window: MainWindow, block: str) -> None:
    js(qtbot, window, f"window.yomu.scrollToBlock({json.dumps(block)})")
    qtbot.waitUntil(lambda: js(qtbot, window, "window.yomu.settling()") is False)


def char_point(qtbot: QtBot, window: MainWindow, block: str, offset: int) -> QPoint:
    """The middle of a base-text character, in the view's coordinates, once the
    page has stopped moving."""
    show_block(qtbot, window, block)
    points: list[QPoint] = []

    def still() -> bool:
        points.append(measure(qtbot, window, block, offset))
        return len(points) > 1 and points[-1] == points[-2]

    qtbot.waitUntil(still)
    return points[-1]


def measure(qtbot: QtBot, window: MainWindow, block: str, offset: int) -> QPoint:
    x, y = js_json(
        qtbot,
        window,
        f"(() => {{ const r = window.yomu.rangeFor({json.dumps(block)}, {offset}, "
        f"{offset + 1}).getClientRects()[0]; "
        "return [r.left + r.width / 2, r.top + r.height / 2]; })()",
    )
    return QPoint(round(x), round(y))


def drawn_after(qtbot: QtBot, window: MainWindow, act: Callable[[], object], found: bool = True) -> None:
    """Do ``act`` and wait until the page has drawn a popup (with an entry)."""
    seen: list[tuple[float, bool]] = []
    answers: list[Any] = []
    window.lookup.drawn.connect(lambda ms, hit: seen.append((ms, hit)))
    window.lookup.answered.connect(lambda data: answers.append((data["error"], data["s"], data["text"])))
    act()
    try:
        qtbot.waitUntil(lambda: any(hit or not found for _, hit in seen), timeout=WAIT_MS)
    except TimeoutError:
        raise AssertionError((seen, answers)) from None


def click(qtbot: QtBot, window: MainWindow, point: QPoint) -> None:
    target = page_widget(window)
    QTest.mouseMove(target, point)
    drawn_after(qtbot, window, lambda: QTest.mouseClick(
        target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point))


def key(qtbot: QtBot, window: MainWindow, which: Qt.Key, wait: bool = True) -> None:
    target = page_widget(window)
    if not wait:
        QTest.keyClick(target, which)
        return
    drawn_after(qtbot, window, lambda: QTest.keyClick(target, which))


def state(qtbot: QtBot, window: MainWindow) -> dict[str, Any] | None:
    result = js_json(qtbot, window, "window.yomuLookup.state()")
    return result if isinstance(result, dict) else None


def closed(qtbot: QtBot, window: MainWindow) -> bool:
    return state(qtbot, window) is None


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()


def test_the_dictionary_is_not_opened_at_start_up(window: MainWindow) -> None:
    assert not window.lookup.opened
    assert closed_popup_hidden(window)


def closed_popup_hidden(window: MainWindow) -> bool:
    return window.lookup.current is None and window.lookup.result is None


@pytest.mark.parametrize(("block", "offset", "start", "shown"), WORDS)
def test_a_click_looks_the_word_up(
    qtbot: QtBot, window: MainWindow, block: str, offset: int, start: int, shown: list[str]
) -> None:
    click(qtbot, window, char_point(qtbot, window, block, offset))
    popup = state(qtbot, window)
    assert popup is not None
    assert (popup["b"], popup["s"]) == (block, start)
    for text in shown:
        assert text in popup["text"]
    assert window.lookup.opened


def test_the_popup_sits_next_to_the_word_and_moves_no_text(qtbot: QtBot, window: MainWindow) -> None:
    block, offset = "tu-bdddd1ee", 70
    point = char_point(qtbot, window, block, offset)
    before = js_json(qtbot, window, f"document.getElementById('{block}').getBoundingClientRect().toJSON()")
    click(qtbot, window, point)
    after = js_json(qtbot, window, f"document.getElementById('{block}').getBoundingClientRect().toJSON()")
    assert after == before
    popup = state(qtbot, window)
    assert popup is not None
    word, box = popup["word"], popup["popup"]
    assert abs(box["x"] - word["x"]) < 2 or box["x"] + box["w"] <= 1000
    assert box["y"] >= word["y"] + word["h"] or box["y"] + box["h"] <= word["y"]


def test_escape_closes_and_arrows_step(qtbot: QtBot, window: MainWindow) -> None:
    click(qtbot, window, char_point(qtbot, window, "tu-bdddd1ee", 70))
    first = state(qtbot, window)
    assert first is not None
    key(qtbot, window, Qt.Key.Key_Right)
    second = state(qtbot, window)
    assert second is not None
    assert second["s"] >= first["e"]
    key(qtbot, window, Qt.Key.Key_Left)
    third = state(qtbot, window)
    assert third is not None
    assert third["s"] == first["s"]
    with qtbot.waitSignal(window.lookup.closed, timeout=WAIT_MS):
        key(qtbot, window, Qt.Key.Key_Escape, wait=False)
    assert closed(qtbot, window)


def test_a_click_away_closes(qtbot: QtBot, window: MainWindow) -> None:
    click(qtbot, window, char_point(qtbot, window, "tu-bdddd1ee", 70))
    with qtbot.waitSignal(window.lookup.closed, timeout=WAIT_MS):
        QTest.mouseClick(page_widget(window), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, QPoint(3, 300))
    assert closed(qtbot, window)


def test_vertical_writing(qtbot: QtBot, window: MainWindow) -> None:
    window.set_option("vertical", True)
    qtbot.waitUntil(lambda: js(qtbot, window, "document.body.classList.contains('vertical')"))
    click(qtbot, window, char_point(qtbot, window, "tu-bdddd1ee", 70))
    popup = state(qtbot, window)
    assert popup is not None
    assert "大きい" in popup["text"]
    word, box = popup["word"], popup["popup"]
    # beside the column, not over it
    assert box["x"] + box["w"] <= word["x"] + 1 or box["x"] >= word["x"] + word["w"] - 1
    key(qtbot, window, Qt.Key.Key_Down)
    after = state(qtbot, window)
    assert after is not None
    assert after["s"] > popup["s"]


@pytest.mark.parametrize("aids", ["none", "romaji", "both"])
def test_every_aid_mode(qtbot: QtBot, window: MainWindow, aids: str) -> None:
    window.set_option("aids", aids)
    click(qtbot, window, char_point(qtbot, window, "tu-a49caddd", 97))
    popup = state(qtbot, window)
    assert popup is not None
    assert "話し合う" in popup["text"]


def test_kanji_on_demand(qtbot: QtBot, window: MainWindow) -> None:
    click(qtbot, window, char_point(qtbot, window, "tu-bdddd1ee", 70))
    assert "strokes" not in (state(qtbot, window) or {})["text"]
    key(qtbot, window, Qt.Key.Key_K, wait=False)
    qtbot.waitUntil(lambda: "strokes" in (state(qtbot, window) or {"text": ""})["text"])
    text = (state(qtbot, window) or {})["text"]
    for fact in ("大", "grade 1", "big"):
        assert fact in text


def test_copy_puts_the_entry_on_the_clipboard(qtbot: QtBot, window: MainWindow) -> None:
    QGuiApplication.clipboard().clear()
    click(qtbot, window, char_point(qtbot, window, "tu-bdddd1ee", 70))
    key(qtbot, window, Qt.Key.Key_C, wait=False)
    qtbot.waitUntil(lambda: "大きい" in QGuiApplication.clipboard().text())
    assert QGuiApplication.clipboard().text().startswith("大きかった → 大きい (past)")


def test_look_up_on_a_selection(qtbot: QtBot, window: MainWindow) -> None:
    show_block(qtbot, window, "tu-bdddd1ee")
    js(qtbot, window, "window.yomu.selectBlockRange('tu-bdddd1ee', 69, 74)")
    qtbot.waitUntil(lambda: bool(window.view.selection))
    drawn_after(qtbot, window, window.actions_.look_up.trigger)
    assert "大きい" in (state(qtbot, window) or {})["text"]
    assert window.view.context_menu(None).actions()[0] is window.actions_.look_up


def test_click_look_up_can_be_turned_off(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_.lookup_click.setChecked(False)
    assert window.settings.lookup_click is False
    qtbot.waitUntil(lambda: js(qtbot, window, "window.yomuLookup.configure") is not None)
    point = char_point(qtbot, window, "tu-bdddd1ee", 70)
    js(qtbot, window, "window.__clicks = 0; document.addEventListener('click', () => window.__clicks++)")
    QTest.mouseClick(page_widget(window), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    qtbot.waitUntil(lambda: js(qtbot, window, "window.__clicks") == 1)
    assert closed(qtbot, window)
    assert not window.lookup.opened


def test_shift_hover_looks_up(qtbot: QtBot, window: MainWindow) -> None:
    point = char_point(qtbot, window, "tu-bdddd1ee", 70)
    target = page_widget(window)

    def hover(modifiers: Qt.KeyboardModifier) -> None:
        for dx in (-3, 0):  # a move onto the word, then over it
            at = QPointF(point.x() + dx, point.y())
            event = QMouseEvent(QEvent.Type.MouseMove, at, target.mapToGlobal(at),
                                Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, modifiers)
            QApplication.sendEvent(target, event)

    js(qtbot, window, "window.__moves = 0; document.addEventListener('mousemove', () => window.__moves++)")
    hover(Qt.KeyboardModifier.NoModifier)  # without Shift: nothing
    qtbot.waitUntil(lambda: js(qtbot, window, "window.__moves") >= 1)
    assert closed(qtbot, window)
    drawn_after(qtbot, window, lambda: hover(Qt.KeyboardModifier.ShiftModifier))
    assert "大きい" in (state(qtbot, window) or {})["text"]


HOSTILE = '<img src=x onerror="window.__pwned=1"><b>bold</b>'


def test_dictionary_text_is_shown_as_text(qtbot: QtBot, window: MainWindow) -> None:
    entry = Entry(1, (Form("大"),), (Form("おお"),), (Sense((HOSTILE,), (HOSTILE, "&amp;")),))
    word = WordMatch("大", "大", HOSTILE, "<i>o</i>", "<script>x</script>", entry, True, ())
    result = LookupResult("大きかった", 0, (word,))
    show_block(qtbot, window, "tu-bdddd1ee")
    drawn_after(qtbot, window, lambda: window.lookup._answer(
        window.lookup._serial, "tu-bdddd1ee", 69, None, result, None))
    popup = state(qtbot, window)
    assert popup is not None
    for text in (HOSTILE, "&amp;", "<script>x</script>", "<i>o</i>"):
        assert text in popup["text"]
    assert js(qtbot, window, "document.querySelectorAll('.lookup img, .lookup b, .lookup script, .lookup i').length") == 0
    assert js(qtbot, window, "window.__pwned === undefined")


def test_a_missing_dictionary_says_so_and_the_reader_goes_on(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.lookup.make_lookup = lambda: Lookup(lambda: Database(tmp_path / "gone.db"))
    with qtbot.waitSignal(window.lookup.answered, timeout=WAIT_MS,
                          check_params_cb=lambda data: "missing" in data["error"]):
        QTest.mouseClick(page_widget(window), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, char_point(qtbot, window, "tu-bdddd1ee", 70))
    qtbot.waitUntil(lambda: "missing" in (state(qtbot, window) or {"text": ""})["text"])
    assert "gone.db" in (state(qtbot, window) or {})["text"]
    window.set_option("aids", "romaji")  # the reader goes on
    qtbot.waitUntil(lambda: js(qtbot, window, "document.body.classList.contains('aids-romaji')"))


def test_start_up_imports_no_dictionary() -> None:
    import subprocess

    code = (
        "import sys; import reader.ui.main_window, reader.app; "
        "print(any(m.startswith(('reader.core.lookup', 'jamdict', 'fugashi')) "
        "for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_regression_switching_writing_mode_closes_the_popup(qtbot: QtBot, window: MainWindow) -> None:
    """An open popup far down the page kept the page tall, and scrolled down, after a
    switch to vertical writing: the switch closes it."""
    click(qtbot, window, char_point(qtbot, window, "tu-bdddd1ee", 70))
    with qtbot.waitSignal(window.lookup.closed, timeout=WAIT_MS):
        window.set_option("vertical", True)
    assert closed(qtbot, window)
    qtbot.waitUntil(lambda: js(qtbot, window, "window.scrollY") == 0)


def test_regression_the_page_script_finds_the_bridge_whenever_it_loads(
    qtbot: QtBot, window: MainWindow
) -> None:
    """lookup.js can load after page.js has connected the channel, and then missed
    the bridge: it asks window.yomu for it at each request instead."""
    assert js(qtbot, window, "typeof window.yomu.bridge().lookup") == "function"


def test_the_about_box_credits_the_dictionaries() -> None:
    from reader.ui.dialogs import about_html

    text = about_html()
    for fact in ("JMdict", "KANJIDIC2", "EDRDG", "https://www.edrdg.org/edrdg/licence.html"):
        assert fact in text
