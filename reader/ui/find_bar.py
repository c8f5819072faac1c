"""The find bar over the reading pane (Ctrl+F): a field, the count, next/previous.

Enter or F3 goes to the next hit, Shift+Enter or Shift+F3 to the previous one,
Escape closes the bar and removes the marks. The finding itself is the
``FindController``'s; this widget only shows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.ui.find_controller import FindController
from reader.ui.i18n import tr


class FindField(QLineEdit):
    """The query field: Enter steps forward, Shift+Enter back, Escape closes."""

    def __init__(self, bar: FindBar) -> None:
        super().__init__(bar)
        self._bar = bar

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, shift = event.key(), event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._bar.controller.step(-1 if shift else 1)
        elif key == Qt.Key.Key_Escape:
            self._bar.close_bar()
        else:
            super().keyPressEvent(event)


class FindBar(QWidget):
    """The bar; hidden until ``open_bar``."""

    def __init__(self, controller: FindController, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.controller = controller
        self.field = FindField(self)
        self.field.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.previous = QToolButton(self)
        self.next = QToolButton(self)
        self.close_button = QToolButton(self)
        self.previous.setText("▲")
        self.next.setText("▼")
        self.close_button.setText("✕")
        self._layout()
        self.retranslate()
        self.field.textChanged.connect(controller.search)
        self.next.clicked.connect(lambda: controller.step(1))
        self.previous.clicked.connect(lambda: controller.step(-1))
        self.close_button.clicked.connect(self.close_bar)
        controller.changed.connect(self._show_count)
        self.hide()

    def _layout(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        row.addWidget(self.field, 1)
        row.addWidget(self.count)
        for button in (self.previous, self.next, self.close_button):
            button.setAutoRaise(True)
            row.addWidget(button)

    def retranslate(self) -> None:
        """Words in the interface language (the language changed)."""
        self.field.setPlaceholderText(tr("Find: text, kana or romaji"))
        self.previous.setToolTip(tr("Previous match (Shift+F3)"))
        self.next.setToolTip(tr("Next match (F3)"))
        self.close_button.setToolTip(tr("Close (Esc)"))
        c = self.controller
        self._show_count(c.current, len(c.hits))

    def _show_count(self, current: int, total: int) -> None:
        if not self.controller.query.strip():
            self.count.setText("")
        elif not self.controller.ready:
            self.count.setText(tr("Indexing…"))  # the query runs once it is built
        elif total == 0:
            self.count.setText(tr("No matches"))
        else:
            self.count.setText(tr("{n} of {total}").format(n=current + 1, total=total))

    def open_bar(self) -> None:
        """Show the bar with its field focused and selected (Ctrl+F)."""
        self.controller.want()
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text():
            self.controller.search(self.field.text(), keep_current=True)

    def close_bar(self) -> None:
        """Hide the bar, remove the marks, and give the keys back to the page."""
        # Focus first: hiding the focused field moves the focus on as Tab does, and
        # Chromium then focuses the page's first link (the footer's) and scrolls
        # there.
        self.controller.view.setFocus()
        self.hide()
        self.controller.clear()

    def step(self, by: int) -> None:
        """F3 / Shift+F3: open the bar if it is closed, else move."""
        if self.isHidden() or not self.controller.query:
            self.open_bar()
        else:
            self.controller.step(by)


def install_find(view: QWidget, controller: FindController) -> tuple[QWidget, FindBar]:
    """The pane with the find bar above it, and the bar; keys Ctrl+F, F3, Shift+F3
    work wherever the focus is in the window."""
    pane = QWidget(view.parentWidget())
    column = QVBoxLayout(pane)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    bar = FindBar(controller, pane)
    column.addWidget(bar)
    column.addWidget(view, 1)
    window = view.window()
    keys = (
        ("Ctrl+F", bar.open_bar),
        ("F3", lambda: bar.step(1)),
        ("Shift+F3", lambda: bar.step(-1)),
    )
    for key, slot in keys:
        QShortcut(QKeySequence(key), window).activated.connect(slot)
    return pane, bar
