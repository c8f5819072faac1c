"""A new entry from a selection: the word, its dictionary data and its sentence.

``draft_at(document, block_id, start, end, lookup, words)`` is what "Add to
vocabulary" calls: it looks the word up at ``start`` (reading hint from the block's
words), takes the dictionary form, reading, romaji and first sense of the best
match, and cuts the sentence out of the block. ``with_sense`` picks another sense.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core.annotations.model import Anchor
from reader.core.readings import Word
from reader.core.readings.kana import to_hiragana
from reader.core.readings.romaji import kana_to_romaji
from reader.core.text.document import Document
from reader.core.vocabulary.model import VocabDraft
from reader.core.vocabulary.sentences import sentence_bounds

if TYPE_CHECKING:  # the store imports this module: start-up never opens the dictionary
    from reader.core.lookup import Entry, Lookup, LookupResult


def gloss_of(entry: Entry, sense: int) -> str:
    """The glosses of sense ``sense`` of ``entry``, joined with "; "."""
    return "; ".join(entry.senses[sense].glosses) if entry.senses else ""


def _reading_hint(words: Sequence[Word] | None, start: int) -> str | None:
    for word in words or ():
        if word.start == start:
            return word.kana
    return None


def _kana_of(words: Sequence[Word] | None, start: int, end: int) -> str:
    """The kana of the ruby units exactly covering ``[start, end)``, else "".

    Units, not words: the engine may keep a particle on its word (各社とも), and a
    selection of 各社 alone still has a reading.
    """
    kana: list[str] = []
    for word in words or ():
        if word.kana is None and start < word.end and word.start < end:
            return ""
        offset = word.start
        for segment in word.segments:
            seg_end = offset + len(segment.text)
            if start <= offset and seg_end <= end:
                kana.append(segment.kana)
            elif offset < end and start < seg_end:
                if segment.reading is not None:
                    return ""  # the selection cuts a ruby unit: no clean reading
                piece = segment.text[max(start - offset, 0) : end - offset]
                kana.append(to_hiragana(piece))
            offset = seg_end
    return "".join(kana)


def draft_at(
    document: Document,
    block_id: str,
    start: int,
    end: int,
    lookup: Lookup | None,
    words: Sequence[Word] | None = None,
) -> VocabDraft:
    """A draft entry for the selection ``[start, end)`` of a block.

    Args:
        document: the document.
        block_id: the block selected in.
        start: offset of the selection in the block's text.
        end: its end; equal to ``start`` for a click on a word (the dictionary
            match, else the reading word there, gives the length).
        lookup: the dictionary; None fills reading and romaji from ``words`` only.
        words: the block's words from the readings engine.

    Raises:
        KeyError: unknown block.
        ValueError: offsets outside the block, or nothing selected.
        DictionaryError: the dictionary is missing or damaged.
    """
    text = document.block(block_id).text
    if not 0 <= start < len(text) or not start <= end <= len(text):
        raise ValueError("selection outside its block")
    result = lookup.at(text, start, _reading_hint(words, start)) if lookup else None
    best = result.best if result else None
    if end == start:
        end = start + _length_at(result, words, start)
    word = text[start:end]
    lo, hi = sentence_bounds(text, start, end)
    anchor = Anchor.from_selection(document, block_id, start, block_id, end)
    if best is not None and text.startswith(best.surface, start):
        return VocabDraft(
            word, best.form, best.reading, best.romaji, gloss_of(best.entry, 0), 0,
            text[lo:hi], start - lo, anchor,
        )  # fmt: skip
    kana = _kana_of(words, start, end)
    romaji = kana_to_romaji(kana) if kana else ""
    return VocabDraft(word, word, kana, romaji, "", 0, text[lo:hi], start - lo, anchor)


def _length_at(
    result: LookupResult | None, words: Sequence[Word] | None, start: int
) -> int:
    if result is not None and result.best is not None:
        return result.best.length
    for word in words or ():
        if word.start == start:
            return len(word.text)
    return 1


def with_sense(draft: VocabDraft, entry: Entry, sense: int) -> VocabDraft:
    """``draft`` with sense ``sense`` of ``entry`` chosen.

    Raises:
        IndexError: the entry has no such sense.
    """
    if not 0 <= sense < len(entry.senses):
        raise IndexError(f"no sense {sense}")
    return replace(draft, gloss=gloss_of(entry, sense), sense=sense)
