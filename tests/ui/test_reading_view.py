"""The reading view's page loading (reader/ui/reading_view.py)."""

from __future__ import annotations

import json

import shiboken6
from pytestqt.qtbot import QtBot

from reader.core.page.layout import page_html, render_body
from reader.core.page.render import RenderOptions
from reader.core.text.parse import parse_document
from reader.ui.reading_view import ReadingView
from tests.ui.conftest import WAIT_MS


def page(title: str) -> str:
    doc = parse_document(f"{title}\n\n本文の段落です。\n", f"{title}.txt")
    body = render_body(doc, {}, RenderOptions())
    return page_html(doc, body, ["aids-both", "furi-always", "theme-light"], "")


def test_a_page_shown_while_another_loads_is_ready_only_as_itself(qtbot: QtBot) -> None:
    """Regression: the page being replaced ran its script after the new one was asked
    for, and its ready was taken for the new page's (Python then called a page
    without window.yomu, or the old page)."""
    view = ReadingView()
    view.resize(600, 400)
    view.show()
    shown: list[str] = []
    seen: list[tuple[str, list[str]]] = []  # the page last shown, and what is there

    def show(title: str) -> None:
        shown.append(title)
        view.show_page(page(title))

    def on_ready() -> None:
        expected = shown[-1]
        view.page().runJavaScript(
            "JSON.stringify([document.title, typeof window.yomu])", 0,
            lambda result: seen.append((expected, json.loads(result))),
        )

    def show_second(_ok: bool) -> None:
        view.loadFinished.disconnect(show_second)
        show("二番目")  # the first page is in, its channel not yet open

    view.ready.connect(on_ready)
    view.loadFinished.connect(show_second)
    show("一番目")
    qtbot.waitUntil(lambda: any(title == "二番目" for title, _ in seen), timeout=WAIT_MS)
    try:
        assert [got for _, got in seen] == [[title, "object"] for title, _ in seen]
        assert view.is_ready
        assert view.script_errors == []
    finally:
        view.close()
        view.release()
        shiboken6.delete(view)
