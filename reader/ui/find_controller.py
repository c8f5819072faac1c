"""The find bar's Python side: the index, the hits, and the marks in the page.

A ``FindIndex`` over the document and its readings is built off the UI thread
(StoreJobs) whenever readings arrive; each keystroke then runs ``find`` on the UI
thread (milliseconds) and sends the hits, as offsets, to the page (resources/page/
find.js), which paints them with the CSS Custom Highlight API. A page loaded again
(another romaji spelling) is sent the hits again; blocks replaced in the page keep
theirs (find.js places them again).

Signals:
    changed(int, int): the current hit (0-based, -1 for none) and the hit count.
    painted(float): the page drew the marks of the last query: milliseconds from
        the keystroke (``search``) to the second frame after the marks were set.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, SignalInstance

from reader.core.find import FindIndex, Hit
from reader.ui.store_jobs import StoreJobs

if TYPE_CHECKING:
    from reader.core.readings import Word
    from reader.core.text.document import Document
    from reader.ui.reading_view import ReadingView

log = logging.getLogger(__name__)
Readings = Mapping[str, Sequence["Word"]]


class FindController(QObject):
    """Finds the query in the document and keeps the page's marks in step."""

    changed = Signal(int, int)
    painted = Signal(float)

    def __init__(
        self,
        doc: Document,
        view: ReadingView,
        readings: Callable[[], Readings],
        readings_ready: SignalInstance,
    ) -> None:
        super().__init__(view)
        self.doc, self.view = doc, view
        self._readings = readings
        self._jobs = StoreJobs(self)
        self.index: FindIndex | None = None
        self._building = 0  # the generation of the index being built
        self.query = ""
        self.hits: list[Hit] = []
        self.current = -1
        self._serial = 0
        self._started: dict[int, float] = {}
        # The index reads every block's readings: built when the bar first opens,
        # not at start-up, where it decoded a long text's whole readings cache
        # during the first paint (issue 13).
        self._wanted = False
        readings_ready.connect(self._readings_changed)
        view.ready.connect(self._send_hits)
        view.bridge.find_painted.connect(self._on_painted)

    # ---- the index
    @property
    def ready(self) -> bool:
        """Whether an index is built (with the readings there were)."""
        return self.index is not None

    def want(self) -> None:
        """The bar opened: build the index if there is none yet."""
        if not self._wanted:
            self._wanted = True
            self.rebuild()

    def _readings_changed(self) -> None:
        if self._wanted:
            self.rebuild()

    def rebuild(self) -> None:
        """Build the index again, off the UI thread (new readings)."""
        self._building += 1
        generation = self._building
        doc, readings = self.doc, self._readings()
        self._jobs.run(
            lambda: FindIndex(doc, readings),
            lambda index: self._on_index(generation, index),
            self._on_failed,
        )

    def _on_index(self, generation: int, index: FindIndex) -> None:
        if generation != self._building:
            return  # newer readings are being indexed
        self.index = index
        self.search(self.query, keep_current=True)  # also ends "Indexing…"

    def _on_failed(self, exc: Exception) -> None:
        # FindIndex takes any document and readings: this is a bug; find by text.
        log.error("find index failed: %r", exc)

    # ---- queries
    def search(self, query: str, *, keep_current: bool = False) -> None:
        """Find ``query`` (empty: clear the marks) and mark every hit."""
        started = time.perf_counter()
        hits, at = self.hits, self.current
        previous = hits[at] if 0 <= at < len(hits) else None
        self.query = query
        if not query.strip() or self.index is None:
            self.hits, self.current = [], -1
        else:
            self.hits = self.index.find(query)
            self.current = self._first(previous if keep_current else None)
        self._send_hits(started)
        self.changed.emit(self.current, len(self.hits))

    def _first(self, previous: Hit | None) -> int:
        """The hit to start on: where the last current one was, else the first."""
        if not self.hits:
            return -1
        if previous is not None:
            for i, hit in enumerate(self.hits):
                if (hit.block_id, hit.start) == (previous.block_id, previous.start):
                    return i
        return 0

    def step(self, by: int) -> bool:
        """Go to the next (+1) or previous (-1) hit, wrapping; False if none."""
        if not self.hits:
            return False
        self.current = (self.current + by) % len(self.hits)
        serial = self._next_serial(time.perf_counter())
        self.view.call("setFindCurrent", self.current, serial)
        self.changed.emit(self.current, len(self.hits))
        return True

    def clear(self) -> None:
        """Forget the query and remove the marks (the bar closed)."""
        self.query, self.hits, self.current = "", [], -1
        self.view.call("clearFind")
        self.changed.emit(-1, 0)

    # ---- the page
    def _send_hits(self, started: float | None = None) -> None:
        if not self.view.is_ready:
            return  # sent when the page is ready
        serial = self._next_serial(started or time.perf_counter())
        spans = [{"b": h.block_id, "s": h.start, "e": h.end} for h in self.hits]
        self.view.call("setFindHits", spans, self.current, serial)

    def _next_serial(self, started: float) -> int:
        self._serial += 1
        self._started = {self._serial: started}  # only the latest is waited for
        return self._serial

    def _on_painted(self, serial: int) -> None:
        started = self._started.pop(serial, None)
        if started is not None:
            self.painted.emit((time.perf_counter() - started) * 1e3)

    def wait(self) -> None:
        """Let an index being built finish (the window closes)."""
        self._jobs.wait()

