"""Cut a block's words to a selected range of its base text."""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.readings import Segment, Word


def _clip(segment: Segment, seg_start: int, start: int, end: int) -> Segment | None:
    """The part of ``segment`` (at ``seg_start``) inside [start, end), or None.

    A reading stays only over a whole segment: a cut jukugo has no reading of its
    own that could be trusted.
    """
    lo, hi = max(start, seg_start), min(end, seg_start + len(segment.text))
    if lo >= hi:
        return None
    if lo == seg_start and hi == seg_start + len(segment.text):
        return segment
    return Segment(segment.text[lo - seg_start : hi - seg_start], None)


def slice_words(words: Sequence[Word], start: int, end: int) -> tuple[Word, ...]:
    """The words covering [start, end) of the block, cut at the range's ends."""
    out: list[Word] = []
    for word in words:
        if word.end <= start or word.start >= end or start >= end:
            continue
        pos, segments = word.start, []
        for segment in word.segments:
            clipped = _clip(segment, pos, start, end)
            if clipped is not None:
                segments.append(clipped)
            pos += len(segment.text)
        whole = word.start >= start and word.end <= end
        out.append(
            Word(
                max(word.start, start),
                tuple(segments),
                word.kana if whole else None,
                word.particle and whole,
            )
        )
    return tuple(out)
