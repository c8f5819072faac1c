"""The basics of a reading window: moving by speaker, progress and bookmarks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from reader.core.text.document import BlockKind, Document
from reader.core.text.progress import reading_progress
from reader.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, WindowFactory, js


def page_widget(window: MainWindow) -> QWidget:
    """The widget that takes the page's input events."""
    widget = window.view.focusProxy()
    assert widget is not None
    return widget


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: not js(qtbot, window, "window.yomu.settling()"), timeout=WAIT_MS
    )


def scroll_to(qtbot: QtBot, window: MainWindow, block_id: str) -> None:
    settle(qtbot, window)
    js(qtbot, window, f"document.getElementById('{block_id}').scrollIntoView()")
    qtbot.waitUntil(lambda: window.top_block == block_id, timeout=WAIT_MS)


def turns(doc: Document, speaker: str | None = None) -> list[str]:
    return [
        b.id
        for b in doc.blocks
        if b.kind is BlockKind.TURN
        and b.speaker
        and not b.continues
        and speaker in (None, b.speaker)
    ]


def press(window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A real key press on the page, as the reader makes it."""
    window.activateWindow()
    window.view.setFocus()
    QTest.keyClick(page_widget(window), key, modifiers)


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_BracketRight, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
    ],
)
def test_next_turn_key_moves_to_the_next_speaker(
    make_window: WindowFactory,
    seed_doc: Document,
    qtbot: QtBot,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier,
) -> None:
    window = make_window()
    all_turns = turns(seed_doc)
    scroll_to(qtbot, window, all_turns[4])
    press(window, key, modifiers)
    qtbot.waitUntil(lambda: window.top_block == all_turns[5], timeout=WAIT_MS)


def test_previous_turn_key_moves_back(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    window = make_window()
    all_turns = turns(seed_doc)
    scroll_to(qtbot, window, all_turns[6])
    press(window, Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(lambda: window.top_block == all_turns[5], timeout=WAIT_MS)


def test_following_a_speaker_dims_the_others_and_steps_by_their_turns(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    window = make_window()
    david = turns(seed_doc, "David")
    jacob = turns(seed_doc, "Jacob")
    follow = window.menuBar().findChild(QMenu, "followMenu")
    assert follow is not None
    [choice] = [a for a in follow.actions() if a.data() == "David"]
    choice.trigger()
    opacity = "getComputedStyle(document.getElementById({!r})).opacity"
    qtbot.waitUntil(
        lambda: float(js(qtbot, window, opacity.format(jacob[2]))) < 0.5,
        timeout=WAIT_MS,
    )
    assert float(js(qtbot, window, opacity.format(david[2]))) == 1.0
    # The sidebar shows it: the choice above the tree, the others' turns greyed.
    assert window.sidebar.speakers.currentData() == "David"
    assert window.sidebar.model.followed == "David"
    scroll_to(qtbot, window, david[1])
    press(window, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(lambda: window.top_block == david[2], timeout=WAIT_MS)
    # Everyone again, chosen in the sidebar.
    window.sidebar.speakers.setCurrentIndex(0)
    window.sidebar.speakers.activated.emit(0)
    qtbot.waitUntil(
        lambda: float(js(qtbot, window, opacity.format(jacob[2]))) == 1.0,
        timeout=WAIT_MS,
    )
    assert [a.isChecked() for a in follow.actions()][0]


def test_progress_is_shown_in_the_status_bar_and_per_section(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    window = make_window()
    section = seed_doc.sections[3]
    scroll_to(qtbot, window, section.block_ids[0])
    settle(qtbot, window)
    assert window.position is not None
    expected = reading_progress(seed_doc, *window.position)
    label = window.basics.progress.label.text()
    assert label.startswith(f"{expected.percent}%")
    assert f"{expected.read:,}" in label
    model = window.sidebar.model
    assert model.percent_of(0) == 100  # the introduction is read
    assert model.index(0, 1).data() == "100%"  # beside the title, not in it
    assert model.percent_of(len(seed_doc.sections) - 1) == 0


def test_progress_is_kept_with_the_position(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    window = make_window()
    scroll_to(qtbot, window, seed_doc.sections[2].block_ids[0])
    settle(qtbot, window)
    window.close()
    assert window.position is not None
    saved = window.store.percent_read(seed_doc.key)
    assert saved == reading_progress(seed_doc, *window.position).percent
    assert saved is not None
    assert saved > 0


def test_bookmarks_are_added_by_key_listed_jumped_to_and_deleted(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot, data_dir: Path
) -> None:
    window = make_window()
    target = seed_doc.sections[2].block_ids[2]
    scroll_to(qtbot, window, target)
    settle(qtbot, window)
    press(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.basics.bookmarks.all()) == 1, timeout=WAIT_MS)
    [mark] = window.basics.bookmarks.all()
    assert mark.block == target
    assert window.statusBar().currentMessage().endswith(mark.label)

    menu = window.menuBar().findChild(QMenu, "bookmarksMenu")
    assert menu is not None
    window.basics.bookmarks.fill(menu, window.actions_)
    [jump] = [a for a in menu.actions() if a.text() == mark.label]
    scroll_to(qtbot, window, seed_doc.sections[0].block_ids[1])
    jump.trigger()
    qtbot.waitUntil(lambda: window.top_block == target, timeout=WAIT_MS)

    delete = menu.findChild(QMenu, "deleteBookmarkMenu")
    assert delete is not None
    [remove] = [a for a in delete.actions() if a.text() == mark.label]
    remove.trigger()
    assert window.basics.bookmarks.all() == []
    # Saved in the annotations file: another window over the folder sees it gone.
    window.close()
    again = make_window()
    assert again.basics.bookmarks.all() == []


def test_an_interview_position_saved_by_digest_is_restored(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot, data_dir: Path
) -> None:
    """The position an earlier Yomu kept under the text's digest is not lost."""
    from reader.paths import DataPaths
    from reader.ui.settings_store import SettingsStore

    target = seed_doc.sections[2].block_ids[1]
    old = SettingsStore(DataPaths(data_dir).settings)
    old._qs.setValue(f"position/{seed_doc.doc_id}/block", target)
    old._qs.setValue(f"position/{seed_doc.doc_id}/fraction", 0.0)
    old._qs.sync()
    window = make_window()
    settle(qtbot, window)
    assert js(qtbot, window, "window.yomu.topBlock()") == target
    assert window.store.position(seed_doc.key) == (target, 0.0)


def test_the_basics_speak_japanese(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    window = make_window()
    window.set_language("ja")
    titles = [a.text() for a in window.menuBar().actions()]
    assert "しおり(&B)" in titles
    assert window.actions_.open_file.text() == "開く(&O)…"
    assert window.actions_.next_turn.text() == "次の発言(&T)"
    assert "字中" in window.basics.progress.label.text()
    assert window.sidebar.speakers.itemText(0) == "全員の発言"
    # The rebuilt actions still work: the new Ctrl+B bookmarks.
    scroll_to(qtbot, window, seed_doc.sections[1].block_ids[1])
    settle(qtbot, window)
    press(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.basics.bookmarks.all()) == 1, timeout=WAIT_MS)
    window.set_language("en")


def test_turn_keys_keep_stepping_in_vertical_writing(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    """Regression: in 縦書き turns have no gap between them, so after a jump the
    room kept before the new turn still showed the end of the one before, which
    the page then reported as the top; ] stepped to the same turn again."""
    window = make_window()
    window.set_option("vertical", True)
    all_turns = turns(seed_doc)
    scroll_to(qtbot, window, all_turns[4])
    for expected in all_turns[5:8]:
        press(window, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.NoModifier)

        def arrived(turn: str = expected) -> bool:
            return window.top_block == turn

        qtbot.waitUntil(arrived, timeout=WAIT_MS)
