"""User text in Qt widgets, always as plain text.

Qt guesses: a label, message box or tooltip whose text looks like markup
(``Qt.mightBeRichText``) is rendered as rich text, and ``<img src=/a/file>`` in a
quote, note, heading or file name would load that file. Labels and message boxes are
told ``PlainText``; tooltips have no such switch, so their text is escaped into rich
text that shows it literally.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as written (line breaks and spaces kept)."""
    return f'<p style="white-space:pre-wrap">{escape(text, quote=False)}</p>'


def label(text: str, parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` as written."""
    widget = QLabel(parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setText(text)
    return widget


def message_box(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> QMessageBox:
    """A message box (not yet shown) whose text is shown as written."""
    box = QMessageBox(icon, title, "", QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Show a warning with ``text`` as written, and wait for the reader."""
    message_box(parent, title, text).exec()
