"""Menus and toolbar of the main window, from its :class:`Actions`."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QToolBar

from reader.ui.actions import Actions
from reader.ui.i18n import tr


def build_menus(window: QMainWindow, a: Actions) -> None:
    """File, Edit, View, Go and Help menus."""
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addAction(a.open_file)
    file_menu.addMenu(tr("Open &Recent")).setObjectName("recentMenu")
    file_menu.addAction(a.open_interview)
    file_menu.addSeparator()
    file_menu.addAction(a.export)
    file_menu.addActions([a.export_notes, a.import_notes, a.export_vocabulary])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)

    edit = bar.addMenu(tr("&Edit"))
    edit.addActions([a.undo, a.redo])
    edit.addSeparator()
    edit.addActions([a.copy, a.copy_readings, a.copy_anki])
    edit.addSeparator()
    edit.addActions([a.highlight, a.add_note, a.add_vocabulary])
    edit.addSeparator()
    edit.addActions([a.look_up, a.lookup_click, a.lookup_hover, a.known_words])

    view = bar.addMenu(tr("&View"))
    view.addActions(a.aids.actions())
    view.addAction(a.furigana_hover)
    level = view.addMenu(tr("Furigana F&or"))
    level.addActions(a.furigana_level.actions())
    level.insertSeparator(a.furigana_level.actions()[1])
    level.insertSeparator(a.furigana_level.actions()[8])
    view.addAction(a.romaji_ascii)
    view.addSeparator()
    view.addActions([a.bigger, a.smaller, a.reset_size])
    spacing = view.addMenu(tr("Line &Spacing"))
    spacing.addActions(a.spacing.actions())
    theme = view.addMenu(tr("&Theme"))
    theme.addActions(a.theme.actions())
    view.addAction(a.vertical)
    view.addSeparator()
    docks = (
        (getattr(window, "sidebar", None), tr("Section &Sidebar"), "F9"),
        (getattr(window, "panel", None), tr("&Annotations Panel"), "F10"),
        (getattr(window, "vocab_panel", None), tr("&Vocabulary Panel"), "F11"),
    )
    for dock, text, key in docks:
        if dock is not None:
            toggle = dock.toggleViewAction()
            toggle.setText(text)
            toggle.setShortcut(key)
            view.addAction(toggle)
    language = view.addMenu(tr("&Language"))
    language.addActions(a.language.actions())

    go = bar.addMenu(tr("&Go"))
    go.addActions([a.next_section, a.previous_section])
    go.addSeparator()
    go.addActions([a.next_turn, a.previous_turn])
    go.addMenu(tr("&Follow Speaker")).setObjectName("followMenu")

    marks = bar.addMenu(tr("&Bookmarks"))
    marks.setObjectName("bookmarksMenu")
    marks.addAction(a.add_bookmark)

    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addAction(a.about)


def build_toolbar(window: QMainWindow, a: Actions) -> QToolBar:
    """Aid modes and text size, the controls a reader reaches for most."""
    bar = QToolBar(tr("Reading"), window)
    bar.setObjectName("readingToolbar")
    bar.setMovable(False)
    for action, short in zip(
        a.aids.actions(),
        (tr("Plain"), tr("Furigana"), tr("Romaji"), tr("Both")),
        strict=True,
    ):
        action.setIconText(short)
        bar.addAction(action)
    bar.addSeparator()
    a.smaller.setIconText("A−")
    a.bigger.setIconText("A+")
    bar.addActions([a.smaller, a.bigger])
    bar.addSeparator()
    a.vertical.setIconText(tr("縦書き"))
    bar.addAction(a.vertical)
    return bar
