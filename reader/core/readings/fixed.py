"""Readings the text gives (Aozora ruby) laid over the engine's words.

The sibling of the engine's text-given readings (``原潜（げんせん）``, where the
reading stands in the text and the ruby is dropped): here the reading is not in
the text, so it becomes the ruby of its span, and no engine reading replaces it.
The engine's words are computed (and cached) for the bare text as usual; this
layer runs after, so the cache needs no knowledge of ruby.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace

from reader.core.readings import oldkana
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
    ends = _ends(out, len(text))
    historical: dict[int, bool] = {}  # by line start: one test per line
    # Last span first: a span's cut-off pieces then never hold a ruby laid already.
    for start, end, reading in reversed(spans):
        if not 0 <= start < end <= len(text) or not reading:
            continue
        first = bisect_right(ends, start)  # the first word ending after start
        last = bisect_left(ends, end, lo=first)  # the first word reaching end
        # A 旧仮名 line writes its ruby the old way too (洛陽《らくやう》): the ruby
        # is shown as written, the word's kana (romaji, look-up) is said.
        said = (
            oldkana.reading_as_said(reading)
            if _historical_line(text, start, historical)
            else to_hiragana(reading)
        )
        new = _apply(text, out[first : last + 1], start, end, reading, said, read)
        ends[first : last + 1] = _ends(new, ends[last])
        out[first : last + 1] = new
    return tuple(out)


def _ends(words: Sequence[Word], end: int) -> list[int]:
    """Where each word ends: where the next begins (words cover the text; this
    is cheaper than ``Word.end``, which joins the segments)."""
    return [w.start for w in words[1:]] + [end] if words else []


def _apply(
    text: str,
    words: list[Word],
    start: int,
    end: int,
    reading: str,
    said: str,
    read: Reader,
) -> list[Word]:
    """The words that replace ``words`` (those overlapping [start, end))."""
    if len(words) == 1 and (word := _in_word(words[0], start, end, reading, said)):
        return [word]
    lo, hi = words[0].start, words[-1].end
    replaced = [w for w in words if w.start == start and w.end == end]
    alternative = replaced[0].kana if replaced else None
    kana = said
    ruby = Word(
        start,
        (Segment(text[start:end], reading),),
        kana,
        alternative=alternative if alternative != kana else None,
    )
    return [
        *_read_at(read, text[lo:start], lo),
        ruby,
        *_read_at(read, text[end:hi], end),
    ]


def _in_word(word: Word, start: int, end: int, reading: str, said: str) -> Word | None:
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
    kana = to_hiragana(
        "".join(s.kana for s in before) + said + "".join(s.kana for s in after)
    )
    alternative = word.kana if word.kana != kana else word.alternative
    return replace(word, segments=segments, kana=kana, alternative=alternative)


def _historical_line(text: str, at: int, seen: dict[int, bool]) -> bool:
    """Whether the line of ``text`` holding ``at`` uses historical kana usage."""
    line_start = text.rfind("\n", 0, at) + 1
    if line_start not in seen:
        line_end = text.find("\n", at)
        line = text[line_start : line_end if line_end >= 0 else None]
        seen[line_start] = oldkana.is_historical(line)
    return seen[line_start]


def _read_at(read: Reader, text: str, at: int) -> list[Word]:
    """``text`` read alone, its words placed at offset ``at``."""
    if not text:
        return []
    return [replace(w, start=w.start + at) for w in read(text)]
