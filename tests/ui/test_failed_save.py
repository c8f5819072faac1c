"""A save the disk refuses: the change stays in the window, is said, retried, exported."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader.core.annotations import storage
from reader.core.annotations.recovery import ANNOTATIONS_TABLE
from reader.core.text.document import Document
from reader.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, WindowFactory, js
from tests.ui.test_annotation_controller import block_starting, highlight, select

NOTE = "長いメモ: a note the reader typed\nover two lines"
NO_SPACE = os.strerror(errno.ENOSPC)


class Disk:
    """The annotations file's disk: full or not."""

    full = False


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> Disk:
    state = Disk()
    real = storage.atomic_write

    def write(path: Path, text: str) -> None:
        if state.full:
            raise OSError(errno.ENOSPC, NO_SPACE, str(path))
        real(path, text)

    monkeypatch.setattr(storage, "atomic_write", write)
    return state


def records(data_dir: Path) -> list[dict[str, Any]]:
    path = data_dir / "annotations.json"
    if not path.exists():
        return []  # nothing saved yet
    tables = json.loads(path.read_text(encoding="utf-8"))
    return list(tables[ANNOTATIONS_TABLE].values())


def page_count(qtbot: QtBot, window: MainWindow) -> Any:
    return js(qtbot, window, "window.yomu.highlightCount()")


def message(window: MainWindow) -> QMessageBox:
    assert window.notes is not None
    box = window.notes.pending.box
    assert box is not None
    assert box.isVisible()
    return box


@pytest.mark.parametrize("change", ["highlight", "note", "delete"])
def test_failed_save_is_kept_said_exported_and_retried(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot, disk: Disk,
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str,
) -> None:
    """Regression: with the disk full, a highlight raised OSError to stderr only."""
    window = make_window()
    notes = window.notes
    assert notes is not None
    block = block_starting(seed_doc, "この過程で学んだことは")
    quote = seed_doc.block(block).text[:6]
    existing = highlight(qtbot, window, block, 0, 6) if change != "highlight" else ""
    before = records(data_dir)
    disk.full = True
    if change == "highlight":
        select(qtbot, window, block, 0, 6)
        window.actions_.highlight.trigger()
    elif change == "note":
        monkeypatch.setattr("reader.ui.annotation_controller.edit_note", lambda *_: NOTE)
        notes.edit_note(existing)
    else:
        notes.highlight_menu(existing).actions()[-1].trigger()  # Delete
    # Nothing changed on disk or in the store; the window keeps the change and says
    # why, with Retry and Export.
    assert records(data_dir) == before
    assert len(notes.store) == len(before)
    assert [(c.action, c.quote) for c in notes.pending.items] == [(change, quote)]
    box = message(window)
    assert NO_SPACE in box.text()
    assert notes.pending.button.isVisible()
    if change == "note":
        assert notes.pending.items[0].note == NOTE
    # Export: the pending change, typed note included, goes to a file.
    out = tmp_path / "unsaved.json"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(out), ""))
    box.open()
    notes.pending.export_button.click()
    qtbot.waitUntil(out.exists, timeout=WAIT_MS)
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert [(e["action"], e["quote"]) for e in exported] == [(change, quote)]
    assert exported[0]["note"] == (NOTE if change == "note" else "")
    # A retry that fails again keeps it; one that succeeds saves it.
    assert not notes.pending.retry()
    assert len(notes.pending.items) == 1
    disk.full = False
    message(window).button(QMessageBox.StandardButton.Retry).click()
    qtbot.waitUntil(lambda: not notes.pending.items, timeout=WAIT_MS)
    assert not notes.pending.button.isVisible()
    saved = records(data_dir)
    if change == "highlight":
        assert [r["anchor"]["exact"] for r in saved] == [quote]
        qtbot.waitUntil(lambda: page_count(qtbot, window) == 1, timeout=WAIT_MS)
    elif change == "note":
        assert [r["note"] for r in saved] == [NOTE]
    else:
        assert saved == []
        qtbot.waitUntil(lambda: page_count(qtbot, window) == 0, timeout=WAIT_MS)


def test_closing_with_unsaved_changes_offers_export(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot, disk: Disk,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    window = make_window()
    assert window.notes is not None
    disk.full = True
    select(qtbot, window, block_starting(seed_doc, "この過程で学んだことは"), 0, 6)
    window.actions_.highlight.trigger()
    assert window.notes.pending.items
    asked: list[str] = []

    def cancel(box: QMessageBox) -> int:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    assert not window.close()  # cancelled: the window stays, with its change
    assert asked
    assert NO_SPACE in asked[0]
    assert window.notes.pending.items
    disk.full = False
    assert window.close()  # saved on the way out
