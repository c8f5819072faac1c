"""Known words in the window: "I know this word" (key N in the popup) hides the
word's furigana in every occurrence at once; the list forgets it again; copies and
exports leave it out."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.core.page.export import ExportFormat
from reader.core.page.textforms import InlineForm
from reader.core.readings import Word
from reader.ui import dialogs
from reader.ui.known_words import KnownWordsDialog
from reader.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, WindowFactory, js_json
from tests.ui.test_lookup_popup import drawn_after, page_widget


def _repeated_word(window: MainWindow) -> tuple[str, Word]:
    """A word with furigana that occurs most often, and one block holding it."""
    counts = Counter(
        w.text
        for words in window.readings.values()
        for w in words
        if any(s.reading for s in w.segments)
    )
    text, _ = counts.most_common(1)[0]
    for block_id, words in window.readings.items():
        for word in words:
            if word.text == text:
                return block_id, word
    raise AssertionError("no word with furigana")


def _furigana(qtbot: QtBot, window: MainWindow, word: str) -> tuple[int, int]:
    """How many furigana rubies of ``word`` the page has, and how many are hidden."""
    return tuple(
        js_json(
            qtbot,
            window,
            "(() => { const rts = [...document.querySelectorAll('ruby.f')]"
            f".filter((r) => r.dataset.k === {json.dumps(word)})"
            ".map((r) => r.querySelector('rt'));"
            " return [rts.length, rts.filter((rt) => "
            "getComputedStyle(rt).display === 'none').length]; })()",
        )
    )


def _hidden_elsewhere(qtbot: QtBot, window: MainWindow, word: str) -> int:
    return int(
        js_json(
            qtbot,
            window,
            "[...document.querySelectorAll('ruby.f')]"
            f".filter((r) => r.dataset.k !== {json.dumps(word)} && "
            "getComputedStyle(r.querySelector('rt')).display === 'none').length",
        )
    )


def test_i_know_this_word_hides_its_furigana_everywhere(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    block_id, word = _repeated_word(window)
    total, hidden = _furigana(qtbot, window, word.text)
    assert total >= 2
    assert hidden == 0

    drawn_after(qtbot, window, lambda: window.lookup.look_up(block_id, word.start))
    window.view.setFocus()
    with qtbot.waitSignal(window.known.changed, timeout=WAIT_MS):
        QTest.keyClick(page_widget(window), Qt.Key.Key_N)
    assert word.text in window.known.words()
    qtbot.waitUntil(lambda: _furigana(qtbot, window, word.text) == (total, total))
    assert _hidden_elsewhere(qtbot, window, word.text) == 0

    # Copy with Readings and the export leave the known word's readings out.
    first = word.segments[0]
    assert first.reading is not None
    text = window.doc.block(block_id).text
    window.view.selection = [{"b": block_id, "s": 0, "e": len(text)}]
    window.copy_with_readings(InlineForm.PAREN)
    copied = QGuiApplication.clipboard().text()
    assert word.text in copied
    assert f"{first.text}（{first.reading}）" not in copied
    out = dialogs.export_to(window.surface, tmp_path / "out.txt", ExportFormat.TEXT)
    assert out is not None
    exported = out.read_text(encoding="utf-8")
    assert f"{word.text}（" not in exported
    assert "（" in exported  # other words keep their readings

    # The list forgets it: the furigana comes back, and stays back in a new window.
    dialog = window.known.show_dialog(window)
    assert isinstance(dialog, KnownWordsDialog)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        word.text
    ]
    dialog.forget_selected()
    assert dialog.list.count() == 0
    qtbot.waitUntil(lambda: _furigana(qtbot, window, word.text) == (total, 0))
    dialog.close()


def test_known_words_are_hidden_again_in_a_new_window(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    first = make_window()
    _, word = _repeated_word(first)
    assert first.known.mark(word.text)
    first.close()
    second = make_window(folder=data_dir)
    total, _ = _furigana(qtbot, second, word.text)
    qtbot.waitUntil(lambda: _furigana(qtbot, second, word.text) == (total, total))
