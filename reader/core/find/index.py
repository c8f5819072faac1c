"""Find in a document by text, kana or romaji: an index built once, cheap queries.

``FindIndex(document, readings).find(query)`` returns every hit in document order.
The query is tried as text (always), as kana (when it is all kana) and as romaji
(when it is all Latin letters); see ``fold`` and ``channels`` for the rules.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from reader.core.document import Document
from reader.core.find.channels import Key, kana_key, romaji_key, text_key
from reader.core.find.fold import fold_text
from reader.core.find.fold import kana_key as query_kana
from reader.core.find.fold import romaji_key as query_romaji
from reader.core.readings import Word

#: Between two blocks' keys: no query (folded, without control characters) spans it.
_GAP = "\x00"


class MatchKind(StrEnum):
    """Which key a hit was found by."""

    TEXT = "text"
    KANA = "kana"
    ROMAJI = "romaji"


@dataclass(frozen=True, slots=True)
class Hit:
    """One place where the query was found.

    Attributes:
        block_id: the block.
        start: code-point offset of the hit in the block's text.
        end: offset just past it.
        text: the base text of the hit (``block.text[start:end]``).
        kind: the key it was found by (text first when several agree).
    """

    block_id: str
    start: int
    end: int
    text: str
    kind: MatchKind


@dataclass(frozen=True)
class Query:
    """A query folded once into the keys it is looked for by."""

    raw: str
    text: str
    kana: str | None
    romaji: str | None

    @classmethod
    def parse(cls, raw: str) -> Query:
        """Fold ``raw`` into its keys (see ``fold``)."""
        return cls(raw, fold_text(raw.strip()), query_kana(raw), query_romaji(raw))

    def lookups(self) -> list[tuple[MatchKind, str]]:
        """The (kind, key) pairs to look for, text first; empty keys left out."""
        pairs = [
            (MatchKind.TEXT, self.text),
            (MatchKind.KANA, self.kana or ""),
            (MatchKind.ROMAJI, self.romaji or ""),
        ]
        return [(kind, key) for kind, key in pairs if key]


class Channel:
    """One key over many texts (blocks), joined into one string to search."""

    def __init__(self, keys: Sequence[tuple[str, Key]]) -> None:
        parts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.offsets: list[int] = []  # where each text's key starts in the string
        self.ids: list[str] = []
        pos = 0
        for text_id, key in keys:
            self.offsets.append(pos)
            self.ids.append(text_id)
            parts += [*key.chars, _GAP]
            self.starts += [*key.starts, -1]
            self.ends += [*key.ends, -1]
            pos += len(key.chars) + 1
        self.string = "".join(parts)

    def search(self, needle: str) -> list[tuple[int, str, int, int]]:
        """(text index, id, start, end) of each hit on unit boundaries, in order."""
        out: list[tuple[int, str, int, int]] = []
        string, starts, ends = self.string, self.starts, self.ends
        size = len(needle)
        at = string.find(needle)
        while at >= 0:
            lo, hi = starts[at], ends[at + size - 1]
            if lo >= 0 and hi >= 0:
                index = bisect.bisect_right(self.offsets, at) - 1
                out.append((index, self.ids[index], lo, hi))
                at = string.find(needle, at + size)
            else:
                at = string.find(needle, at + 1)
        return out


class FindIndex:
    """Finds a query in a document, as written or by how it sounds.

    Args:
        document: the document.
        readings: block id -> the block's words (readings engine or cache); a block
            without readings is found by its text only.
    """

    def __init__(self, document: Document, readings: Mapping[str, Sequence[Word]]):
        self.document = document
        blocks = [b for b in document.blocks if b.text]
        self._texts = {b.id: b.text for b in blocks}
        read = [(b.id, readings[b.id]) for b in blocks if readings.get(b.id)]
        self._channels = {
            MatchKind.TEXT: Channel([(b.id, text_key(b.text)) for b in blocks]),
            MatchKind.KANA: Channel([(i, kana_key(words)) for i, words in read]),
            MatchKind.ROMAJI: Channel([(i, romaji_key(words)) for i, words in read]),
        }
        self._order = {b.id: i for i, b in enumerate(blocks)}

    def find(self, query: str | Query) -> list[Hit]:
        """Every hit of ``query`` in document order; one per place (text first)."""
        parsed = query if isinstance(query, Query) else Query.parse(query)
        found: dict[tuple[str, int, int], MatchKind] = {}
        for kind, key in parsed.lookups():
            for _, block_id, start, end in self._channels[kind].search(key):
                found.setdefault((block_id, start, end), kind)
        order = sorted(found, key=lambda k: (self._order[k[0]], k[1], k[2]))
        return [
            Hit(b, s, e, self._texts[b][s:e], found[(b, s, e)]) for b, s, e in order
        ]


def text_matches(query: str | Query, text: str, words: Sequence[Word] | None) -> bool:
    """Whether ``query`` is in ``text`` as written or, given its words, as read.

    For one short text (a quote, a note); a document is searched with ``FindIndex``.
    """
    parsed = query if isinstance(query, Query) else Query.parse(query)
    for kind, key in parsed.lookups():
        if kind is MatchKind.TEXT:
            made = text_key(text)
        elif words:
            made = kana_key(words) if kind is MatchKind.KANA else romaji_key(words)
        else:
            continue
        if Channel([("", made)]).search(key):
            return True
    return False
