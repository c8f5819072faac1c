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
    """

    aids: Aids = Aids.BOTH
    romaji_style: RomajiStyle = RomajiStyle.MACRON
    offsets: bool = True
    parens: bool = True
    known: frozenset[str] = frozenset()
    level: FuriganaLevel = FuriganaLevel.ALL
    word_keys: bool = False


def _base(text: str, offset: int, opts: RenderOptions) -> str:
    if not opts.offsets:
        return escape(text, quote=False)
    return f'<span data-o="{offset}">{escape(text, quote=False)}</span>'


def _rt(text: str, cls: str, parens: bool) -> str:
    rt = f'<rt class="{cls}">{escape(text, quote=False)}</rt>'
    return f"<rp>(</rp>{rt}<rp>)</rp>" if parens else rt


@lru_cache(maxsize=8192)  # words repeat: each word's attributes are built once
def _keys(text: str) -> str:
    """The word and its level marks, for the page's CSS to hide by."""
    marks = word_marks(text)
    level = f' data-l="{" ".join(marks)}"' if marks else ""
    return f' data-k="{escape(text)}"{level}'


def _word_base(word: Word, opts: RenderOptions) -> str:
    """The word's base text, with furigana ruby over its kanji segments."""
    parts: list[str] = []
    offset = word.start
    text = word.text
    furigana = opts.aids.furigana and not furigana_hidden(word, opts.known, opts.level)
    has_ruby = furigana and any(seg.reading for seg in word.segments)
    key = _keys(text) if opts.word_keys and has_ruby else ""
    for seg in word.segments:
        base = _base(seg.text, offset, opts)
        if seg.reading and furigana:
            rt = _rt(seg.reading, "f", opts.parens)
            base = f'<ruby class="f"{key}>{base}{rt}</ruby>'
        parts.append(base)
        offset += len(seg.text)
    return "".join(parts)


def render_word(word: Word, opts: RenderOptions) -> str:
    """One word as HTML: base text, furigana over kanji, romaji for the word."""
    inner = _word_base(word, opts)
    romaji = to_romaji(word, opts.romaji_style) if opts.aids.romaji else None
    if romaji is None:
        return inner
    return f'<ruby class="w">{inner}{_rt(romaji, "r", opts.parens)}</ruby>'


def render_words(words: Sequence[Word], opts: RenderOptions) -> str:
    """A block's words as HTML (no enclosing element)."""
    return "".join(render_word(w, opts) for w in words)


def plain_words(text: str) -> tuple[Word, ...]:
    """A text as one word with no reading, for blocks rendered without aids."""
    return (Word(start=0, segments=(Segment(text=text, reading=None),), kana=None),)
