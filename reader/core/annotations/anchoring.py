"""Placing anchors in the current document, and re-anchoring when the text changed.

Like Hypothesis, three tries in order (design.md, "One coordinate system"):

1. exact: the blocks still exist and hold the quote at the stored offsets;
2. quote: the quote occurs elsewhere; take the occurrence whose prefix/suffix match
   best, then the one closest to the old place;
3. fuzzy: an approximate match of the quote (similarity >= ``FUZZY_THRESHOLD``), found
   by letting short chunks of the quote vote for a start and aligning around the best
   candidates with rapidfuzz's bit-parallel Indel distance (the similarity ``difflib``
   gives, in time near-linear in the window; ``difflib`` took 49 s for one near-miss
   of 6,000 characters). Quotes longer than ``MAX_FUZZY_LEN`` are placed exactly or
   by quote only, which bounds the work per anchor.

What none of these places is "needs review": the caller keeps it unchanged.
"""

from __future__ import annotations

import bisect
from collections import Counter
from enum import StrEnum
from typing import NamedTuple

from rapidfuzz.distance import Indel

from reader.core.annotations.model import Anchor
from reader.core.document import Document

FUZZY_THRESHOLD = 0.75
MIN_FUZZY_LEN = 4  # shorter quotes match by chance: exact or quote only
#: Longer quotes are not matched approximately: an edited page-long highlight goes
#: to "needs review" rather than costing seconds (a few ms at this length).
MAX_FUZZY_LEN = 10_000
MAX_OCCURRENCES = 2000  # how many copies of a quote to weigh before giving up
MIN_CONTEXT = 0.5  # prefix/suffix similarity below which a spot is doubtful
_CANDIDATES = 8
_VOTE_SHARE = 0.25


class Method(StrEnum):
    """How an anchor was placed."""

    EXACT = "exact"
    QUOTE = "quote"
    FUZZY = "fuzzy"


class Piece(NamedTuple):
    """The part of a range inside one block, in code points into its text.

    A named tuple: ``(block_id, start, end)``, cheap to make for every annotation.
    """

    block_id: str
    start: int
    end: int


class PlacedRange(NamedTuple):
    """Where an anchor lies in the current document.

    Attributes:
        start: offset into the source.
        end: offset into the source (exclusive).
        pieces: one non-empty piece per block the range touches, for painting.
        method: which try placed it.
        anchor: the anchor as it should be stored now (equal to the input for an exact
            placement; rebuilt from the current text otherwise).
    """

    start: int
    end: int
    pieces: tuple[Piece, ...]
    method: Method
    anchor: Anchor

    @property
    def reanchored(self) -> bool:
        """Whether the anchor had to move."""
        return self.method is not Method.EXACT


class Resolver:
    """Resolves anchors against one document; build once, use for many anchors."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._blocks = [b for b in doc.blocks if b.start < b.end]
        self._starts = [b.start for b in self._blocks]
        self._get = doc.get

    def exact(self, anchor: Anchor) -> PlacedRange | None:
        """``anchor`` where it says it is (same blocks, quote and surroundings), or
        None; no search."""
        return self._in_place(anchor) or self._exact(anchor)

    def resolve(self, anchor: Anchor) -> PlacedRange | None:
        """Place ``anchor``, or None when it needs review."""
        placed = self.exact(anchor)
        if placed is not None:
            return placed
        hint = self._hint(anchor)
        found = _by_quote(self.doc.source, anchor, hint)
        if found is not None:
            return self._placed(found[0], found[1], Method.QUOTE)
        found = _fuzzy(self.doc.source, anchor, hint)
        return None if found is None else self._placed(found[0], found[1], Method.FUZZY)

    def pieces(self, start: int, end: int) -> tuple[Piece, ...]:
        """The non-empty parts of source range ``[start, end)`` inside blocks."""
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        out: list[Piece] = []
        for block in self._blocks[i:]:
            if block.start >= end:
                break
            s, e = max(start, block.start), min(end, block.end)
            if s < e:
                out.append(Piece(block.id, s - block.start, e - block.start))
        return tuple(out)

    def _in_place(self, anchor: Anchor) -> PlacedRange | None:
        """The common case, checked without slicing: the anchor lies in one block,
        exactly where it says, between its own prefix and suffix.

        Accepts only what ``_exact`` accepts, with the same result; None means "ask
        ``_exact``", not "needs review".
        """
        block, exact = self._get(anchor.block_id), anchor.exact
        if (
            block is None
            or anchor.end_block_id != anchor.block_id
            or not 0 <= anchor.start < anchor.end <= len(block.text)
            or anchor.end - anchor.start != len(exact)
        ):
            return None
        src, s = self.doc.source, block.start + anchor.start
        e = s + len(exact)
        if not (
            src.startswith(exact, s)
            and src.endswith(anchor.prefix, 0, s)
            and src.startswith(anchor.suffix, e)
        ):
            return None
        piece = Piece(block.id, anchor.start, anchor.end)
        return PlacedRange(s, e, (piece,), Method.EXACT, anchor)

    def _exact(self, anchor: Anchor) -> PlacedRange | None:
        first, last = self.doc.get(anchor.block_id), self.doc.get(anchor.end_block_id)
        if first is None or last is None:
            return None
        s, e = first.start + anchor.start, last.start + anchor.end
        if s >= e or anchor.start > len(first.text) or anchor.end > len(last.text):
            return None
        src = self.doc.source
        if src[s:e] != anchor.exact:
            return None
        # The same words at the old offsets but in new surroundings (the block was
        # replaced by another one with the same id) are not the place: search.
        same = (
            src[s - len(anchor.prefix) : s] == anchor.prefix if s else not anchor.prefix
        )
        same = same and src[e : e + len(anchor.suffix)] == anchor.suffix
        if not same and context_score(src, anchor, s, e) < MIN_CONTEXT:
            return None
        if first is last:  # the common case: no search needed
            pieces: tuple[Piece, ...] = (Piece(first.id, anchor.start, anchor.end),)
        else:
            pieces = self.pieces(s, e)
        return PlacedRange(s, e, pieces, Method.EXACT, anchor)

    def _placed(self, start: int, end: int, method: Method) -> PlacedRange | None:
        try:
            anchor = Anchor.from_source_range(self.doc, start, end)
        except ValueError:  # the match lies between blocks only
            return None
        s, e = anchor.source_start, anchor.source_end
        if self._exact(anchor) is None:  # its own text, its own context: sound
            return None
        return PlacedRange(s, e, self.pieces(s, e), method, anchor)

    def _hint(self, anchor: Anchor) -> int:
        """Where the quote used to start: its block's new place, else the old offset."""
        block = self.doc.get(anchor.block_id)
        if block is not None:
            return block.start + anchor.start
        return min(anchor.source_start, len(self.doc.source))


def resolve(anchor: Anchor, doc: Document) -> PlacedRange | None:
    """Place ``anchor`` in ``doc``; None means it needs review."""
    return Resolver(doc).resolve(anchor)


def context_score(source: str, anchor: Anchor, start: int, end: int) -> float:
    """How well the text around ``[start, end)`` matches the anchor's prefix/suffix."""
    scores = []
    if anchor.prefix:
        scores.append(
            _similar(anchor.prefix, source[max(0, start - len(anchor.prefix)) : start])
        )
    if anchor.suffix:
        scores.append(_similar(anchor.suffix, source[end : end + len(anchor.suffix)]))
    return sum(scores) / len(scores) if scores else 1.0


def _similar(a: str, b: str) -> float:
    """2 * matches / total length, as ``difflib``'s ratio (but exact, and fast)."""
    if a == b:
        return 1.0
    return float(Indel.normalized_similarity(a, b))


def _by_quote(source: str, anchor: Anchor, hint: int) -> tuple[int, int] | None:
    """The best occurrence of the exact quote, if one is convincing."""
    exact, hits = anchor.exact, list[int]()
    pos = source.find(exact)
    while pos >= 0 and len(hits) < MAX_OCCURRENCES:
        hits.append(pos)
        pos = source.find(exact, pos + 1)
    if not hits:
        return None
    n = len(exact)
    scored = [
        (context_score(source, anchor, p, p + n), -abs(p - hint), p) for p in hits
    ]
    ctx, _, best = max(scored)
    # A quote seen several times, none of them in its old surroundings, is ambiguous.
    if len(hits) > 1 and ctx < MIN_CONTEXT:
        return None
    return best, best + n


def _fuzzy(source: str, anchor: Anchor, hint: int) -> tuple[int, int] | None:
    """An approximate match of the quote, or None below ``FUZZY_THRESHOLD``."""
    exact = anchor.exact
    if not MIN_FUZZY_LEN <= len(exact) <= MAX_FUZZY_LEN:
        return None
    best: tuple[float, int, int] | None = None
    for cand in _candidates(source, exact, hint):
        for s, e in _align(source, exact, cand):
            ratio = _similar(exact, source[s:e])
            if ratio < FUZZY_THRESHOLD:
                continue
            score = ratio + 0.1 * context_score(source, anchor, s, e)
            score -= 0.05 * min(1.0, abs(s - hint) / max(1, len(source)))
            if best is None or score > best[0]:
                best = (score, s, e)
    return None if best is None else (best[1], best[2])


def _candidates(source: str, exact: str, hint: int) -> list[int]:
    """Likely start offsets: chunks of the quote vote for where it would begin."""
    size = max(2, min(8, len(exact) // 4))
    votes: Counter[int] = Counter()
    for off in range(0, len(exact) - size + 1, size):
        chunk, seen = exact[off : off + size], 0
        pos = source.find(chunk)
        while pos >= 0 and seen < MAX_OCCURRENCES:
            votes[pos - off] += 1
            seen += 1
            pos = source.find(chunk, pos + 1)
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], abs(kv[0] - hint)))
    # A place with a small share of the best one's votes is unlikely to hold the
    # quote, and aligning there costs as much as at the best (quote length x
    # window / 64 steps): a 10,000-character near miss paid 4-8 alignments.
    floor = ranked[0][1] * _VOTE_SHARE if ranked else 0
    picked: list[int] = []
    for start, count in ranked:
        if count < floor:
            break
        # Votes a few characters apart are the same place with an edit in between.
        if all(abs(start - p) > len(exact) // 2 for p in picked):
            picked.append(start)
        if len(picked) == _CANDIDATES:
            break
    return picked


def _align(source: str, exact: str, cand: int) -> list[tuple[int, int]]:
    """Ranges around ``cand`` that line the quote up with the text."""
    n, slack = len(exact), len(exact) // 2 + 2
    w0 = max(0, cand - slack)
    window = source[w0 : cand + n + slack]
    blocks = [m for m in Indel.opcodes(exact, window).as_matching_blocks() if m.size]
    if not blocks:
        return []
    first, last = blocks[0], blocks[-1]
    inner = (w0 + first.b, w0 + last.b + last.size)
    outer = (
        max(0, inner[0] - first.a),
        min(len(source), inner[1] + n - last.a - last.size),
    )
    return [inner, outer] if inner != outer else [inner]
