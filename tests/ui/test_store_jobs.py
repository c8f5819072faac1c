"""Placing annotations (a fuzzy match can take seconds) never runs on the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from reader.core.annotations import Anchor, AnnotationStore, export_jsonld, import_file
from reader.core.text.document import Document
from reader.ui import annotation_dialogs
from tests.ui.conftest import WAIT_MS, WindowFactory
from tests.ui.test_annotation_controller import block_starting, painted


class Gate:
    """Holds work in a job's thread until the test opens it; notes where it ran."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.threads: list[int] = []

    def hold(self, work: Callable[[], Any]) -> Any:
        self.threads.append(threading.get_ident())
        assert self.open.wait(WAIT_MS / 1000), "the test never opened the gate"
        return work()


def ui_thread_runs(qtbot: QtBot) -> None:
    """The UI thread handles events (a timer fires) while work is held elsewhere."""
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=WAIT_MS)


def anchor(doc: Document, prefix: str, length: int) -> Anchor:
    block = block_starting(doc, prefix)
    return Anchor.from_selection(doc, block, 0, block, length)


def test_annotations_are_placed_off_the_ui_thread_at_start(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot, data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Regression: an annotation that took 49 s to place froze the window at start."""
    store = AnnotationStore(seed_doc, data_dir / "annotations.json")
    saved = store.add(anchor(seed_doc, "この過程で学んだことは", 6), note="メモ")
    store.close()
    gate = Gate()
    real = AnnotationStore.settle
    monkeypatch.setattr(AnnotationStore, "settle", lambda s: gate.hold(lambda: real(s)))
    window = make_window(wait=False)
    notes = window.notes
    assert notes is not None
    # The page loads and is positioned while the store is held in its job.
    qtbot.waitUntil(lambda: window.loader.settled, timeout=WAIT_MS)
    ui_thread_runs(qtbot)
    assert notes.busy
    assert not window.settled
    assert window.panel is not None
    assert window.panel.model.rowCount() == 0
    assert notes.highlight_selection() is None  # refused, not blocked
    gate.open.set()
    qtbot.waitUntil(lambda: window.settled, timeout=WAIT_MS)
    assert gate.threads
    assert gate.threads[0] != threading.main_thread().ident
    assert window.panel.model.rowCount() == 2  # the section's header and the note
    qtbot.waitUntil(lambda: painted(qtbot, window, saved.id) == [saved.anchor.exact],
                    timeout=WAIT_MS)


@pytest.mark.parametrize("how", ["handed over", "menu"])
def test_imports_run_off_the_ui_thread(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, how: str,
) -> None:
    window = make_window()
    source = AnnotationStore(seed_doc)
    imported = source.add(anchor(seed_doc, "話題をエージェントの世界に", 13))
    path = tmp_path / "notes.jsonld"
    path.write_text(export_jsonld(source), encoding="utf-8")
    gate = Gate()
    real = import_file
    monkeypatch.setattr(annotation_dialogs, "import_file",
                        lambda store, p: gate.hold(lambda: real(store, p)))
    replies: list[str] = []
    notes = window.notes
    assert notes is not None
    if how == "handed over":
        annotation_dialogs.import_from_cli(notes, path, replies.append)
    else:
        monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName",
                            lambda *a, **k: (str(path), ""))
        assert annotation_dialogs.import_notes(notes)
    qtbot.waitUntil(lambda: bool(gate.threads), timeout=WAIT_MS)
    ui_thread_runs(qtbot)
    assert window.notes is not None
    assert window.notes.busy
    assert replies == []
    notes = window.notes
    gate.open.set()
    qtbot.waitUntil(lambda: not notes.busy, timeout=WAIT_MS)
    assert gate.threads[0] != threading.main_thread().ident
    if how == "handed over":
        assert replies == ["ok 1 added, 0 already present, 0 need review"]
    assert [a.anchor.exact for a in notes.store.all()] == [imported.anchor.exact]
    qtbot.waitUntil(lambda: painted(qtbot, window, imported.id) is not None,
                    timeout=WAIT_MS)
