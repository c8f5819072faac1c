"""The look-up popup's Python side: what the page asks for, answered off the UI thread.

The page script (resources/page/lookup.js) reports a click, a Shift+hover, an arrow
key or a button as one JSON request through ``PageApi.lookup``; this controller finds
the word with :class:`reader.core.lookup.Lookup` in a one-thread pool and hands the
popup's content (plain data, see lookup_popup.py) back to ``window.yomuLookup``.
The dictionary package is imported and opened by the first request, in that thread:
start-up never pays for it; once it is open, look-ups run at once.

Signals:
    answered(object): the content sent to the page (a dict), for tests.
    drawn(float, bool): the page drew the popup: milliseconds from the input event,
        and whether it shows an entry (not a message).
    closed: the page closed the popup.
    known_requested(str): "I know this word" on the word shown (its ``Word.text``).
    vocab_requested(str, int, int, int): "Add to vocabulary" on the word shown:
        block, start, end, and the sense chosen in the popup (0 first).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from reader.ui.i18n import tr
from reader.ui.lookup_popup import (
    context,
    has_content,
    kanji_data,
    message_data,
    result_data,
    word_at,
)
from reader.ui.store_jobs import StoreJobs

if TYPE_CHECKING:
    from reader.core.lookup import KanjiInfo, Lookup, LookupResult
    from reader.core.readings import Word
    from reader.core.text.document import Document
    from reader.ui.actions import Actions
    from reader.ui.reading_view import ReadingView
    from reader.ui.settings_model import SettingsModel

log = logging.getLogger(__name__)


def default_lookup() -> Lookup:
    """The dictionary of the jamdict-data package (imported here, on first use)."""
    from reader.core.lookup import Lookup

    return Lookup()


class LookupController(QObject):
    """Answers the popup's requests for one window (see the module docstring)."""

    answered = Signal(object)
    drawn = Signal(float, bool)
    closed = Signal()
    known_requested = Signal(str)
    vocab_requested = Signal(str, int, int, int)

    def __init__(
        self,
        doc: Document,
        view: ReadingView,
        settings: SettingsModel,
        readings: Callable[[], Mapping[str, Sequence[Word]]],
        make_lookup: Callable[[], Lookup] = default_lookup,
    ) -> None:
        super().__init__(view)
        self.doc, self.view, self.settings = doc, view, settings
        self._readings = readings
        settings.changed.connect(self.apply)
        self.make_lookup = make_lookup
        self._lookup: Lookup | None = None
        self._jobs = StoreJobs(self)
        self._serial = 0
        self.current: tuple[str, int, int] | None = None  # block, start, length
        self.result: LookupResult | None = None
        self.shown: Word | None = None  # the page's word under the popup
        view.bridge.lookup_requested.connect(self.on_request)
        view.ready.connect(self.configure)

    @property
    def opened(self) -> bool:
        """Whether the dictionary has been asked for (never at start-up)."""
        return self._lookup is not None

    # ---- requests from the page
    def on_request(self, request: dict[str, Any]) -> None:
        """One request of the page: ``{"kind": "at" | "step" | "kanji" | …}``."""
        kind = request.get("kind")
        stamp = request.get("t")
        t = float(stamp) if isinstance(stamp, int | float) else None
        if kind == "at" and isinstance(request.get("b"), str):
            self.look_up(str(request["b"]), int(request.get("o", 0)), t)
        elif kind == "step":
            self.step(1 if request.get("by", 1) > 0 else -1, t)
        elif kind == "kanji":
            self.kanji()
        elif kind == "copy":
            self.copy()
        elif kind == "known":
            self.mark_known()
        elif kind == "add":
            sense = request.get("sense", 0)
            self.add_to_vocabulary(sense if isinstance(sense, int) else 0)
        elif kind == "drawn" and isinstance(request.get("ms"), int | float):
            self.drawn.emit(float(request["ms"]), bool(request.get("found")))
        elif kind == "closed":
            self.closed.emit()

    def look_up(self, block_id: str, offset: int, t: float | None = None) -> bool:
        """Look up the word of ``block_id`` that holds ``offset``; False if none."""
        block = self.doc.get(block_id)
        if block is None or not 0 <= offset < len(block.text):
            return False
        word = word_at(self._readings().get(block_id, ()), offset)
        start = word.start if word is not None else offset
        self._request(block_id, start, word, t)
        return True

    def look_up_selection(self) -> bool:
        """Look up the word at the start of the page's selection."""
        ranges = self.view.selection
        if not ranges:
            return False
        first = ranges[0]
        self.view.setFocus()  # the popup's keys go to the page
        return self.look_up(first["b"], first["s"])

    def step(self, by: int, t: float | None = None) -> bool:
        """Look up the next (``by`` = 1) or previous (-1) word of the text."""
        if self.current is None:
            return False
        found = self._neighbour(*self.current, by)
        if found is None:
            return False
        self._request(found[0], found[1].start, found[1], t)
        return True

    def _neighbour(
        self, block_id: str, start: int, length: int, by: int
    ) -> tuple[str, Word] | None:
        """The next word with letters after the current one (or before it)."""
        ids = [b.id for b in self.doc.blocks]
        index = ids.index(block_id) if block_id in ids else 0
        while 0 <= index < len(ids):
            words = [
                w for w in self._readings().get(ids[index], ()) if has_content(w)
            ]
            if ids[index] == block_id:
                words = (
                    [w for w in words if w.start >= start + length]
                    if by > 0
                    else [w for w in words if w.start < start]
                )
            if words:
                return ids[index], words[0] if by > 0 else words[-1]
            index += by
        return None

    # ---- the work, off the UI thread
    def _request(
        self, block_id: str, start: int, word: Word | None, t: float | None
    ) -> None:
        self._serial += 1
        serial = self._serial
        text = self.doc.block(block_id).text
        shown = word if word is not None and word.start == start else None
        hint = shown.kana if shown is not None else None
        if self.opened and not self._jobs.busy:
            # Open: a look-up takes a few milliseconds, less than two thread hops
            # on a busy machine.
            try:
                result = self._find(text, start, hint)
            except Exception as exc:  # noqa: BLE001 - shown in the popup
                self._failed(serial, block_id, start, exc, t)
            else:
                self._answer(serial, block_id, start, shown, result, t)
            return
        if not self.opened:
            opening = tr("Opening the dictionary…")
            self._send(message_data(block_id, start, start + 1, opening), None)
        self._jobs.run(
            lambda: self._find(text, start, hint),
            lambda result: self._answer(serial, block_id, start, shown, result, t),
            lambda exc: self._failed(serial, block_id, start, exc, t),
        )

    def _dictionary(self) -> Lookup:
        if self._lookup is None:
            self._lookup = self.make_lookup()
        return self._lookup

    def _find(self, text: str, start: int, hint: str | None) -> LookupResult:
        lookup = self._dictionary()
        lo, hi = context(text, start)
        return lookup.at(text[lo:hi], start - lo, hint)

    def _answer(
        self,
        serial: int,
        block_id: str,
        start: int,
        shown: Word | None,
        result: LookupResult,
        t: float | None,
    ) -> None:
        if serial != self._serial:
            return  # a later request has been made
        self.result, self.shown = result, shown
        length = result.best.length if result.best is not None else 1
        self.current = (block_id, start, length)
        if result.found:
            self._send(result_data(result, block_id, start, shown), t)
            return
        end = shown.end if shown is not None else start + 1
        text = self.doc.block(block_id).text[start:end]
        message = tr("Nothing found for 「{word}」").format(word=text)
        self._send(message_data(block_id, start, end, message), t)

    def _failed(
        self, serial: int, block_id: str, start: int, exc: Exception, t: float | None
    ) -> None:
        """A missing or damaged dictionary: say so in the popup; the reader goes on."""
        if serial != self._serial:
            return
        self.result = None
        self.current = (block_id, start, 1)
        from reader.core.lookup import DictionaryError

        if not isinstance(exc, DictionaryError):
            log.error("look-up failed: %r", exc)
        message = str(exc) or type(exc).__name__
        self._send(message_data(block_id, start, start + 1, message), t)

    def _send(self, data: dict[str, Any], t: float | None) -> None:
        data["t"] = t
        self._call("show", data)
        self.answered.emit(data)

    def _call(self, function: str, *args: Any) -> None:
        script = f"window.yomuLookup && window.yomuLookup.{function}"
        script += f"({', '.join(json.dumps(a, ensure_ascii=False) for a in args)})"
        self.view.page().runJavaScript(script)

    # ---- kanji, copy, settings
    def kanji(self) -> None:
        """Send KANJIDIC2's facts on the kanji of the word shown."""
        result, serial = self.result, self._serial
        if result is None or result.best is None or self._lookup is None:
            return
        lookup, word = self._lookup, result.best.form + result.best.surface
        def show(infos: tuple[KanjiInfo, ...]) -> None:
            if serial == self._serial:  # still the word shown
                self._call("showKanji", [kanji_data(info) for info in infos])

        self._jobs.run(
            lambda: lookup.kanji(word),
            show,
            lambda exc: log.error("kanji look-up failed: %r", exc),
        )

    def copy(self) -> None:
        """Copy the popup's content as plain text."""
        if self.result is None:
            return
        from reader.core.lookup.present import result_text

        QGuiApplication.clipboard().setText(result_text(self.result, ()))

    def mark_known(self) -> None:
        """Ask to hide the furigana of the page's word under the popup."""
        if self.shown is not None and any(s.reading for s in self.shown.segments):
            self.known_requested.emit(self.shown.text)

    def add_to_vocabulary(self, sense: int = 0) -> None:
        """Ask to add the word shown, with sense ``sense`` of its best entry."""
        if self.current is not None and self.result is not None:
            block_id, start, length = self.current
            self.vocab_requested.emit(block_id, start, start + length, max(sense, 0))

    def with_dictionary(
        self,
        work: Callable[[Lookup | None], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Run ``work(lookup)`` in the look-up thread (the dictionary is opened
        there if need be; ``None`` if it is missing), then ``done`` on the UI thread.
        """

        def run() -> Any:
            from reader.core.lookup import DictionaryError

            try:
                lookup: Lookup | None = self._dictionary()
            except DictionaryError:
                lookup = None
            return work(lookup)

        self._jobs.run(run, done, failed)

    def close(self) -> None:
        """Close the popup."""
        self._serial += 1
        self._call("close")

    def connect_actions(self, actions: Actions) -> None:
        """Wire the window's look-up actions (rebuilt with the chrome)."""
        s = self.settings.value
        actions.look_up.triggered.connect(self.look_up_selection)
        actions.lookup_click.setChecked(s.lookup_click)
        actions.lookup_hover.setChecked(s.lookup_hover == "shift")
        actions.lookup_click.toggled.connect(
            lambda on: self.settings.set("lookup_click", on)
        )
        actions.lookup_hover.toggled.connect(
            lambda on: self.settings.set("lookup_hover", "shift" if on else "off")
        )
        self.configure()  # the popup's words in the (new) interface language

    def apply(self, name: str) -> None:
        """A setting changed: the look-up settings go to the page."""
        if name.startswith("lookup_"):
            self.configure()

    def configure(self) -> None:
        """Tell the page how the reader opens the popup (settings)."""
        s = self.settings.value
        labels = {
            "names": tr("Names"),
            "shorter": tr("Shorter words"),
            "alsoRead": tr("Also read"),
            "unsure": tr("the engine was unsure"),
            "kanji": tr("Kanji"),
            "copy": tr("Copy"),
            "known": tr("I know this word"),
            "add": tr("Add to vocabulary"),
            "keys": tr("← → words · Esc closes"),
            "common": tr("common"),
        }
        self._call(
            "configure",
            {"click": s.lookup_click, "hover": s.lookup_hover, "labels": labels},
        )

    def wait(self) -> None:
        """Let a running look-up end (the window closes)."""
        self._jobs.wait()
