"""What the page can reach in Python over QWebChannel: the page API, nothing more."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WAIT_MS, WindowFactory, js, js_json

PAGE_API = {
    "pageReady", "topBlockChanged", "positionChanged", "selectionChanged",
    "pagePainted", "highlightSelection", "highlightClicked", "openLink",
    "lookup",  # the look-up popup (lookup_controller.py)
    "needChunk", "needBlock", "chunkDropped",  # a long text's chunks (page_loader.py)
    "findPainted",  # the find bar's marks are drawn (find_controller.py)
}
# Published by QWebChannel for every QObject; harmless once deleteLater is refused.
QOBJECT = {"deleteLater", "objectNameChanged", "destroyed"}
# A second client on the page's transport, as a hostile script could open. It takes
# the transport's messages, and ignores replies to the page's own calls.
OPEN_CHANNEL = """
new QWebChannel(qt.webChannelTransport, (c) => { window.hostile = c.objects.bridge; });
const handle = qt.webChannelTransport.onmessage;
qt.webChannelTransport.onmessage = (m) => { try { handle(m); } catch (e) { } };
"""
PUBLISHED = """
Object.keys(window.hostile).filter((k) => !k.startsWith("__") && !k.includes("(")
  && typeof window.hostile[k] === "function"
  && !["unwrapQObject", "unwrapProperties", "propertyUpdate", "signalEmitted"]
     .includes(k))
"""


# Qt refuses one of the two calls itself, with this warning; the other reaches us.
@pytest.mark.qt_log_ignore("Not deleting non-wrapped object")
def test_page_cannot_delete_the_bridge(make_window: WindowFactory,
                                       qtbot: QtBot) -> None:
    """Regression: the page could call deleteLater on the bridge (and see its
    Python-side signals)."""
    window = make_window()
    api = window.view.bridge.api
    js(qtbot, window, OPEN_CHANNEL)
    qtbot.waitUntil(lambda: js(qtbot, window, "!!window.hostile"), timeout=WAIT_MS)
    published = set(js_json(qtbot, window, PUBLISHED))
    assert published - QOBJECT == PAGE_API
    for call in ("deleteLater", "deleteLater()"):
        js(qtbot, window, "window.done = false;"
           f"window.hostile['{call}'](() => {{ window.done = true; }})")
        qtbot.waitUntil(lambda: js(qtbot, window, "window.done") is True,
                        timeout=WAIT_MS)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert shiboken6.isValid(api)
    with qtbot.waitSignal(window.view.bridge.page_ready, timeout=WAIT_MS):
        js(qtbot, window, "window.hostile.pageReady()")


@pytest.mark.parametrize(("payload", "expected"), [
    ('[{"b": "p1", "s": 0, "e": 3}]', [{"b": "p1", "s": 0, "e": 3}]),
    ('[{"b": "p1", "s": 2, "e": 2, "text": ""}]', [{"b": "p1", "s": 2, "e": 2, "text": ""}]),
    ('[{"b": "p1", "s": 3, "e": 1}]', []),  # backwards
    ('[{"b": "p1", "s": -1, "e": 1}]', []),  # before the block
    ('[{"b": 7, "s": 0, "e": 1}]', []),  # block id not text
    ('[{"b": "p1", "s": "0", "e": 1}]', []),  # offset not a number
    ('[{"b": "p1", "s": 0}]', []),  # no end
    ('[{"b": "p1", "s": 0, "e": 1}, "x", {"b": "p2", "s": 1, "e": 4}]',
     [{"b": "p1", "s": 0, "e": 1}, {"b": "p2", "s": 1, "e": 4}]),
    ('{"b": "p1", "s": 0, "e": 1}', []),  # not a list
    ("not json", []),
    ("", []),
])
def test_parse_ranges(payload: str, expected: list[dict[str, object]]) -> None:
    from reader.ui.bridge import parse_ranges

    assert parse_ranges(payload) == expected
