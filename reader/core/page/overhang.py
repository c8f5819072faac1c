"""Where a furigana reading wider than its kanji may overhang its neighbours.

JIS X 4051 lets ruby overhang the characters beside its base by up to one ruby
character when they are kana (or punctuation, or a line's edge), never kanji, so
the base text keeps its spacing. Chromium applies no such rule across our nested
ruby (a word's romaji ruby around its furigana rubies), and has no
``ruby-overhang``: the page's CSS lets a reading overhang a side marked here
(``os`` start, ``oe`` end) with a negative inline margin on its ``rt``.
"""

from __future__ import annotations

# A furigana character is half a base character wide (page.css: rt.f 0.5em).
RUBY_SCALE = 0.5


def may_overhang(neighbour: str) -> bool:
    """Whether a reading may overhang ``neighbour`` ("" for a block's edge)."""
    if not neighbour:
        return True
    code = ord(neighbour)
    return (
        0x3000 <= code <= 0x30FF  # CJK punctuation, hiragana, katakana (and ー)
        or 0xFF01 <= code <= 0xFF0F  # full-width ！＂…／
        or 0xFF1A <= code <= 0xFF20  # full-width ：；＜＝＞？＠
        or 0xFF5B <= code <= 0xFF65  # full-width ｛｜｝～ and half-width 。「」、・
        or neighbour.isspace()
    )


def overhang_classes(base: str, reading: str, before: str, after: str) -> str:
    """The classes for a furigana ruby over ``base``: the sides its reading may
    overhang ("os", "oe"), only when the reading is wider than the base; ``before``
    and ``after`` are the characters beside the base ("" at an edge)."""
    if len(reading) * RUBY_SCALE <= len(base):
        return ""
    sides = [
        name
        for name, neighbour in (("os", before), ("oe", after))
        if may_overhang(neighbour)
    ]
    return " ".join(sides)
