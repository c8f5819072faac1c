"""A long text in the window: its start shows before the rest is laid out, and
everything that points into the text (sidebar, position, highlights, look-ups)
reaches chunks not yet on the page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.annotations import AnnotationStore
from reader.core.annotations.model import Anchor
from reader.core.page import chunks
from reader.core.readings import ReadingCache, ReadingEngine
from reader.core.text.document import Document
from reader.core.text.parse import parse_document
from reader.paths import DataPaths
from reader.ui.main_window import MainWindow
from reader.ui.page_loader import render_options
from tests.benchmarks.long_text import long_text
from tests.ui.conftest import WAIT_MS, close_windows, make_context
from tests.ui.page_view import value

CHUNK = 3000  # characters per chunk here: a short text of many chunks
TEXT_CHARS = 40_000


@pytest.fixture(scope="module")
def long_doc() -> Document:
    return parse_document(long_text(TEXT_CHARS), "long.txt")


@pytest.fixture(scope="module")
def long_cache(tmp_path_factory: pytest.TempPathFactory, long_doc: Document) -> Path:
    """The long text's readings, computed once for this module."""
    path = DataPaths(tmp_path_factory.mktemp("long")).readings_cache_for(long_doc.key)
    ReadingCache(path, ReadingEngine()).read_blocks(
        (b.id, b.text) for b in long_doc.blocks
    )
    return path


OpenWindow = Callable[..., MainWindow]


@pytest.fixture
def open_window(
    qtbot: QtBot,
    tmp_path: Path,
    long_doc: Document,
    long_cache: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[OpenWindow]:
    """Windows on the long text over one data folder (warm unless ``cold``)."""
    monkeypatch.setattr(chunks, "CHUNK_CHARS", CHUNK)
    windows: list[MainWindow] = []
    root = tmp_path / "data"

    def factory(*, cold: bool = False) -> MainWindow:
        paths = DataPaths(root)
        if not cold and not paths.readings_cache_for(long_doc.key).exists():
            paths.readings_cache_for(long_doc.key).parent.mkdir(
                parents=True, exist_ok=True
            )
            paths.readings_cache_for(long_doc.key).write_bytes(long_cache.read_bytes())
        cached = ReadingCache(
            paths.readings_cache_for(long_doc.key), ReadingEngine()
        ).load_cached([(b.id, b.text) for b in long_doc.blocks])
        store = AnnotationStore(long_doc, paths.annotations)
        window = MainWindow(make_context(long_doc, root, cached, store))
        window.resize(1000, 700)
        window.show()
        windows.append(window)
        return window

    yield factory
    close_windows(windows)


def counts(qtbot: QtBot, window: MainWindow) -> dict[str, int]:
    result: dict[str, int] = value(qtbot, window.view, "window.yomu.chunkCounts()")
    return result


def on_page(qtbot: QtBot, window: MainWindow, block_id: str) -> bool:
    return bool(value(qtbot, window.view, f"!!document.getElementById('{block_id}')"))


def far_block(doc: Document) -> str:
    """A block near the end of the text: in a chunk the first paint leaves out."""
    return doc.blocks[len(doc.blocks) * 9 // 10].id


def test_the_start_shows_before_the_rest_is_laid_out(
    open_window: OpenWindow, qtbot: QtBot, long_doc: Document
) -> None:
    window = open_window(cold=True)
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        pass
    assert len(window.loader.chunks) > 10
    seen = counts(qtbot, window)
    assert seen["chunks"] == len(window.loader.chunks)
    assert seen["filled"] < seen["chunks"]
    assert on_page(qtbot, window, long_doc.blocks[1].id)
    assert not on_page(qtbot, window, far_block(long_doc))
    qtbot.waitUntil(lambda: window.settled, timeout=WAIT_MS)
    assert counts(qtbot, window)["filled"] < seen["chunks"]  # still: only near ones


def test_sidebar_jump_to_a_section_not_laid_out(
    open_window: OpenWindow, qtbot: QtBot, long_doc: Document
) -> None:
    window = open_window()
    qtbot.waitUntil(lambda: window.settled, timeout=WAIT_MS)
    section = long_doc.sections[-2]
    assert not on_page(qtbot, window, section.id)
    window.sidebar.block_activated.emit(section.id)
    qtbot.waitUntil(lambda: window.top_block == section.id, timeout=WAIT_MS)
    assert on_page(qtbot, window, section.id)


def test_position_restored_in_a_far_chunk_stays(
    open_window: OpenWindow, qtbot: QtBot, long_doc: Document
) -> None:
    block = far_block(long_doc)
    first = open_window()
    qtbot.waitUntil(lambda: first.settled, timeout=WAIT_MS)
    first.close()  # saves its own position: the far one is saved after
    first.store.save_position(long_doc.key, block, 0.0)
    window = open_window()
    qtbot.waitUntil(lambda: window.settled, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.top_block == block, timeout=WAIT_MS)
    # The chunks around it come in (before and after) without moving the reader.
    qtbot.waitUntil(lambda: counts(qtbot, window)["filled"] >= 2, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: not value(qtbot, window.view, "window.yomu.settling()"),
        timeout=WAIT_MS,
    )
    assert window.top_block == block
    assert value(qtbot, window.view, "window.yomu.position().block") == block


def test_highlight_in_a_far_chunk_appears_when_reached(
    open_window: OpenWindow, qtbot: QtBot, long_doc: Document
) -> None:
    block = long_doc.block(far_block(long_doc))
    window = open_window()
    qtbot.waitUntil(lambda: window.settled, timeout=WAIT_MS)
    assert window.notes is not None
    note = window.notes.store.add(
        Anchor.from_selection(long_doc, block.id, 0, block.id, 4)
    )
    qtbot.waitUntil(
        lambda: value(qtbot, window.view, "window.yomu.highlightCount()") == 1,
        timeout=WAIT_MS,
    )
    shown = f"window.yomu.highlightText('{note.id}')"
    assert value(qtbot, window.view, shown) == []  # its block is not on the page
    window.view.call("flashHighlight", note.id)  # the panel's "go to"
    qtbot.waitUntil(
        lambda: value(qtbot, window.view, shown) == [block.text[:4]], timeout=WAIT_MS
    )


def test_scroll_to_an_offset_lays_its_chunk_out(
    open_window: OpenWindow, qtbot: QtBot, long_doc: Document
) -> None:
    """A find hit or a look-up in a part not yet shown (window.yomu.scrollToOffset)."""
    block = far_block(long_doc)
    window = open_window()
    qtbot.waitUntil(lambda: window.settled, timeout=WAIT_MS)
    window.view.call("scrollToOffset", block, 3)
    qtbot.waitUntil(lambda: on_page(qtbot, window, block), timeout=WAIT_MS)
    box = f"document.getElementById('{block}').getBoundingClientRect()"
    qtbot.waitUntil(
        lambda: 0 <= value(qtbot, window.view, f"{box}.top") < 700, timeout=WAIT_MS
    )


def test_readings_arriving_do_not_move_the_lines(
    open_window: OpenWindow, qtbot: QtBot, long_doc: Document
) -> None:
    """Regression (issue 10, defect 7): furigana arriving later moved the lines."""
    window = open_window()
    qtbot.waitUntil(lambda: window.settled, timeout=WAIT_MS)
    loader = window.loader
    index = loader.first_chunk()
    opts = render_options(window.settings)
    plain = loader.chunks.segments(index, {}, opts)
    ruby = loader.chunks.segments(index, loader.readings, opts)
    view = window.view
    heading = long_doc.sections[1].id  # a heading (h2), with ruby of its own
    rects = (
        "[...document.querySelectorAll('[data-b]')].slice(0, 6).map((el) => {"
        " const r = el.getBoundingClientRect(); return [r.top, r.height]; })"
    )
    view.call("fillChunk", index, plain)
    before = value(qtbot, view, rects)
    assert value(qtbot, view, "document.querySelectorAll('rt').length") == 0
    view.call("fillChunk", index, ruby)
    qtbot.waitUntil(
        lambda: value(qtbot, view, "document.querySelectorAll('rt').length") > 0,
        timeout=WAIT_MS,
    )
    after = value(qtbot, view, rects)
    assert on_page(qtbot, window, heading)
    flat = [x for box in before for x in box]
    assert [x for box in after for x in box] == pytest.approx(flat, abs=0.5)


def test_readings_progress_shows_in_the_reading_pane(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    """Issue 10, defect 7: progress was in the status bar only."""
    window = open_window(cold=True)
    qtbot.waitUntil(lambda: window.settled, timeout=WAIT_MS)
    note = "document.getElementById('yomu-progress')"
    assert value(qtbot, window.view, f"{note}.hidden") is True  # done: gone
    window.loader._on_progress(1, 4)  # noqa: SLF001
    qtbot.waitUntil(
        lambda: value(qtbot, window.view, f"{note}.hidden") is False, timeout=WAIT_MS
    )
    assert "25%" in value(qtbot, window.view, f"{note}.textContent")
    box = value(qtbot, window.view, f"{note}.getBoundingClientRect().bottom")
    assert 0 < box <= value(qtbot, window.view, "window.innerHeight")


def test_chunks_far_from_the_screen_are_emptied_and_come_back_with_highlights(
    open_window: OpenWindow, qtbot: QtBot, long_doc: Document
) -> None:
    """Reading a book through kept every chunk it had shown (2.3 GB for 1M
    characters): far chunks are emptied to placeholders of their size, and come
    back, highlights and all, when the reader returns."""
    first = next(b for b in long_doc.blocks if len(b.text) > 20)
    window = open_window()
    qtbot.waitUntil(lambda: window.settled, timeout=WAIT_MS)
    assert window.notes is not None
    note = window.notes.store.add(Anchor.from_selection(long_doc, first.id, 0, first.id, 4))
    shown = f"window.yomu.highlightText('{note.id}')"
    qtbot.waitUntil(lambda: value(qtbot, window.view, shown) == [first.text[:4]],
                    timeout=WAIT_MS)
    start = window.loader.first_chunk()
    last = long_doc.blocks[-1].id
    window.scroll_to_block(last)
    qtbot.waitUntil(lambda: on_page(qtbot, window, last), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not on_page(qtbot, window, first.id), timeout=WAIT_MS)
    assert start not in window.loader._in_page  # noqa: SLF001 - Python was told
    assert counts(qtbot, window)["filled"] < len(window.loader.chunks)
    size = f"document.querySelector('.chunk[data-c=\"{start}\"]').style.blockSize"
    assert value(qtbot, window.view, size).endswith("px")  # kept its size
    window.scroll_to_block(first.id)
    qtbot.waitUntil(lambda: window.top_block == first.id, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: value(qtbot, window.view, shown) == [first.text[:4]],
                    timeout=WAIT_MS)
    assert value(qtbot, window.view, size) == ""
