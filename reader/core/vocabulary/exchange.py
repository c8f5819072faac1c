"""Vocabulary out of Yomu: an Anki package (genanki) or tab-separated text.

Ids are stable, so exporting again updates the notes already in Anki instead of
adding copies: the note type's id and the deck's id are fixed (the deck's from
its name), and each note's GUID comes from the entry's id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path

from reader.core.document import Document
from reader.core.readings import Word
from reader.core.vocabulary.cards import (
    CSS,
    FIELDS,
    MODEL_NAME,
    TEMPLATES,
    CardFields,
    SentenceWords,
    card_fields,
)
from reader.core.vocabulary.model import VocabEntry
from reader.core.vocabulary.store import VocabularyStore
from reader.core.wordslice import slice_words

#: The note type's id: fixed forever, or Anki sees a new note type.
MODEL_ID = 1_607_304_417
DEFAULT_DECK = "Yomu vocabulary"


def deck_id(name: str) -> int:
    """A stable deck id for ``name`` (Anki's ids are positive 63-bit numbers)."""
    digest = hashlib.sha256(f"yomu-deck\0{name}".encode()).digest()
    return int.from_bytes(digest[:7], "big") | (1 << 40)


def note_guid(entry_id: str) -> str:
    """The Anki GUID of an entry's note."""
    import genanki

    return str(genanki.guid_for("yomu-vocabulary", entry_id))


def source_of(store: VocabularyStore, entry: VocabEntry) -> str:
    """The document's title and the entry's section, for the ``Source`` field."""
    section = store.section_of(entry.id)
    title = store.document.title
    return f"{title} — {section.title}" if section and section.title else title


def block_sentence_words(
    document: Document,
    store: VocabularyStore,
    readings: Mapping[str, Sequence[Word]],
) -> SentenceWords:
    """Sentence words from the document's readings, where the sentence is found."""

    def words_of(entry: VocabEntry) -> Sequence[Word] | None:
        placed = store.placement(entry.id)
        if placed is None or not placed.pieces:
            return None
        piece = placed.pieces[0]
        words = readings.get(piece.block_id)
        start = piece.start - entry.word_at
        text = document.block(piece.block_id).text
        if not words or text[start : start + len(entry.sentence)] != entry.sentence:
            return None
        return slice_words(words, start, start + len(entry.sentence))

    return words_of


def cards_for(
    store: VocabularyStore,
    entries: Sequence[VocabEntry],
    sentence_words: SentenceWords | None = None,
) -> list[CardFields]:
    """The note fields of ``entries``, in the order given."""
    return [
        card_fields(e, source_of(store, e), sentence_words and sentence_words(e))
        for e in entries
    ]


def write_apkg(
    path: Path,
    cards: Sequence[CardFields],
    deck_name: str = DEFAULT_DECK,
    timestamp: float | None = None,
) -> int:
    """Write an Anki package of ``cards``; returns how many notes it holds.

    Args:
        path: the ``.apkg`` file to write.
        cards: the notes' fields.
        deck_name: the deck (``::`` makes a sub-deck).
        timestamp: the notes' modification time (default now); Anki updates a
            note it has when the package's note is newer.
    """
    import genanki  # only when exporting: it is not needed to read

    model = genanki.Model(
        MODEL_ID,
        MODEL_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=[dict(t) for t in TEMPLATES],
        css=CSS,
        sort_field_index=0,
    )
    deck = genanki.Deck(deck_id(deck_name), deck_name)
    for card in cards:
        deck.add_note(
            genanki.Note(
                model=model,
                fields=[card.html[name] for name in FIELDS],
                guid=note_guid(card.entry_id),
            )
        )
    genanki.Package(deck).write_to_file(str(path), timestamp=timestamp)
    return len(cards)


def _tsv_cell(text: str) -> str:
    """A TSV cell: backslash, tab and line breaks escaped as \\\\, \\t, \\n, \\r."""
    return (
        text.replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
    )


def tsv_text(cards: Sequence[CardFields]) -> str:
    """Tab-separated text: a header row, then one row per note (plain text)."""
    rows = ["\t".join(FIELDS)]
    rows += ["\t".join(_tsv_cell(c.plain[name]) for name in FIELDS) for c in cards]
    return "\n".join(rows) + "\n"
