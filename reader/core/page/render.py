"""Render blocks with their readings as HTML ruby.

Every aid is present in the markup: furigana as ``<ruby class="f">`` over kanji
segments, romaji as the annotation of an outer ``<ruby class="w">`` per word (placed
under the line by CSS). What is shown is left to classes on ``<body>``, so toggling an
aid changes no markup. Base text sits only outside ``rt``/``rp``, and joined it is
exactly the block's source text. With ``offsets=True`` every base-text run carries its
code-point offset in the block as ``data-o``, for turning a selection into offsets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape

from reader.core.choices import Aids, FuriganaLevel
from reader.core.page.levels import furigana_hidden, word_marks
from reader.core.page.overhang import (
    overhang_classes,
    romaji_attrs,
    romaji_overhang,
)
from reader.core.readings import RomajiStyle, Segment, Word, to_romaji

__all__ = ["Aids", "RenderOptions", "plain_words", "render_word", "render_words"]


@dataclass(frozen=True)
class RenderOptions:
    """What goes into the markup.

    Attributes:
        aids: which annotations to emit (the reading page emits all and hides by CSS).
        romaji_style: macrons or ASCII spelling of long vowels.
        offsets: add ``data-o`` offsets to base-text runs.
        parens: ``<rp>`` parentheses for readers without ruby support (exports).
        known: words (``Word.text``) whose furigana is left out (exports).
        level: furigana only on words with a kanji above this level (exports).
        word_keys: mark each furigana ruby with its word (``data-k``) and the word's
            level marks (``data-l``), so the page hides known words and words at
            the chosen level by CSS, without rendering again.
        overhang: mark furigana rubies whose reading may overhang their
            neighbours (``overhang.py``), for the reading page's CSS.
        reading_attrs: put each reading in its ``rt``'s ``data-r`` attribute, for
            the page's CSS to show as generated content, instead of as text. The
            reading page does: Chromium's selection (the X11 primary selection,
            drag and drop) then holds the base text only.
    """

    aids: Aids = Aids.BOTH
    romaji_style: RomajiStyle = RomajiStyle.MACRON
    offsets: bool = True
    parens: bool = True
    known: frozenset[str] = frozenset()
    level: FuriganaLevel = FuriganaLevel.ALL
    word_keys: bool = False
    reading_attrs: bool = False
    overhang: bool = False


def _base(text: str, offset: int, opts: RenderOptions) -> str:
    if not opts.offsets:
        return escape(text, quote=False)
    return f'<span data-o="{offset}">{escape(text, quote=False)}</span>'


def _rt(text: str, cls: str, opts: RenderOptions, attrs: str = "") -> str:
    if opts.reading_attrs:
        rt = f'<rt class="{cls}" data-r="{escape(text)}"{attrs}></rt>'
    else:
        rt = f'<rt class="{cls}"{attrs}>{escape(text, quote=False)}</rt>'
    return f"<rp>(</rp>{rt}<rp>)</rp>" if opts.parens else rt


def _ruby_class(word: Word, index: int, around: tuple[str, str], opts: RenderOptions
                ) -> str:
    """``f``, and the sides segment ``index``'s reading may overhang."""
    segs = word.segments
    seg = segs[index]
    if not opts.overhang or seg.reading is None:
        return "f"
    before = segs[index - 1].text[-1:] if index > 0 else around[0]
    after = segs[index + 1].text[:1] if index + 1 < len(segs) else around[1]
    sides = overhang_classes(seg.text, seg.reading, before, after)
    return f"f {sides}" if sides else "f"


@lru_cache(maxsize=8192)  # words repeat: each word's attributes are built once
def _keys(text: str) -> str:
    """The word and its level marks, for the page's CSS to hide by."""
    marks = word_marks(text)
    level = f' data-l="{" ".join(marks)}"' if marks else ""
    return f' data-k="{escape(text)}"{level}'


def _word_base(word: Word, opts: RenderOptions, around: tuple[str, str]) -> str:
    """The word's base text, with furigana ruby over its kanji segments."""
    parts: list[str] = []
    offset = word.start
    text = word.text
    furigana = opts.aids.furigana and not furigana_hidden(word, opts.known, opts.level)
    has_ruby = furigana and any(seg.reading for seg in word.segments)
    key = _keys(text) if opts.word_keys and has_ruby else ""
    for index, seg in enumerate(word.segments):
        base = _base(seg.text, offset, opts)
        if seg.reading and furigana:
            rt = _rt(seg.reading, "f", opts)
            cls = _ruby_class(word, index, around, opts)
            base = f'<ruby class="{cls}"{key}>{base}{rt}</ruby>'
        parts.append(base)
        offset += len(seg.text)
    return "".join(parts)


def render_word(
    word: Word,
    opts: RenderOptions,
    around: tuple[str, str] = ("", ""),
    overhang: str = "",
) -> str:
    """One word as HTML: base text, furigana over kanji, romaji for the word.
    ``around`` holds the characters before and after the word ("" at an edge);
    ``overhang`` the romaji rt's overhang attributes (``overhang.py``)."""
    inner = _word_base(word, opts, around)
    romaji = to_romaji(word, opts.romaji_style) if opts.aids.romaji else None
    if romaji is None:
        return inner
    rt = _rt(romaji, "r", opts, overhang)
    return f'<ruby class="w">{inner}{rt}</ruby>'


def _romaji_overhangs(words: Sequence[Word], opts: RenderOptions) -> list[str]:
    """Each word's romaji overhang attributes, from its neighbours' romaji."""
    if not (opts.overhang and opts.aids.romaji):
        return [""] * len(words)
    spelled = [(w.text, to_romaji(w, opts.romaji_style)) for w in words]
    return [
        romaji_attrs(romaji_overhang(
            text,
            romaji,
            spelled[i - 1] if i > 0 else None,
            spelled[i + 1] if i + 1 < len(spelled) else None,
        ))
        if romaji is not None
        else ""
        for i, (text, romaji) in enumerate(spelled)
    ]


def render_words(words: Sequence[Word], opts: RenderOptions) -> str:
    """A block's words as HTML (no enclosing element)."""
    last = len(words) - 1
    classes = _romaji_overhangs(words, opts)
    return "".join(
        render_word(w, opts, (
            words[i - 1].text[-1:] if i > 0 else "",
            words[i + 1].text[:1] if i < last else "",
        ), classes[i])
        for i, w in enumerate(words)
    )


def plain_words(text: str) -> tuple[Word, ...]:
    """A text as one word with no reading, for blocks rendered without aids."""
    return (Word(start=0, segments=(Segment(text=text, reading=None),), kana=None),)
