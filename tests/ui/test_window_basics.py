"""Issue 10, the basics: shortcuts in Help, the hover state seen, colours as one choice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from reader.core.annotations import Anchor
from reader.core.choices import COLORS, FuriganaStyle
from reader.core.text.document import Document
from reader.ui.shortcuts import ShortcutsDialog, keys, plain_text
from tests.ui.conftest import WAIT_MS, WindowFactory


def test_every_action_with_a_shortcut_is_listed_in_help(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    # One added after the menus were built: the list is read when it opens.
    late = QAction("Late Action", window)
    late.setShortcut(QKeySequence("Ctrl+Alt+K"))
    window.addAction(late)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    listed = {(name, key) for _, name, key in dialog.rows()}
    with_keys = [a for a in window.findChildren(QAction)
                 if keys(a) and a.associatedObjects()]
    assert len(with_keys) >= 20
    missing = [(plain_text(a), keys(a)) for a in with_keys
               if (plain_text(a), keys(a)) not in listed]
    assert missing == []
    assert ("Late Action", "Ctrl+Alt+K") in listed
    assert ("Export", "Ctrl+E") in listed
    assert ("Furigana on Hover or Click", "Ctrl+H") in listed


def test_help_menu_opens_the_shortcuts(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu)
    assert window.actions_.shortcuts in help_menu.actions()
    window.actions_.shortcuts.trigger()

    def shown() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, ShortcutsDialog) and w.isVisible()]
        assert len(dialogs) == 1
        dialogs[0].close()

    qtbot.waitUntil(shown, timeout=WAIT_MS)


def test_hover_furigana_state_is_shown_in_the_toolbar(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    toolbar = window.findChild(QToolBar, "readingToolbar")
    assert toolbar is not None
    button = toolbar.widgetForAction(window.actions_.furigana_hover)
    assert isinstance(button, QToolButton)
    assert button.isVisible()
    window.set_option("furigana_style", FuriganaStyle.HOVER)
    assert button.isChecked()
    window.set_option("furigana_style", FuriganaStyle.ALWAYS)
    assert not button.isChecked()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.settings.furigana_style == FuriganaStyle.HOVER


def test_highlight_colour_is_one_radio_choice(
    make_window: WindowFactory, seed_doc: Document
) -> None:
    window = make_window()
    assert window.notes is not None
    turn = next(b for b in seed_doc.blocks if b.text.startswith("この過程で学んだことは"))
    added = window.notes.store.add(
        Anchor.from_selection(seed_doc, turn.id, 0, turn.id, 4), color="pink")
    menu = window.notes.highlight_menu(added.id)
    colours = menu.actions()[: len(COLORS)]
    groups = {a.actionGroup() for a in colours}
    assert len(groups) == 1
    group = groups.pop()
    assert group is not None
    assert group.isExclusive()
    assert [a.isChecked() for a in colours] == [c == "pink" for c in COLORS]
    colours[0].trigger()
    assert window.notes.store.get(added.id).color == COLORS[0]
