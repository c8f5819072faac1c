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


# Romaji: a word's romaji wider than its base may overhang its neighbours into the
# room their own romaji leaves (a word without romaji: half its first character),
# never closer than MIN_GAP to the next romaji. Widths are estimates in base ems:
# page.css sets rt.r at 0.6em, and a Latin letter of the sans face is about 0.56
# of an em. The page reads the amounts from data-os / data-oe (CSS typed attr()).
ROMAJI_LETTER = 0.6 * 0.56
MIN_GAP = 0.15


def text_width(text: str) -> float:
    """``text``'s width in base ems: CJK characters 1, others (Latin) about half."""
    return sum(1.0 if ord(c) >= 0x2E80 else 0.55 for c in text)


def _room(text: str, romaji: str | None, edge: str) -> float:
    """Room a neighbour leaves on its side towards a word (``edge``: its character
    on that side): what its own romaji leaves, less the gap between romaji."""
    if romaji is None:
        return text_width(edge) / 2 - MIN_GAP / 2  # the other side may take half
    return (text_width(text) - len(romaji) * ROMAJI_LETTER) / 2 - MIN_GAP


def romaji_overhang(
    base: str,
    romaji: str,
    before: tuple[str, str | None] | None,
    after: tuple[str, str | None] | None,
) -> tuple[float, float]:
    """How far (base ems) a word's romaji may overhang the words ``before`` and
    ``after`` it (text and romaji; None at a block's edge), start and end."""
    need = (len(romaji) * ROMAJI_LETTER - text_width(base)) / 2
    if need <= 0:
        return 0.0, 0.0
    start = 1.0 if before is None else _room(*before, before[0][-1:])
    end = 1.0 if after is None else _room(*after, after[0][:1])
    return max(0.0, min(need, start)), max(0.0, min(need, end))


def romaji_attrs(overhang: tuple[float, float]) -> str:
    """The romaji rt's attributes for an overhang (nothing where it is zero)."""
    start, end = overhang
    parts = [f' data-{name}="{value:.2f}"'
             for name, value in (("os", start), ("oe", end)) if value >= 0.01]
    return "".join(parts)
