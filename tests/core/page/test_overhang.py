"""Which sides a furigana reading may overhang (JIS X 4051: kana, punctuation,
a line's edge; never kanji)."""

from __future__ import annotations

import pytest

from reader.core.page.overhang import overhang_classes, romaji_overhang
from reader.core.page.render import RenderOptions, render_words
from reader.core.readings import Segment, Word


@pytest.mark.parametrize(("base", "reading", "before", "after", "expected"), [
    ("私", "わたし", "ら", "は", "os oe"),  # から私は: kana both sides
    ("私", "わたし", "。", "た", "os oe"),  # のです。私たち
    ("間", "あいだ", "る", "に", "os oe"),  # いる間に
    ("従業員", "じゅうぎょういん", "期", "で", "oe"),  # 初期従業員で: kanji before
    ("私", "わたし", "", "", "os oe"),  # a block's edges
    ("漢字", "かんじ", "の", "を", ""),  # fits over its base: nothing to overhang
    ("私", "わたし", "本", "A", ""),  # kanji and Latin neighbours
    ("私", "わたし", "「", "（", "os oe"),  # CJK and full-width brackets
])
def test_overhang_classes(base: str, reading: str, before: str, after: str,
                          expected: str) -> None:
    assert overhang_classes(base, reading, before, after) == expected


def word(start: int, *segments: tuple[str, str | None]) -> Word:
    return Word(start=start, segments=tuple(Segment(t, r) for t, r in segments),
                kana=None)


def test_render_marks_the_sides_from_the_neighbouring_words() -> None:
    """Regression (issue 10, defect 3): 「から␣私は」 — the ruby of 私 widened its base."""
    words = [word(0, ("から", None)), word(2, ("私", "わたし")), word(3, ("は", None)),
             word(4, ("本", "ほん")), word(5, ("日", "にち"))]
    html = render_words(words, RenderOptions(overhang=True, offsets=False,
                                             parens=False))
    assert '<ruby class="f os oe">私' in html
    assert '<ruby class="f">本' in html  # ほん fits over 本
    plain = render_words(words, RenderOptions(offsets=False, parens=False))
    assert " os" not in plain  # exports: no overhang classes


@pytest.mark.parametrize(("base", "romaji", "before", "after", "expected"), [
    # watashi (at .6em) sticks out 0.68em each side; 。 leaves 0.42 (up to MIN_GAP),
    # は's "wa" 0.01.
    ("私", "watashi", ("。", None), ("は", "wa"), (0.42, 0.01)),
    ("私", "watashi", None, None, (0.68, 0.68)),  # a block's edges
    ("日本", "nihon", ("の", "no"), ("は", "wa"), (0.0, 0.0)),  # fits: no overhang
    # A neighbour whose romaji already fills its word leaves no room.
    ("昔", "mukashi", ("話", "hanashi"), ("、", None), (0.0, 0.42)),
])
def test_romaji_overhang(base: str, romaji: str, before: tuple[str, str | None] | None,
                         after: tuple[str, str | None] | None,
                         expected: tuple[float, float]) -> None:
    start, end = romaji_overhang(base, romaji, before, after)
    assert (round(start, 2), round(end, 2)) == expected


def test_romaji_overhang_is_written_for_the_page_only() -> None:
    """Regression (issue 10, defect 3): 「私 は」 — a romaji wider than its word
    widened the base text in Romaji and Both mode."""
    words = [word(0, ("。", None)), Word(start=1, segments=(Segment("私", "わたし"),),
                                         kana="わたし"), word(2, ("は", None))]
    page = render_words(words, RenderOptions(overhang=True, offsets=False,
                                             parens=False, reading_attrs=True))
    assert '<rt class="r" data-r="watashi" data-os="0.42" data-oe="0.42"></rt>' in page
    export = render_words(words, RenderOptions(offsets=False, parens=False))
    assert "data-os" not in export
