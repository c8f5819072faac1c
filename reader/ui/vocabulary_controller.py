"""Vocabulary in the window: add a word from the popup or a selection, edit, delete,
undo, export, and take an import handed over by ``yomu vocab import``.

The store (``VocabularyStore``) shares the annotations file and its safe writes.
Dictionary work (the draft of a new word, placing imported rows) runs in the look-up
controller's thread, where the dictionary lives; the store is changed on the UI
thread.

Signals:
    changed: the vocabulary changed (added, edited, deleted, undone, imported).
    added(str): an entry was added from the window (its id).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from reader.core.annotations.errors import StoreError, StoreWriteError
from reader.core.vocabulary import (
    VocabDraft,
    VocabEntry,
    VocabEvent,
    VocabularyStore,
    draft_at,
    with_sense,
)
from reader.ui.i18n import tr

if TYPE_CHECKING:
    from reader.core.lookup import Lookup
    from reader.ui.lookup_controller import LookupController
    from reader.ui.surface import WindowSurface

log = logging.getLogger(__name__)
Reply = Callable[[str], None]


def open_vocabulary(
    surface: WindowSurface, path: Path | None
) -> VocabularyStore | None:
    """The vocabulary of the annotations file; None (and a log line) if unusable."""
    if path is None:
        return None
    try:
        return VocabularyStore(surface.doc, path)
    except StoreError as exc:
        log.warning("vocabulary disabled: %s", exc)
        return None


class VocabularyController(QObject):
    """The window's vocabulary (see the module docstring)."""

    changed = Signal()
    added = Signal(str)

    def __init__(
        self,
        surface: WindowSurface,
        store: VocabularyStore,
        lookup: LookupController,
    ) -> None:
        super().__init__(surface.view)
        self.surface, self.store, self.lookup = surface, store, lookup
        self._unsubscribe = store.subscribe(self._on_event)
        lookup.vocab_requested.connect(self.add_word)

    def _on_event(self, _event: VocabEvent) -> None:
        self.changed.emit()

    def _say(self, text: str) -> None:
        self.surface.status.showMessage(text, 6000)

    # ---- adding
    def add_word(self, block_id: str, start: int, end: int, sense: int = 0) -> None:
        """Add the word at ``[start, end)`` of a block (the popup's, or a selection),
        with sense ``sense`` of its dictionary entry."""
        doc = self.surface.doc
        words = self.surface.readings().get(block_id)
        result = self.lookup.result  # the popup's entry, for another sense

        def work(lookup: Lookup | None) -> VocabDraft:
            draft = draft_at(doc, block_id, start, end, lookup, words)
            best = result.best if result is not None else None
            if sense and best is not None and best.form == draft.form:
                draft = with_sense(draft, best.entry, sense)
            return draft

        self.lookup.with_dictionary(work, self._add_draft, self._failed)

    def add_selection(self) -> bool:
        """Add the word selected in the page (its first block); False if none."""
        ranges = self.surface.view.selection
        if not ranges or ranges[0]["s"] == ranges[0]["e"]:
            return False
        first = ranges[0]
        self.add_word(str(first["b"]), int(first["s"]), int(first["e"]))
        return True

    def _add_draft(self, draft: VocabDraft) -> None:
        if self.store.read_only is not None:
            self._say(tr("Vocabulary is read-only: ") + self.store.read_only)
            return
        try:
            entry = self.store.add(draft)
        except (ValueError, StoreWriteError) as exc:
            self._failed(exc)
            return
        self._say(tr("Added to vocabulary: {word}").format(word=entry.form))
        self.added.emit(entry.id)

    def _failed(self, exc: Exception) -> None:
        log.warning("vocabulary: %r", exc)
        self._say(tr("Not added to vocabulary: ") + (str(exc) or type(exc).__name__))

    # ---- changing
    def update(self, entry_id: str, **values: Any) -> VocabEntry | None:
        """Change an entry's note or meaning; None (and a message) if refused."""
        try:
            return self.store.update(entry_id, **values)
        except (KeyError, ValueError, StoreWriteError) as exc:
            self._failed(exc)
            return None

    def delete(self, entry_ids: list[str]) -> None:
        """Delete entries in one undoable step."""
        try:
            self.store.delete_many(entry_ids)
        except (KeyError, StoreWriteError) as exc:
            self._failed(exc)

    def undo(self) -> bool:
        """Undo the last vocabulary change."""
        try:
            return self.store.undo()
        except StoreWriteError as exc:
            self._failed(exc)
            return False

    def show(self, entry_id: str) -> None:
        """Scroll the entry's word into view and flash it (the jump to the sentence)."""
        placed = self.store.placement(entry_id)
        if placed is None or not placed.pieces:
            self._say(tr("This word is no longer found in the text"))
            return
        piece = placed.pieces[0]
        self.surface.view.call("flashRange", piece.block_id, piece.start, piece.end)

    def export(self, path: Path, entries: list[VocabEntry] | None = None) -> int:
        """Write an Anki deck (``.apkg``) or, for any other suffix, a TSV file.

        Raises:
            OSError: the file cannot be written.
        """
        from reader.core.vocabulary.exchange import (
            block_sentence_words,
            cards_for,
            tsv_text,
            write_apkg,
        )

        chosen = self.store.all() if entries is None else entries
        readings = self.surface.readings()
        words = block_sentence_words(self.surface.doc, self.store, readings)
        cards = cards_for(self.store, chosen, words)
        if path.suffix.lower() == ".apkg":
            return write_apkg(path, cards)
        path.write_text(tsv_text(cards), encoding="utf-8")
        return len(cards)

    # ---- import handed over by the command line
    def import_from_cli(self, path: Path, reply: Reply) -> None:
        """Import a TSV of words (``yomu vocab import``); ``reply`` gets
        ``ok COUNTS`` or ``error TEXT`` once it has run."""
        from reader.core.vocabulary.importing import ImportPlan, parse_rows, plan_import

        if self.store.read_only is not None:
            reply(f"error the vocabulary is read-only: {self.store.read_only}")
            return
        try:
            rows = parse_rows(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            reply(f"error cannot read {path}: it is not UTF-8 text")
            return
        except OSError as exc:
            reply(f"error cannot read {path}: {exc.strerror or exc}")
            return
        doc, readings = self.surface.doc, self.surface.readings()

        def done(plan: ImportPlan) -> None:
            try:
                added = self.store.add_many(plan.entries)
            except (ValueError, StoreWriteError) as exc:
                reply(f"error nothing imported: {exc}")
                return
            counts = (
                f"{len(added)} new, {len(plan.entries) - len(added)} already "
                f"present, {len(plan.unplaced)} could not be placed"
            )
            self._say(tr("Vocabulary imported: ") + counts)
            reply(f"ok {counts}")

        self.lookup.with_dictionary(
            lambda lookup: plan_import(doc, rows, readings, lookup),
            done,
            lambda exc: reply(f"error cannot import {path.name}: {exc}"),
        )

    def close(self) -> None:
        """Stop listening and release the store."""
        self._unsubscribe()
        self.store.close()
