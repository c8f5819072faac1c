"""An Aozora Bunko file opened in the window: the author's ruby on the page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from reader.core.readings import ReadingEngine
from reader.core.text.document import Document
from reader.core.text.source import load_document
from reader.ui.main_window import MainWindow
from reader.ui.window_host import WindowHost
from tests.ui.conftest import js_json
from tests.ui.test_open_text import host, server, settled_window  # noqa: F401 - fixtures

DATA = Path(__file__).parents[1] / "core" / "text" / "data"

#: Every ruby on the page as [base, reading] (the base without its rt/rp).
RUBIES = """[...document.querySelectorAll('ruby')].map((r) => {
  const rt = r.querySelector('rt');
  const base = [...r.childNodes].filter((n) => !['RT', 'RP'].includes(n.nodeName))
    .map((n) => n.textContent).join('');
  return [base, rt ? (rt.dataset.r ?? rt.textContent) : null];  // data-r: issue 10
})"""


def test_author_ruby_is_shown_where_the_engine_reads_otherwise(
    make_doc_window: Callable[[Document], MainWindow], qtbot: QtBot
) -> None:
    doc = load_document(DATA / "rashomon_sjis.txt")
    window = make_doc_window(doc)
    rubies = {tuple(pair) for pair in js_json(qtbot, window, RUBIES)}
    engine = ReadingEngine()
    for base, author in [("襖", "あお"), ("守宮", "やもり"), ("下人", "げにん")]:
        assert (base, author) in rubies
        if base != "下人":  # the engine alone would show another reading
            assert engine.read(base)[0].kana != author
    assert window.windowTitle().startswith("羅生門")
    text = js_json(qtbot, window, "document.body.innerText")
    assert "《" not in text
    assert "［＃" not in text
    assert "底本" not in text


def test_headings_are_sections_in_the_sidebar(
    make_doc_window: Callable[[Document], MainWindow],
) -> None:
    """Chapters (中見出し) sit under their part (大見出し), as in the book."""
    doc = load_document(DATA / "kokoro_utf8.txt")
    window = make_doc_window(doc)
    model = window.sidebar.model

    def titles(parent: QModelIndex) -> list[str]:
        return [
            str(model.data(model.index(row, 0, parent)))
            for row in range(model.rowCount(parent))
        ]

    assert titles(QModelIndex())[1:] == ["上　先生と私"]
    part = model.index(1, 0, QModelIndex())
    assert titles(part) == ["一", "二"]
    chapter = model.index(1, 0, part)
    assert model.parent(chapter) == part
    # The current mark goes to the chapter, and choosing it scrolls there.
    two = next(s for s in doc.sections if s.title == "二")
    assert model.index_for_block(two.block_ids[-1]) == chapter
    assert model.entry(chapter).block_id == two.block_ids[0]  # type: ignore[union-attr]


def test_a_part_shows_the_share_read_of_its_chapters(
    make_doc_window: Callable[[Document], MainWindow],
) -> None:
    doc = load_document(DATA / "kokoro_utf8.txt")
    model = make_doc_window(doc).sidebar.model
    one, two = (next(s for s in doc.sections if s.title == t) for t in ("一", "二"))
    part = next(s for s in doc.sections if s.title == "上　先生と私")
    sizes = {
        s.index: sum(len(b.text) for b in doc.section_blocks(s))
        for s in (part, one, two)
    }
    model.set_progress({part.index: 1.0, one.index: 1.0, two.index: 0.5}, sizes)
    whole = sum(sizes.values())
    expected = int(100 * (whole - sizes[two.index] / 2) / whole)
    assert model.percent_of(1) == expected
    chapter_two = model.index(1, 1, model.index(1, 0, QModelIndex()))
    assert model.data(chapter_two) == "50%"


def test_file_open_shows_the_author_ruby_cold_and_warm(
    host: WindowHost,  # noqa: F811 - the fixture imported above
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    """File › Open takes the Shift_JIS file; reopened, the readings come from the
    cache at start-up and still carry the author's ruby (page and readings)."""
    path = tmp_path / "rashomon.txt"
    path.write_bytes((DATA / "rashomon_sjis.txt").read_bytes())
    assert host.open(path)
    cold = settled_window(qtbot, host)
    assert ("襖", "あお") in {tuple(p) for p in js_json(qtbot, cold, RUBIES)}
    assert host.open(None)  # the interview, then the text again: a warm start
    settled_window(qtbot, host)
    assert host.open(path)
    warm = settled_window(qtbot, host)
    assert warm.ctx.cached_readings is not None  # came from the cache at once
    assert ("襖", "あお") in {tuple(p) for p in js_json(qtbot, warm, RUBIES)}
    # What Copy with Readings and look-up use, not only the (cached) page.
    segments = {
        (s.text, s.reading) for words in warm.readings.values() for w in words
        for s in w.segments
    }
    assert ("襖", "あお") in segments
