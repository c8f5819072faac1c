"""View › Furigana For: the page hides the furigana of words at the level chosen
(without loading the page again), the choice is saved, and the window's export and
Copy with Readings follow it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QGuiApplication
from pytestqt.qtbot import QtBot

from reader.core.choices import FuriganaLevel
from reader.core.page.export import ExportFormat
from reader.core.page.levels import furigana_hidden
from reader.core.page.textforms import InlineForm
from reader.ui import dialogs
from reader.ui.main_window import MainWindow
from reader.ui.settings_store import SettingsStore
from tests.ui.conftest import WindowFactory, js_json

_COUNT = (
    "(() => { const rts = [...document.querySelectorAll('ruby.f > rt')];"
    " const hidden = rts.filter((rt) => getComputedStyle(rt).display === 'none');"
    " return [rts.length, hidden.length]; })()"
)


def _rubies(qtbot: QtBot, window: MainWindow) -> tuple[int, int]:
    """Furigana rubies in the page, and how many of them are hidden."""
    total, hidden = js_json(qtbot, window, _COUNT)
    return int(total), int(hidden)


def _expected_hidden(window: MainWindow, level: FuriganaLevel) -> int:
    """How many furigana rubies the core rule hides at ``level``."""
    return sum(
        sum(1 for s in w.segments if s.reading)
        for words in window.readings.values()
        for w in words
        if furigana_hidden(w, frozenset(), level)
    )


def _level_action(window: MainWindow, level: FuriganaLevel) -> QAction:
    return next(
        a for a in window.actions_.furigana_level.actions() if a.data() == level.value
    )


def test_the_level_menu_hides_furigana_on_the_page_without_a_reload(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, data_dir: Path
) -> None:
    window = make_window()
    total, hidden = _rubies(qtbot, window)
    assert total > 100
    assert hidden == 0
    generation = window.loader.page_generation

    _level_action(window, FuriganaLevel.GRADE2).trigger()
    expected = _expected_hidden(window, FuriganaLevel.GRADE2)
    assert 0 < expected < total  # some words are easier, some are harder
    qtbot.waitUntil(lambda: _rubies(qtbot, window) == (total, expected))
    assert window.loader.page_generation == generation  # a class, not a new page
    saved = SettingsStore(data_dir / "settings.ini").load()
    assert saved.furigana_level == "grade2"

    # The window's export and Copy with Readings apply the same rule.
    out = dialogs.export_to(window.surface, tmp_path / "out.txt", ExportFormat.TEXT)
    assert out is not None
    exported = out.read_text(encoding="utf-8")
    in_text = sum(b.text.count("（") for b in window.doc.blocks)
    assert exported.count("（") == total - expected + in_text
    block_id, words = next(
        (b, ws)
        for b, ws in window.readings.items()
        if any(furigana_hidden(w, frozenset(), FuriganaLevel.GRADE2) for w in ws)
        and any(
            any(s.reading for s in w.segments)
            and not furigana_hidden(w, frozenset(), FuriganaLevel.GRADE2)
            for w in ws
        )
    )
    text = window.doc.block(block_id).text
    window.view.selection = [{"b": block_id, "s": 0, "e": len(text)}]
    window.copy_with_readings(InlineForm.PAREN)
    copied = QGuiApplication.clipboard().text()
    for word in words:
        seg = next((s for s in word.segments if s.reading), None)
        if seg is None:
            continue
        shown = f"{seg.text}（{seg.reading}）" in copied
        assert shown is not furigana_hidden(word, frozenset(), FuriganaLevel.GRADE2)

    # Back to all kanji: every furigana returns.
    _level_action(window, FuriganaLevel.ALL).trigger()
    qtbot.waitUntil(lambda: _rubies(qtbot, window) == (total, 0))


def test_a_new_window_starts_at_the_saved_level(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    first = make_window()
    first.set_option("furigana_level", "jlpt3")
    first.close()
    second = make_window(folder=data_dir)
    assert _level_action(second, FuriganaLevel.JLPT3).isChecked()
    total, hidden = _rubies(qtbot, second)
    assert hidden == _expected_hidden(second, FuriganaLevel.JLPT3) > 0
    assert hidden < total


def test_known_words_stay_hidden_at_any_level(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.set_option("furigana_level", "grade1")
    total, before = _rubies(qtbot, window)
    word = next(
        w
        for words in window.readings.values()
        for w in words
        if any(s.reading for s in w.segments)
        and not furigana_hidden(w, frozenset(), FuriganaLevel.GRADE1)
    )
    assert window.known.mark(word.text)
    qtbot.waitUntil(lambda: _rubies(qtbot, window)[1] > before)
    window.set_option("furigana_level", "all")
    qtbot.waitUntil(lambda: 0 < _rubies(qtbot, window)[1] < before)


def test_the_level_menu_in_japanese(make_window: WindowFactory) -> None:
    window = make_window()
    window.set_language("ja")
    texts = [a.text() for a in window.actions_.furigana_level.actions()]
    assert texts[0] == "すべての漢字(&A)"
    assert texts[3] == "小学3年より上の漢字"
    assert texts[-1] == "旧JLPT 1級より上の漢字（≈N1）"
    window.set_language("en")
    assert window.actions_.furigana_level.actions()[3].text() == "Kanji Above Grade 3"
