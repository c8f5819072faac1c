"""A bare reading view on a page of one's own, for tests of the page script."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import shiboken6
from pytestqt.qtbot import QtBot

from reader.ui.reading_view import ReadingView
from tests.ui.conftest import WAIT_MS


@contextmanager
def open_page(qtbot: QtBot, html: str, *modules: str) -> Iterator[ReadingView]:
    """A shown view with ``html`` loaded and ready, each of ``modules`` (``offsets``)
    imported as ``window.<name>`` (the instance the page script uses). On exit the
    page must have raised no script errors."""
    view = ReadingView()
    view.resize(900, 700)
    view.show()
    try:
        with qtbot.waitSignal(view.ready, timeout=WAIT_MS):
            view.show_page(html)
        for name in modules:
            run(qtbot, view, f'import("yomu://app/{name}.js")'
                             f'.then((m) => {{ window.{name} = m; }})')
            qtbot.waitUntil(imported(qtbot, view, name), timeout=WAIT_MS)
        yield view
        assert view.script_errors == [], "the page script raised errors"
    finally:
        view.close()
        view.release()
        shiboken6.delete(view)


def imported(qtbot: QtBot, view: ReadingView, name: str) -> Callable[[], bool]:
    """Whether module ``name`` is in the page as ``window.<name>``."""
    return lambda: run(qtbot, view, f"typeof window.{name}") == "object"


def run(qtbot: QtBot, view: ReadingView, script: str) -> Any:
    """Run ``script`` in the page and return its value."""
    with qtbot.waitCallback(timeout=WAIT_MS) as callback:
        view.page().runJavaScript(script, 0, callback)
    return callback.args[0] if callback.args else None


def value(qtbot: QtBot, view: ReadingView, expression: str) -> Any:
    """A JavaScript expression's value, passed as JSON (arrays do not survive
    runJavaScript's own conversion)."""
    return json.loads(run(qtbot, view, f"JSON.stringify({expression})") or "null")
