"""The page's highlights (resources/page/highlights.js), one change at a time."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from reader.core.page.layout import page_html, render_body
from reader.core.page.render import RenderOptions
from reader.core.text.parse import parse_document
from reader.ui.reading_view import ReadingView
from tests.ui.page_view import open_page, value

TEXT = "題\n\n𠮷野家で日本語を勉強した。\n\n今日は良い天気です。\n"


@pytest.fixture
def page(qtbot: QtBot) -> Iterator[tuple[ReadingView, list[str]]]:
    doc = parse_document(TEXT, "h.txt")
    body = render_body(doc, {}, RenderOptions())
    html = page_html(doc, body, ["aids-both", "furi-always", "theme-light"], "")
    with open_page(qtbot, html) as view:
        yield view, [b.id for b in doc.blocks]


def spec(id_: str, block: str, color: str = "yellow", style: str = "highlight",
         note: str = "") -> dict[str, Any]:
    return {"id": id_, "color": color, "style": style, "note": note,
            "pieces": [{"b": block, "s": 0, "e": 3}]}


PAINTED = "Object.fromEntries(Array.from(CSS.highlights, ([k, h]) => [k, h.size]))"


# An emptied highlight stays registered (size 0): only its ranges are taken out.
@pytest.mark.parametrize(("call", "count", "painted", "markers"), [
    ("putHighlight({new})", 3, {"hl-yellow": 1, "ul-green": 2, "hl-blue": 1}, 1),
    ("putHighlight({recolored})", 2, {"hl-yellow": 0, "ul-green": 2, "hl-pink": 1}, 1),
    ("putHighlight({noted})", 2, {"hl-yellow": 1, "ul-green": 2}, 2),
    ("putHighlight({unknown})", 2, {"hl-yellow": 2, "ul-green": 0}, 0),  # the defaults
    ("removeHighlight('a')", 1, {"hl-yellow": 0, "ul-green": 2}, 1),
    ("removeHighlight('absent')", 2, {"hl-yellow": 1, "ul-green": 2}, 1),
])
def test_one_highlight_changes_and_the_others_stay(
    qtbot: QtBot, page: tuple[ReadingView, list[str]], call: str, count: int,
    painted: dict[str, int], markers: int,
) -> None:
    """Two highlights shown (``b`` in two blocks, with a note), then one call."""
    view, ids = page
    first, second = ids[1], ids[2]
    b = spec("b", first, "green", "underline", note="ノート")
    b["pieces"].append({"b": second, "s": 1, "e": 4})
    shown = [spec("a", first), b]
    assert value(qtbot, view, f"window.yomu.setHighlights({json.dumps(shown)})") == 2
    specs = {
        "new": spec("c", second, "blue"), "recolored": spec("a", first, "pink"),
        "noted": spec("a", first, note="メモ"),
        "unknown": spec("b", second, "teal", "strikeout"),
    }
    script = call.format(**{k: json.dumps(v) for k, v in specs.items()})
    assert value(qtbot, view, f"window.yomu.{script}") == count
    assert value(qtbot, view, "window.yomu.highlightCount()") == count
    assert value(qtbot, view, PAINTED) == painted
    assert value(qtbot, view, "document.querySelectorAll('.note-marker').length") == markers
