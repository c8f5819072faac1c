"""Highlights and notes in the real window: select, highlight, see, reopen, undo."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from reader.core.annotations import AnnotationStore
from reader.core.text.document import Document
from reader.ui.annotations_panel import HEADER_ROLE, ID_ROLE
from reader.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, WindowFactory, js, js_json

HOSTILE = '<img src=x onerror="document.title=\'pwned\'"></script><script>document.title="pwned"</script>'


def block_starting(doc: Document, prefix: str) -> str:
    return next(b.id for b in doc.blocks if b.text.startswith(prefix))


def select(qtbot: QtBot, window: MainWindow, block: str, start: int, end: int,
           end_block: str | None = None) -> None:
    end_arg = f", '{end_block}'" if end_block else ""
    js(qtbot, window, "window.yomu.clearSelection()")
    qtbot.waitUntil(lambda: not window.view.selection, timeout=WAIT_MS)
    assert js(qtbot, window, f"window.yomu.selectBlockRange('{block}', {start}, {end}{end_arg})")
    want = (block, start, end_block or block, end)

    def selected() -> bool:
        parts = window.view.selection
        return bool(parts) and (parts[0]["b"], parts[0]["s"], parts[-1]["b"],
                                parts[-1]["e"]) == want

    qtbot.waitUntil(selected, timeout=WAIT_MS)


def painted(qtbot: QtBot, window: MainWindow, annotation_id: str) -> Any:
    return js_json(qtbot, window, f"window.yomu.highlightText('{annotation_id}')")


def highlight(qtbot: QtBot, window: MainWindow, block: str, start: int, end: int,
              end_block: str | None = None) -> str:
    select(qtbot, window, block, start, end, end_block)
    assert window.notes is not None
    before = {a.id for a in window.notes.store.all()}
    window.actions_.highlight.trigger()
    new = [a for a in window.notes.store.all() if a.id not in before]
    assert len(new) == 1
    annotation = new[0]
    qtbot.waitUntil(lambda: painted(qtbot, window, annotation.id) is not None,
                    timeout=WAIT_MS)
    return annotation.id


def test_highlight_survives_reopening(make_window: WindowFactory, seed_doc: Document,
                                      qtbot: QtBot) -> None:
    window = make_window()
    block = block_starting(seed_doc, "話題をエージェントの世界に")
    annotation_id = highlight(qtbot, window, block, 0, 13)
    assert window.notes is not None
    assert window.notes.store.get(annotation_id).anchor.exact == "話題をエージェントの世界に"
    assert painted(qtbot, window, annotation_id) == ["話題をエージェントの世界に"]
    assert window.panel is not None
    assert window.panel.isVisible()  # shown with the first highlight
    rows = [window.panel.model.index(r, 0) for r in range(window.panel.model.rowCount())]
    assert [i.data(HEADER_ROLE) for i in rows] == [True, False]
    assert rows[0].data() == "信頼できるエージェントの構築方法"
    assert "Jacob: 「話題をエージェントの世界に」" in rows[1].data()
    window.close()
    again = make_window()
    assert painted(qtbot, again, annotation_id) == ["話題をエージェントの世界に"]
    again.set_option("aids", "both")
    again.set_option("vertical", True)
    again.zoom(+6)
    assert painted(qtbot, again, annotation_id) == ["話題をエージェントの世界に"]


def test_selection_inside_ruby_and_across_blocks(make_window: WindowFactory,
                                                 seed_doc: Document, qtbot: QtBot) -> None:
    window = make_window()
    window.set_option("aids", "both")
    block = seed_doc.block(block_starting(seed_doc, "話題をエージェントの世界に"))
    inner = highlight(qtbot, window, block.id, 1, 12)  # starts inside 話題, ends in 世界
    assert window.notes is not None
    assert window.notes.store.get(inner).anchor.exact == block.text[1:12]
    heading = seed_doc.sections[2].block_ids[0]
    previous = seed_doc.blocks[seed_doc.index_of(heading) - 1]
    across = highlight(qtbot, window, previous.id, 3, 5, block.id)
    anchor = window.notes.store.get(across).anchor
    assert anchor.block_id == previous.id
    assert anchor.end_block_id == block.id
    pieces = painted(qtbot, window, across)
    assert pieces == [previous.text[3:], seed_doc.sections[2].title, block.text[:5]]


def test_undo_and_redo(make_window: WindowFactory, seed_doc: Document,
                       qtbot: QtBot) -> None:
    window = make_window()
    block = block_starting(seed_doc, "この過程で学んだことは")
    highlight(qtbot, window, block, 0, 6)
    assert window.notes is not None
    store = window.notes.store
    count = "window.yomu.highlightCount()"
    window.actions_.undo.trigger()
    assert len(store) == 0
    qtbot.waitUntil(lambda: js(qtbot, window, count) == 0, timeout=WAIT_MS)
    window.actions_.redo.trigger()
    assert len(store) == 1
    qtbot.waitUntil(lambda: js(qtbot, window, count) == 1, timeout=WAIT_MS)


def test_toolbar_by_the_selection_picks_colour(make_window: WindowFactory,
                                               seed_doc: Document, qtbot: QtBot) -> None:
    window = make_window()
    select(qtbot, window, block_starting(seed_doc, "この過程で学んだことは"), 0, 6)
    js(qtbot, window, "document.querySelector('.sel-tools .swatch.blue').click()")
    assert window.notes is not None
    qtbot.waitUntil(lambda: len(window.notes.store) == 1, timeout=WAIT_MS)  # type: ignore[union-attr]
    assert window.notes.store.all()[0].color == "blue"
    assert window.settings.highlight_color == "blue"  # remembered for the next one


def test_highlight_menu_changes_colour_and_deletes(make_window: WindowFactory,
                                                   seed_doc: Document,
                                                   qtbot: QtBot) -> None:
    window = make_window()
    annotation_id = highlight(qtbot, window, block_starting(seed_doc, "この過程で"), 0, 4)
    assert window.notes is not None
    menu = window.notes.highlight_menu(annotation_id)
    actions = {a.text(): a for a in menu.actions() if a.text()}
    actions["Green"].trigger()
    assert window.notes.store.get(annotation_id).color == "green"
    actions["Underline"].trigger()
    assert window.notes.store.get(annotation_id).style == "underline"
    window.notes.highlight_menu(annotation_id).actions()[-1].trigger()  # Delete
    assert annotation_id not in window.notes.store


def test_hostile_note_is_text_in_page_and_panel(make_window: WindowFactory,
                                                seed_doc: Document, qtbot: QtBot,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("reader.ui.annotation_controller.edit_note", lambda *_: HOSTILE + "\n2行目")
    window = make_window()
    select(qtbot, window, block_starting(seed_doc, "この過程で学んだことは"), 0, 6)
    window.actions_.add_note.trigger()
    assert window.notes is not None
    note = window.notes.store.all()[0].note
    assert note == HOSTILE + "\n2行目"  # newlines kept, nothing stripped
    qtbot.waitUntil(lambda: js(qtbot, window, "document.querySelectorAll('.note-marker').length") == 1,
                    timeout=WAIT_MS)
    assert js(qtbot, window, "document.querySelector('.note-marker').title") == note
    assert js(qtbot, window, "document.querySelectorAll('main img, main script').length") == 0
    assert js(qtbot, window, "document.title") != "pwned"
    assert window.panel is not None
    item = window.panel.model.index(1, 0)
    assert item.data().endswith("✎ " + note)


def test_panel_filters_search_and_model(make_window: WindowFactory, seed_doc: Document,
                                        qtbot: QtBot, qtmodeltester: Any) -> None:
    window = make_window()
    first = highlight(qtbot, window, block_starting(seed_doc, "この過程で"), 0, 4)
    second = highlight(qtbot, window, block_starting(seed_doc, "話題をエージェント"), 0, 2)
    assert window.notes is not None
    window.notes.store.update(second, color="pink", note="大事")
    panel = window.panel
    assert panel is not None
    qtmodeltester.check(panel.model)

    def ids() -> list[str]:
        m = panel.model
        return [m.index(r, 0).data(ID_ROLE) for r in range(m.rowCount())
                if not m.index(r, 0).data(HEADER_ROLE)]

    assert ids() == [second, first]  # document order: section 2 comes first
    panel.notes_only.setChecked(True)
    assert ids() == [second]
    panel.notes_only.setChecked(False)
    panel.color.setCurrentIndex(panel.color.findData("yellow"))
    assert ids() == [first]
    panel.color.setCurrentIndex(0)
    panel.search.setText("大事")
    assert ids() == [second]
    panel.search.setText("")
    panel.readings.setChecked(True)
    assert window.settings.quote_readings  # remembered for the next window
    assert "話題（わだい）" in panel.model.index(1, 0).data()
    panel.annotation_activated.emit(first)
    qtbot.waitUntil(lambda: window.top_block != "", timeout=WAIT_MS)


def test_damaged_database_is_kept_aside_and_reported(make_window: WindowFactory,
                                                     seed_doc: Document, data_dir: Path,
                                                     qtbot: QtBot) -> None:
    path = data_dir / "annotations.json"
    path.write_text('{"annotations": {"1": {"id": "x"', encoding="utf-8")
    window = make_window()
    qtbot.waitUntil(lambda: window.notes is not None and window.notes.data_warning is not None, timeout=WAIT_MS)
    assert window.notes is not None
    assert window.notes.data_warning is not None
    assert "damaged" in window.notes.data_warning.text()
    aside = [p for p in data_dir.iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1
    assert aside[0].read_text(encoding="utf-8") == '{"annotations": {"1": {"id": "x"'
    assert window.notes is not None
    assert len(window.notes.store) == 0


def test_second_process_brings_window_forward_and_hands_over_import(
        make_window: WindowFactory, seed_doc: Document, data_dir: Path, qtbot: QtBot,
        tmp_path: Path) -> None:
    from reader.core.annotations import Anchor, export_jsonld
    from reader.single_instance import InstanceServer, lock_file

    window = make_window()
    lock = lock_file(data_dir)
    assert lock.tryLock(100)  # the window's process holds the folder
    server = InstanceServer(data_dir, window)
    server.message.connect(window._on_instance_message)
    other = AnnotationStore(seed_doc)
    block = seed_doc.block(block_starting(seed_doc, "この過程で"))
    other.add(Anchor.from_selection(seed_doc, block.id, 0, block.id, 4), note="外から")
    source = tmp_path / "in.jsonld"
    source.write_text(export_jsonld(other), encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, "-m", "reader", "annotations", "--data-dir", str(data_dir),
         "import", str(source)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=WAIT_MS)
    out, err = child.communicate()
    assert child.returncode == 0, err
    assert out.startswith("handed to the open window: 1 added")
    assert window.notes is not None
    assert [a.note for a in window.notes.store.all()] == ["外から"]
    lock.unlock()


def test_one_change_sends_the_page_that_highlight_alone(
        make_window: WindowFactory, seed_doc: Document, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: every store event repainted every highlight in the page."""
    window = make_window()
    annotation_id = highlight(qtbot, window, block_starting(seed_doc, "この過程で"), 0, 4)
    assert window.notes is not None
    calls: list[tuple[str, tuple[Any, ...]]] = []
    real = window.view.call

    def record(function: str, *args: Any, **kwargs: Any) -> None:
        calls.append((function, args))
        real(function, *args, **kwargs)

    monkeypatch.setattr(window.view, "call", record)
    window.notes.set_color(annotation_id, "blue")
    assert [name for name, _ in calls] == ["putHighlight"]
    assert calls[0][1][0]["id"] == annotation_id
    assert calls[0][1][0]["color"] == "blue"
    qtbot.waitUntil(lambda: js(qtbot, window, "CSS.highlights.has('hl-blue')"),
                    timeout=WAIT_MS)
    calls.clear()
    window.notes.delete(annotation_id)
    assert calls == [("removeHighlight", (annotation_id,))]
    qtbot.waitUntil(lambda: js(qtbot, window, "window.yomu.highlightCount()") == 0,
                    timeout=WAIT_MS)
