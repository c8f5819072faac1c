"""Matching short texts (quotes, notes, vocabulary fields) by text, kana or romaji.

The Annotations and Vocabulary panels filter their rows with a ``SoundMatcher``:
the words of a text come from the document's readings where the caller has them
(a quote), else from the reading engine, asked once per distinct text and
remembered (a note).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence

from reader.core.annotations.anchoring import PlacedRange
from reader.core.annotations.model import Annotation
from reader.core.find.index import Query, text_matches
from reader.core.readings import Word
from reader.core.wordslice import slice_words

Reader = Callable[[str], Sequence[Word]]
#: Distinct texts whose words are remembered; a panel's notes fit many times over.
CACHE_SIZE = 4096


class SoundMatcher:
    """Tells whether texts match a query, reading them on demand.

    Args:
        reader: text -> words, e.g. ``ReadingEngine().read``; None matches by text
            only.
    """

    def __init__(self, reader: Reader | None = None) -> None:
        self._reader = reader
        self._words: OrderedDict[str, Sequence[Word]] = OrderedDict()

    def words(self, text: str) -> Sequence[Word] | None:
        """The words of ``text`` (remembered), or None without a reader."""
        if self._reader is None or not text:
            return None
        cached = self._words.get(text)
        if cached is None:
            cached = self._reader(text)
            self._words[text] = cached
            if len(self._words) > CACHE_SIZE:
                self._words.popitem(last=False)
        else:
            self._words.move_to_end(text)
        return cached

    def matches(
        self,
        query: str | Query,
        texts: Iterable[str],
        words: Sequence[Sequence[Word] | None] = (),
    ) -> bool:
        """Whether any of ``texts`` matches ``query`` ("" matches everything).

        Args:
            query: what was typed.
            texts: the texts to try (a quote and a note, say).
            words: the words of the first texts where the caller has them (the
                document's readings of a quote); the others are read on demand.
        """
        parsed = query if isinstance(query, Query) else Query.parse(query)
        if not parsed.lookups():
            return True
        for index, text in enumerate(texts):
            known = words[index] if index < len(words) else None
            if known is None and (parsed.kana or parsed.romaji):
                known = self.words(text)
            if text and text_matches(parsed, text, known):
                return True
        return False


def quote_words(
    readings: Mapping[str, Sequence[Word]], placed: PlacedRange | None
) -> list[Word] | None:
    """The document's words over a placed quote (its pieces joined), if known."""
    if placed is None:
        return None
    words: list[Word] = []
    for piece in placed.pieces:
        block_words = readings.get(piece.block_id)
        if not block_words:
            return None
        words += slice_words(block_words, piece.start, piece.end)
    return words


def annotation_matches(
    annotation: Annotation,
    query: str | Query,
    matcher: SoundMatcher,
    words: Sequence[Word] | None = None,
) -> bool:
    """The Annotations panel's search: the quote or the note, by text or reading.

    Args:
        annotation: the annotation.
        query: what was typed.
        matcher: reads the note (and the quote, without ``words``) on demand.
        words: the quote's words from the document's readings (``quote_words``).
    """
    return matcher.matches(query, [annotation.anchor.exact, annotation.note], [words])
