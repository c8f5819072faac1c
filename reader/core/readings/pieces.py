"""Words in the making: pieces of a line, and gluing endings onto their stems.

A piece is a stretch of a line with its furigana segments and kana. Pieces come
from pykakasi tokens, corrections and numbers; the passes here and in
:mod:`reader.core.readings.division` cut and join them until each is one word.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reader.core.readings.kana import (
    has_kanji,
    is_hiragana_text,
    is_kanji,
    is_katakana,
)
from reader.core.readings.lexicon import (
    INFLECTIONS,
    READ_AS_PARTICLE,
    STEM_ENDINGS,
    SUFFIXES,
    cut,
)
from reader.core.readings.model import Segment


@dataclass(frozen=True)
class Piece:
    """A word in the making.

    Attributes:
        text: the base text.
        segments: furigana segments joining to ``text``.
        kana: the full reading, or ``None`` for text without one.
        glue: it may join the word before it (an ending or stray kana).
        particle: a particle read differently from its kana (は, へ, を).
        known: kana found in the lexicon (an unknown stretch is a verb stem or
            ending pykakasi left apart).
    """

    text: str
    segments: tuple[Segment, ...]
    kana: str | None
    glue: bool = False
    particle: bool = False
    known: bool = True


def plain(text: str, kana: str | None) -> Piece:
    """A piece without ruby."""
    return Piece(text, (Segment(text),), kana)


def kana_pieces(run: str) -> list[Piece]:
    """A hiragana run cut into words (particles, auxiliaries, stray endings)."""
    pieces = []
    for index, (text, known) in enumerate(cut(run)):
        glue = (index == 0 and not known) or text in INFLECTIONS or text in SUFFIXES
        particle = known and text in READ_AS_PARTICLE
        pieces.append(Piece(text, (Segment(text),), text, glue, particle, known))
    return pieces


def join_endings(pieces: list[Piece]) -> list[Piece]:
    """Attach inflections and stray kana to the verb or adjective before them."""
    out: list[Piece] = []
    for piece in pieces:
        prev = out[-1] if out else None
        if piece.glue and prev is not None and _takes_ending(prev, piece):
            out[-1] = merge(prev, piece)
        else:
            out.append(replace(piece, glue=False))
    return out


def merge(left: Piece, right: Piece) -> Piece:
    """One piece from two neighbours."""
    kana = None
    if left.kana is not None or right.kana is not None:
        kana = (left.kana or "") + (right.kana or "")
    return Piece(
        left.text + right.text, merge_segments(left.segments, right.segments), kana
    )


def _takes_ending(prev: Piece, piece: Piece) -> bool:
    if prev.kana is None or prev.particle or not prev.text:
        return False
    last = prev.text[-1]
    if piece.text in SUFFIXES:
        return True
    if piece.text in INFLECTIONS:
        if not has_kanji(prev.text):
            # A kana verb stem: くれ|ました, なり|ました, でき|ます.
            return not prev.known or prev.text in STEM_ENDINGS
        if piece.text in ("で", "だ"):
            # Voiced te-forms: 読んで, 泳いで.
            return last in "んい"
        return is_hiragana_text(last)
    suru = piece.text[0] in "しすさせ"
    if piece.text == "さ" or (is_katakana(last) and not suru):
        # The noun-forming さ (冷静さ), or a katakana verb's ending (ウケ|る).
        return has_kanji(prev.text) or is_katakana(last)
    # Stray kana after a bare kanji noun is a form of する (退職|し, 設定|すれ|ば).
    return has_kanji(prev.text) and not (is_kanji(last) and suru)


def merge_segments(
    left: tuple[Segment, ...], right: tuple[Segment, ...]
) -> tuple[Segment, ...]:
    """Segments of two pieces, neighbouring plain stretches joined."""
    if left and right and left[-1].reading is None and right[0].reading is None:
        return (*left[:-1], Segment(left[-1].text + right[0].text), *right[1:])
    return (*left, *right)
