"""Readings of note texts for the Annotations panel's search, read off the UI thread.

Searching notes by kana or romaji needs each note's words, and reading a text loads
and runs the reading engine: never on the UI thread, never while the reader types.
``reader(text)`` answers at once with the words read so far (nothing for a text not
yet read) and queues the text; a worker (its own engine, one thread) reads the
queue in one batch and emits ``ready``, when the panel asks again with a fresh
``matcher()``.

Signals:
    ready: newly read texts are in; search again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.find import SoundMatcher
from reader.core.readings import Word
from reader.ui.store_jobs import StoreJobs

log = logging.getLogger(__name__)
Read = Callable[[str], Sequence[Word]]


def default_engine() -> Read:
    """A reading engine of its own (made in the worker thread, on first use)."""
    from reader.core.readings import ReadingEngine

    return ReadingEngine().read


class NoteReadings(QObject):
    """Words of short texts, read in a worker on demand (see the module docstring)."""

    ready = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        make_engine: Callable[[], Read] = default_engine,
    ) -> None:
        super().__init__(parent)
        self._make_engine = make_engine
        self._read: Read | None = None  # used in the worker thread only
        self._words: dict[str, Sequence[Word]] = {}
        self._wanted: set[str] = set()
        self._jobs = StoreJobs(self)
        self._scheduled = False

    def reader(self, text: str) -> Sequence[Word]:
        """The words of ``text`` if read already; else none, and it is queued."""
        words = self._words.get(text)
        if words is None:
            self._want(text)
            return ()
        return words

    def matcher(self) -> SoundMatcher:
        """A matcher over the texts read so far (ask for a new one on ``ready``)."""
        return SoundMatcher(self.reader)

    @property
    def pending(self) -> int:
        """Texts waiting to be read."""
        return len(self._wanted)

    def _want(self, text: str) -> None:
        self._wanted.add(text)
        if not self._scheduled and not self._jobs.busy:
            # One batch for every text asked for by the same search.
            self._scheduled = True
            QTimer.singleShot(0, self._start)

    def _start(self) -> None:
        self._scheduled = False
        batch = sorted(self._wanted - self._words.keys())
        if not batch:
            self._wanted.clear()
            return
        self._jobs.run(lambda: self._read_all(batch), self._done, self._failed)

    def _read_all(self, texts: list[str]) -> dict[str, Sequence[Word]]:
        if self._read is None:
            self._read = self._make_engine()
        return {text: tuple(self._read(text)) for text in texts}

    def _done(self, words: dict[str, Sequence[Word]]) -> None:
        self._words.update(words)
        self._wanted -= words.keys()
        self.ready.emit()
        if self._wanted:
            self._start()

    def _failed(self, exc: Exception) -> None:
        # Notes stay found by their text; the panel goes on.
        log.error("reading notes for the search failed: %r", exc)
        self._words.update({text: () for text in self._wanted})
        self._wanted.clear()

    def wait(self) -> None:
        """Let a batch being read finish (the window closes)."""
        self._jobs.wait()
