"""Readings the text gives (Aozora ruby) laid over the engine's words.

The sibling of the engine's text-given readings (``原潜（げんせん）``, where the
reading stands in the text and the ruby is dropped): here the reading is not in
the text, so it becomes the ruby of its span, and no engine reading replaces it.
The engine's words are computed (and cached) for the bare text as usual; this
layer runs after, so the cache needs no knowledge of ruby.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from reader.core.readings.kana import to_hiragana
from reader.core.readings.model import Segment, Word

#: ``(start, end, reading)`` in the block's text.
Span = tuple[int, int, str]
Reader = Callable[[str], Sequence[Word]]


def with_fixed(
    text: str, words: Sequence[Word], spans: Sequence[Span], read: Reader
) -> tuple[Word, ...]:
    """``words`` of ``text`` with each span's reading fixed as written.

    A span that covers whole segments of one word replaces those segments, so the
    word keeps its division (剥《は》げた stays one word). A span that cuts across
    words or inside a segment becomes a word of its own, and the cut-off pieces
    around it are read again alone (by ``read``).

    Args:
        text: the block's text, which ``words`` cover.
        words: the engine's words, in order.
        spans: non-overlapping ``(start, end, reading)``, in order.
        read: reads a piece of text into words (the engine's ``read``).
    """
    out = list(words)
    for start, end, reading in reversed(spans):
        if not 0 <= start < end <= len(text) or not reading:
            continue
        out = _apply(text, out, start, end, reading, read)
    return tuple(out)


def _apply(
    text: str, words: list[Word], start: int, end: int, reading: str, read: Reader
) -> list[Word]:
    first = next(i for i, w in enumerate(words) if w.end > start)
    last = next(i for i in range(first, len(words)) if words[i].end >= end)
    if first == last and (word := _in_word(words[first], start, end, reading)):
        return [*words[:first], word, *words[last + 1 :]]
    lo, hi = words[first].start, words[last].end
    replaced = [w for w in words[first : last + 1] if w.start == start and w.end == end]
    alternative = replaced[0].kana if replaced else None
    kana = to_hiragana(reading)
    ruby = Word(
        start,
        (Segment(text[start:end], reading),),
        kana,
        alternative=alternative if alternative != kana else None,
    )
    middle = [*_shifted(read(text[lo:start]), lo), ruby]
    middle += _shifted(read(text[end:hi]), end)
    return [*words[:first], *middle, *words[last + 1 :]]


def _in_word(word: Word, start: int, end: int, reading: str) -> Word | None:
    """``word`` with its segments over [start, end) replaced, if they are whole."""
    pos, before, after = word.start, [], []
    covered = False
    for segment in word.segments:
        seg_end = pos + len(segment.text)
        if seg_end <= start:
            before.append(segment)
        elif pos >= end:
            after.append(segment)
        elif pos < start or seg_end > end:
            return None  # the span cuts this segment
        else:
            covered = True
        pos = seg_end
    if not covered:
        return None
    base = word.text[start - word.start : end - word.start]
    segments = (*before, Segment(base, reading), *after)
    kana = to_hiragana("".join(segment.kana for segment in segments))
    alternative = word.kana if word.kana != kana else word.alternative
    return replace(word, segments=segments, kana=kana, alternative=alternative)


def _shifted(words: Sequence[Word], by: int) -> list[Word]:
    return [replace(w, start=w.start + by) for w in words]
