"""Vocabulary (no Qt): words collected while reading, kept with the annotations.

For the window:

- ``VocabularyStore(document, path)``: ``add(draft, note)``, ``update(id, …)``,
  ``delete(id)``, ``undo()``/``redo()``, ``subscribe(callback)`` (``VocabEvent``),
  ``all()``, ``by_section()``, ``placement(id)``, ``needs_review``.
- ``draft_at(document, block_id, start, end, lookup, words)`` fills a draft from a
  selection; ``with_sense(draft, entry, index)`` picks another sense.
- ``search(entries, query, matcher)``: the panel's filter, by text, kana or romaji.
- ``sentence_at(text, start, end)``: the sentence around a word.
"""

from reader.core.vocabulary.events import VocabEvent
from reader.core.vocabulary.model import VocabDraft, VocabEntry
from reader.core.vocabulary.search import entry_matches, search
from reader.core.vocabulary.selection import draft_at, gloss_of, with_sense
from reader.core.vocabulary.sentences import sentence_at, sentence_bounds
from reader.core.vocabulary.store import VocabularyStore

__all__ = [
    "VocabDraft",
    "VocabEntry",
    "VocabEvent",
    "VocabularyStore",
    "draft_at",
    "entry_matches",
    "gloss_of",
    "search",
    "sentence_at",
    "sentence_bounds",
    "with_sense",
]
