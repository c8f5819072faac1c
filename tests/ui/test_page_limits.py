"""The page at sizes far beyond the interview: many highlights, very long paragraphs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from reader.core.annotations import Annotation
from reader.core.text.document import Block, Document
from reader.core.text.parse import parse_document
from reader.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, WindowFactory, js, js_json
from tests.ui.test_annotation_controller import painted, select

MANY = 70_000


def many_highlights(count: int, *, one: bool) -> str:
    """Script making ``count`` one-character ranges over the page's blocks: each its
    own highlight, or (``one``) all pieces of a single highlight."""
    return f"""
    (() => {{
      const ids = Array.from(document.querySelectorAll("[data-b]"), (el) => el.id);
      const piece = (i) => ({{ b: ids[i % ids.length], s: 0, e: 1 }});
      const list = {str(one).lower()}
        ? [{{ id: "all", color: "yellow", style: "highlight", note: "",
             pieces: Array.from({{ length: {count} }}, (_, i) => piece(i)) }}]
        : Array.from({{ length: {count} }}, (_, i) => ({{
            id: "h" + i, color: "yellow", style: "highlight", note: "",
            pieces: [piece(i)] }}));
      return window.yomu.setHighlights(list);
    }})()
    """


def test_65000_highlights_of_one_colour_are_painted(make_window: WindowFactory,
                                                    qtbot: QtBot) -> None:
    """Regression: new Highlight(...ranges) threw RangeError; nothing was painted."""
    window = make_window()
    assert js(qtbot, window, many_highlights(MANY, one=False)) == MANY
    assert js(qtbot, window, "CSS.highlights.get('hl-yellow').size") == MANY


def test_a_highlight_of_70000_pieces_is_painted_and_flashes(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    assert js(qtbot, window, many_highlights(MANY, one=True)) == 1
    assert js(qtbot, window, "CSS.highlights.get('hl-yellow').size") == MANY
    flashed = js_json(qtbot, window, "[window.yomu.flashHighlight('all'), "
                                     "CSS.highlights.get('flash').size]")
    assert flashed == [True, MANY]


SENTENCES = ["彼は𠮷野家で日本語を勉強している。", "今日は天気が良いので公園へ散歩に行きました。",
             "エージェントの世界に話題を移しましょう。"]


@pytest.fixture
def long_window(
    make_doc_window: Callable[[Document], MainWindow],
) -> tuple[MainWindow, Document]:
    """A window over a text whose one paragraph is laid out in several parts."""
    body = "".join(SENTENCES[i % 3] for i in range(400))  # about 10,000 characters
    doc = parse_document(f"長い段落\n\n{body}\n", "long.txt")
    return make_doc_window(doc), doc


def long_block(doc: Document) -> Block:
    return max(doc.blocks, key=lambda b: len(b.text))


def highlight_selection(qtbot: QtBot, window: MainWindow) -> Annotation:
    assert window.notes is not None
    annotation = window.notes.highlight_selection()
    assert annotation is not None
    return annotation


# Ranges inside one part, across one boundary, across several, and at the ends.
@pytest.mark.parametrize("where", ["inside", "across", "several", "start", "end"])
def test_offsets_hold_across_the_parts_of_a_long_paragraph(
    long_window: tuple[MainWindow, Document], qtbot: QtBot, where: str
) -> None:
    """Regression: a 300,000-character paragraph was never painted. It is now laid
    out in parts; selections and highlights keep their offsets in the block."""
    window, doc = long_window
    block = long_block(doc)
    starts = js_json(qtbot, window, f"Array.from(document.getElementById('{block.id}')"
                                    ".querySelectorAll('.part'), (p) => +p.dataset.p)")
    assert len(starts) > 3
    assert starts[0] == 0
    second, third = starts[1], starts[3]
    start, end = {
        "inside": (5, 40), "across": (second - 7, second + 9),
        "several": (second - 3, third + 5), "start": (0, 12),
        "end": (len(block.text) - 15, len(block.text)),
    }[where]
    select(qtbot, window, block.id, start, end)
    assert window.view.selection == [
        {"b": block.id, "s": start, "e": end, "text": block.text[start:end]}
    ]
    annotation = highlight_selection(qtbot, window)
    assert annotation.anchor.exact == block.text[start:end]
    qtbot.waitUntil(lambda: painted(qtbot, window, annotation.id) == [block.text[start:end]],
                    timeout=WAIT_MS)


@pytest.mark.parametrize("fraction", [0.02, 0.3, 0.55, 0.9])
def test_reading_position_holds_in_a_long_paragraph(
    long_window: tuple[MainWindow, Document], qtbot: QtBot, fraction: float
) -> None:
    window, doc = long_window
    block = long_block(doc)
    js(qtbot, window, f"window.yomu.restorePosition({{block: '{block.id}', "
                      f"fraction: {fraction}}})")
    # The text at the top of the pane comes to be the text at that fraction of the
    # block (parts near the screen are laid out a frame or two later)...
    wanted = fraction * len(block.text)

    def at_top() -> float:
        top = js_json(qtbot, window, "window.yomu.offsetAt(300, 40)")
        if not top or top["b"] != block.id:
            return float("inf")  # between frames, or the pane not there yet
        return float(abs(top["o"] - wanted))

    qtbot.waitUntil(lambda: at_top() < 120, timeout=WAIT_MS)
    # ... and the position reported for it is that fraction.
    qtbot.waitUntil(lambda: window.position is not None
                    and window.position[0] == block.id
                    and abs(window.position[1] - fraction) < 0.005, timeout=WAIT_MS)
    assert at_top() < 120


def test_70000_notes_get_their_markers(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    script = many_highlights(MANY, one=False).replace('note: ""', 'note: "n" + i')
    assert js(qtbot, window, script) == MANY
    assert js(qtbot, window, "document.querySelectorAll('.note-marker').length") == MANY
