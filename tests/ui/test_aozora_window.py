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
from tests.ui.conftest import js_json

DATA = Path(__file__).parents[1] / "core" / "text" / "data"

#: Every ruby on the page as [base, reading] (the base without its rt/rp).
RUBIES = """[...document.querySelectorAll('ruby')].map((r) => {
  const rt = r.querySelector('rt');
  const base = [...r.childNodes].filter((n) => !['RT', 'RP'].includes(n.nodeName))
    .map((n) => n.textContent).join('');
  return [base, rt ? rt.textContent : null];
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
    window = make_doc_window(load_document(DATA / "kokoro_utf8.txt"))
    model = window.sidebar.model
    titles = [
        str(model.data(model.index(row, 0, QModelIndex())))
        for row in range(model.rowCount(QModelIndex()))
    ]
    assert titles[1:] == ["上　先生と私", "一", "二"]
