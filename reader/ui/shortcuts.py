"""Help ▸ Keyboard Shortcuts: a table built from the window's own actions.

Nothing is listed by hand: the rows are read from the menus (and any other action
of the window that has a key) when the dialog opens, so a new or changed shortcut
shows up without touching this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.ui.i18n import tr

_MNEMONIC = re.compile(r"&(&?)")  # "&File" -> "File", "A && B" -> "A & B"
_SUFFIX = re.compile(r"\(&\w\)$")  # Japanese menus: "ファイル(&F)" -> "ファイル"


def plain_text(action: QAction) -> str:
    """An action's text without its mnemonic marks or trailing ellipsis."""
    text = _SUFFIX.sub("", action.text())
    return _MNEMONIC.sub(r"\1", text).removesuffix("…").strip()


def keys(action: QAction) -> str:
    """An action's shortcuts as the platform writes them (``Ctrl+D / L``): a slash,
    since a comma is how Qt writes a key sequence of several strokes."""
    native = QKeySequence.SequenceFormat.NativeText
    return " / ".join(k.toString(native) for k in action.shortcuts() if not k.isEmpty())


def _menu_actions(menu: QMenu, path: str) -> Iterator[tuple[str, QAction]]:
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _menu_actions(sub, f"{path} ▸ {plain_text(action)}")
        elif not action.isSeparator():
            yield path, action


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action of ``window`` that has a key, in menu
    order; actions with a key outside the menus come last, under "Other"."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        for path, action in _menu_actions(menu, plain_text(top)):
            if keys(action) and id(action) not in seen:
                seen.add(id(action))
                rows.append((path, plain_text(action), keys(action)))
    for action in window.findChildren(QAction):
        # An action in no widget has no working shortcut (e.g. one being replaced).
        live = bool(action.associatedObjects())
        if keys(action) and live and id(action) not in seen:
            seen.add(id(action))
            rows.append((tr("Other"), plain_text(action), keys(action)))
    return rows


class ShortcutsDialog(QDialog):
    """A read-only table: menu, action, keys."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([tr("Menu"), tr("Action"), tr("Keys")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row."""
        def cell(r: int, c: int) -> str:
            item = self.table.item(r, c)
            return item.text() if item is not None else ""

        return [
            (cell(r, 0), cell(r, 1), cell(r, 2)) for r in range(self.table.rowCount())
        ]


def show_shortcuts(window: QMainWindow) -> None:
    """Open the shortcuts dialog (not modal: the reader may try a key meanwhile)."""
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
