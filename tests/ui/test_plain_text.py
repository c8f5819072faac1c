"""User text (quotes, notes, headings, file names) is shown as text in every widget."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.core.annotations import Anchor, LoadReport
from reader.core.text.document import BlockKind, Document
from reader.core.text.parse import parse_document
from reader.ui import annotation_dialogs, dialogs
from reader.ui.main_window import MainWindow
from reader.ui.note_editor import NoteEditor
from reader.ui.reading_fix import ReadingDialog
from tests.ui.conftest import WAIT_MS

IMG = "<img src=/etc/hostname>"
BOLD = "<b>太字</b>"
SOURCE = (
    f"対談{BOLD}の記録\n\n"
    f"はじめに{IMG}\n"
    f"司会：今日は{IMG}よろしくお願いします。\n"
    f"山田：{BOLD}こちらこそ。\n"
    "司会：最後の質問です。\n"
    "山田：ありがとうございました。\n"
)
NAME = "<img src=hostname>"  # in a file name (no slash)
NOTE = f"メモ {IMG}\n{BOLD} <a href=https://example.com>link</a>"


def as_shown(text: str) -> str:
    """What Qt shows for ``text`` where it guesses the format (tooltips, AutoText)."""
    if not GuiQt.mightBeRichText(text):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    assert "<img" not in doc.toHtml(), f"rendered as markup: {text!r}"
    return doc.toPlainText()


def label_shown(label: QLabel) -> str:
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    assert label.textFormat() != Qt.TextFormat.RichText or IMG not in label.text()
    return as_shown(label.text())


def model_indexes(model: QAbstractItemModel,
                  parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from model_indexes(model, index)


def shown_texts(widgets: list[QWidget]) -> list[str]:
    """Every label, tooltip and item tooltip under ``widgets``, as Qt shows it."""
    out: list[str] = []
    for top in widgets:
        for widget in [top, *top.findChildren(QWidget)]:
            if widget.toolTip():
                out.append(as_shown(widget.toolTip()))
            if isinstance(widget, QLabel) and widget.text():
                out.append(label_shown(widget))
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                for index in model_indexes(widget.model()):
                    tip = index.data(Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str) and tip:
                        out.append(as_shown(tip))
    return out


@pytest.fixture
def hostile(make_doc_window: Callable[[Document], MainWindow]) -> MainWindow:
    doc = parse_document(SOURCE, f"{IMG}.txt")
    window = make_doc_window(doc)
    assert window.notes is not None
    turn = next(b for b in doc.blocks if b.kind is BlockKind.TURN)
    anchor = Anchor.from_selection(doc, turn.id, 0, turn.id, len(turn.text))
    window.notes.store.add(anchor, note=NOTE)
    window._on_top_block(turn.id)  # the status bar names the (hostile) section
    return window


def test_panel_and_sidebar_show_quotes_notes_and_headings_as_text(
    hostile: MainWindow,
) -> None:
    """Regression: a quote <img src=/local/file> in a panel tooltip loaded the file."""
    texts = shown_texts([hostile])
    assert any(IMG in t and NOTE in t for t in texts)  # the panel's tooltip
    assert any(t == f"はじめに{IMG}" for t in texts)  # the status bar's section
    assert sum(IMG in t for t in texts) >= 4  # and the sidebar's section and turn


def test_dialogs_show_user_text_as_text(hostile: MainWindow, qtbot: QtBot,
                                        monkeypatch: pytest.MonkeyPatch,
                                        tmp_path: Path) -> None:
    shown: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        shown.append(box)  # instead of waiting for a click
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    missing = tmp_path / NAME / f"{NAME}.json"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(missing), ""))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(missing), "Markdown (*.md)"))
    assert hostile.notes is not None
    assert annotation_dialogs.import_notes(hostile.notes)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=WAIT_MS)  # imports run off-thread
    assert annotation_dialogs.export_notes(hostile.notes) is None
    dialogs.show_error(hostile, "x", f"{missing}: {IMG}")
    assert hostile.notes is not None
    store = hostile.notes.store
    store.load_report = LoadReport(moved_aside=tmp_path / f"{NAME}.bak", reason=IMG)
    annotation_dialogs.report_load(hostile.notes)
    assert hostile.notes.data_warning is not None
    turn = next(b for b in hostile.doc.blocks if b.kind is BlockKind.TURN)
    word = next(w for w in hostile.readings[turn.id] if w.kana)
    editors = [NoteEditor(hostile, f"{IMG}{BOLD}", NOTE), ReadingDialog(hostile, word)]
    boxes: list[QWidget] = [*shown, hostile.notes.data_warning]
    assert len(boxes) == 4
    texts = shown_texts([*boxes, *editors])
    for box in boxes:
        assert any(NAME in t or IMG in t for t in shown_texts([box]))
    assert f"{IMG}{BOLD}" in texts
    for widget in [*boxes, *editors]:
        widget.deleteLater()
    QApplication.processEvents()
