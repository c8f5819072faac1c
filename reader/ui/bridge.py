"""The page's way into Python: the API it may call, and signals for the window.

Signals:
    page_ready: the page script is connected; settings can be applied.
    top_block_changed(str): the block at the top of the pane changed.
    position_changed(str, float): the top block and how far into it the pane is.
    selection_changed(list): the selection, as dicts ``{b, s, e, text}`` (code points).
    link_requested(str): the reader clicked a link in the page.
    highlight_requested(str, str, bool): make a highlight of the selection with this
        colour and style ("" for the defaults), and open the note editor if True.
    highlight_clicked(str): the reader clicked a highlight or its note marker.
    painted: fonts are loaded and the page has been drawn (after ``whenPainted``).
    lookup_requested(dict): a request of the look-up popup (lookup_controller.py).
    chunk_requested(int): the page wants chunk k of the text (page_loader.py).
    chunk_dropped(int): the page emptied chunk k, far from the screen.
    block_requested(str): the page wants the chunk holding this block.
    find_painted(int): the find marks of request ``serial`` are drawn (find.js).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal, Slot

log = logging.getLogger(__name__)


class Bridge(QObject):
    """What the page reported, as signals for the window (never shown to the page).

    The page talks to :attr:`api`, a :class:`PageApi` registered on the channel.
    """

    page_ready = Signal()
    top_block_changed = Signal(str)
    position_changed = Signal(str, float)
    selection_changed = Signal(object)
    link_requested = Signal(str)
    painted = Signal()
    highlight_requested = Signal(str, str, bool)
    highlight_clicked = Signal(str)
    lookup_requested = Signal(object)
    chunk_requested = Signal(int)
    chunk_dropped = Signal(int)
    block_requested = Signal(str)
    find_painted = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.api = PageApi(self)


class PageApi(QObject):
    """The one object registered on the QWebChannel: the page's API and nothing else.

    QWebChannel publishes every public method and signal of the registered object,
    so this class declares no signals of its own (the window's live on
    :class:`Bridge`). What QObject itself publishes cannot be withdrawn; of that, only
    ``deleteLater`` does harm, and the deletion it asks for is refused here.
    """

    def __init__(self, bridge: Bridge) -> None:
        super().__init__(bridge)
        self._bridge = bridge

    def event(self, event: QEvent) -> bool:
        """Refuse ``deleteLater`` (the page can call it); the parent still deletes."""
        if event.type() == QEvent.Type.DeferredDelete:
            log.warning("the page asked to delete the bridge; refused")
            return True
        return super().event(event)

    @Slot()
    def pageReady(self) -> None:  # noqa: N802 (called from JavaScript)
        self._bridge.page_ready.emit()

    @Slot(str)
    def topBlockChanged(self, block_id: str) -> None:  # noqa: N802
        self._bridge.top_block_changed.emit(block_id)

    @Slot(str, float)
    def positionChanged(self, block_id: str, fraction: float) -> None:  # noqa: N802
        self._bridge.position_changed.emit(block_id, fraction)

    @Slot(str)
    def selectionChanged(self, payload: str) -> None:  # noqa: N802
        self._bridge.selection_changed.emit(parse_ranges(payload))

    @Slot()
    def pagePainted(self) -> None:  # noqa: N802
        self._bridge.painted.emit()

    @Slot(str, str, bool)
    def highlightSelection(self, color: str, style: str, note: bool) -> None:  # noqa: N802
        self._bridge.highlight_requested.emit(color, style, note)

    @Slot(str)
    def highlightClicked(self, annotation_id: str) -> None:  # noqa: N802
        self._bridge.highlight_clicked.emit(annotation_id)

    @Slot(str)
    def lookup(self, payload: str) -> None:
        """A request of the look-up popup, as JSON (see lookup_controller.py)."""
        try:
            request = json.loads(payload)
        except (TypeError, ValueError):
            return
        if isinstance(request, dict):
            self._bridge.lookup_requested.emit(request)

    @Slot(int)
    def needChunk(self, index: int) -> None:  # noqa: N802
        self._bridge.chunk_requested.emit(index)

    @Slot(int)
    def chunkDropped(self, index: int) -> None:  # noqa: N802
        self._bridge.chunk_dropped.emit(index)

    @Slot(str)
    def needBlock(self, block_id: str) -> None:  # noqa: N802
        self._bridge.block_requested.emit(block_id)

    @Slot(int)
    def findPainted(self, serial: int) -> None:  # noqa: N802
        self._bridge.find_painted.emit(serial)

    @Slot(str)
    def openLink(self, url: str) -> None:  # noqa: N802
        self._bridge.link_requested.emit(url)


def parse_ranges(payload: str) -> list[dict[str, Any]]:
    """Selection ranges from the page, keeping only well-formed ones."""
    try:
        data = json.loads(payload)
    except (TypeError, ValueError):
        return []
    if not isinstance(data, list):
        return []
    return [
        r
        for r in data
        if isinstance(r, dict)
        and isinstance(r.get("b"), str)
        and isinstance(r.get("s"), int)
        and isinstance(r.get("e"), int)
        and 0 <= r["s"] <= r["e"]
    ]
