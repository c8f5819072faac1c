"""The page at sizes far beyond the interview: many highlights, very long paragraphs."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory, js, js_json

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
