"""Word division for romaji: one piece per word, as modified Hepburn spaces them.

pykakasi's tokens are sometimes too long (強化学習 as one token, 手に with its
particle) and sometimes too short (工業 + 化, お + 伺い). Here long Sino-Japanese
compounds are cut into their component words (kyōka gakushū), particles are cut
off their nouns (te ni), and suffixes (的, 性, 化, 者 …) and the honorific prefixes
お/ご are joined to their word (kōgyōka, oukagai). Furigana stays per word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from reader.core.readings import kakasi
from reader.core.readings.furigana import split
from reader.core.readings.kana import is_kanji, is_katakana
from reader.core.readings.model import Segment
from reader.core.readings.pieces import Piece, kana_pieces, merge

#: Kanji that form one word with the noun before them, with the readings they
#: have as suffixes (時 as じ, not とき).
SUFFIX_READINGS: dict[str, frozenset[str]] = {
    kanji: frozenset(readings.split("/"))
    for kanji, readings in (
        ("的", "てき"),
        ("性", "せい"),
        ("化", "か"),
        ("者", "しゃ/じゃ"),
        ("車", "しゃ"),
        ("所", "しょ/じょ"),
        ("員", "いん"),
        ("法", "ほう/ぽう"),
        ("論", "ろん"),
        ("界", "かい"),
        ("院", "いん"),
        ("時", "じ"),
        ("点", "てん"),
        ("器", "き"),
        ("先", "さき"),
        ("輪", "りん"),
    )
}
#: Adverbs whose に (or も) is part of the word, not a particle (sudeni, mottomo).
_FUSED = "既に 特に 常に 共に 単に 主に 更に 遂に 正に 殊に 実に 最も"
FUSED = frozenset(_FUSED.split())
_TAIL = re.compile(
    r"(.*[^\u3041-\u3096])(には|では|とは|にも|でも|から|まで|より|[はをへがのでにともな])"
)
#: A kanji noun with the start of する glued on (確認し, 設定すれ): a suru-verb.
_SURU = re.compile(r"(.*[^\u3041-\u3096]{2})(し|す|すれ|さ|せ)")
#: Na-adjectives in か with their adverbial に (確かに → tashika ni).
_NA_ADVERB = re.compile(r"(.*[\u3400-\u9fff]か)(に)")
#: Idioms with a particle inside one token (手に入れ → te ni ire).
_INNER = re.compile(r"([\u3400-\u9fff]+)(に)([\u3400-\u9fff].*)")
#: Kanji words pykakasi glues onto the compound before them (一体何).
_LOOSE_TAILS = {"何": "なに"}
_PREFIXES = ("お", "ご")


def token_pieces(orig: str, hira: str) -> list[Piece]:
    """Pieces of a pykakasi token holding kanji: particles cut off, compounds cut."""
    inner = _inner_pieces(orig, hira)
    if inner:
        return inner
    tail = _TAIL.fullmatch(orig) or _SURU.fullmatch(orig) or _NA_ADVERB.fullmatch(orig)
    if tail and _cuts_off(orig, hira, tail[1], tail[2]):
        # pykakasi keeps some particles inside the token (手に, 他の): cut them off.
        head, kana = tail[1], hira[: -len(tail[2])]
        return [*_compound_pieces(head, kana), *kana_pieces(tail[2])]
    return _compound_pieces(orig, hira)


def _inner_pieces(orig: str, hira: str) -> list[Piece]:
    # 手に入れ (てにいれ): the noun, its particle, then the verb; [] if it does not fit.
    match = _INNER.fullmatch(orig)
    head = word_reading(match[1]) if match else None
    if match is None or head is None or not hira.startswith(head + "に"):
        return []
    rest = hira[len(head) + 1 :]
    if not rest:
        return []
    return [
        *_compound_pieces(match[1], head),
        *kana_pieces("に"),
        *token_pieces(match[3], rest),
    ]


def _cuts_off(orig: str, hira: str, head: str, particle: str) -> bool:
    if orig in FUSED or not hira.endswith(particle) or len(hira) <= len(particle):
        return False
    # な and する only after a kanji compound (重要な, 確認し); 少な|い, 話し are stems.
    if particle[0] in "なしすさせ":
        # 的な: the suffix alone, so it joins its noun (seisakuteki na).
        compound = len(head) > 1 and all(is_kanji(ch) for ch in head)
        return compound or (particle == "な" and head in SUFFIX_READINGS)
    return True


def _compound_pieces(text: str, reading: str) -> list[Piece]:
    loose = _LOOSE_TAILS.get(text[-1:])
    if len(text) > 2 and loose and reading.endswith(loose) and is_kanji(text[-2]):
        head, kana = text[:-1], reading[: -len(loose)]
        last = Piece(text[-1], split(text[-1], loose), loose)
        return [*_compound_pieces(head, kana), last]
    parts = cut_compound(text, reading)
    return [Piece(part, split(part, kana), kana) for part, kana in parts]


def cut_compound(text: str, reading: str) -> list[tuple[str, str]]:
    """A long kanji compound cut into words, with their readings (人工知能 → 人工 知能).

    Only compounds of four kanji or more are cut, and only where the first part is
    a word whose reading starts the whole reading and the rest is a word too; the
    rest keeps the whole reading's tail, so sound changes (rendaku) survive.
    """
    if len(text) < 4 or not all(is_kanji(ch) for ch in text):
        return [(text, reading)]
    for cut in sorted(range(2, len(text) - 1), key=lambda k: abs(2 * k - len(text))):
        left, right = text[:cut], text[cut:]
        head = word_reading(left)
        if (
            head is not None
            and reading.startswith(head)
            and len(reading) - len(head) >= len(right)
            and word_reading(right) is not None
        ):
            rest = reading[len(head) :]
            return [*cut_compound(left, head), *cut_compound(right, rest)]
    return [(text, reading)]


@lru_cache(maxsize=4096)
def word_reading(text: str) -> str | None:
    """The reading of ``text`` if pykakasi knows it as one word (or word + suffix)."""
    tokens = kakasi.convert(text)
    if len(tokens) == 2 and tokens[1].orig in SUFFIX_READINGS:
        # Its reading may be off (車 くるま): the caller trusts the whole reading.
        tokens = [kakasi.Token(text, (tokens[0].hira or "") + (tokens[1].hira or ""))]
    if len(tokens) != 1 or not tokens[0].hira or tokens[0].orig != text:
        return None
    return tokens[0].hira


def _is_suffix(text: str, kana: str | None) -> bool:
    return kana is not None and kana in SUFFIX_READINGS.get(text, frozenset())


def cut_forced(piece: Piece) -> list[Piece]:
    """A corrected all-kanji compound cut into words, keeping its ruby where it fits."""
    if piece.kana is None:
        return [piece]
    parts = cut_compound(piece.text, piece.kana)
    if len(parts) == 1:
        return [piece]
    out: list[Piece] = []
    start = 0
    for text, kana in parts:
        segments = _sub_segments(piece.segments, start, start + len(text))
        out.append(Piece(text, segments or (Segment(text, kana),), kana))
        start += len(text)
    return out


def _sub_segments(
    segments: tuple[Segment, ...], start: int, end: int
) -> tuple[Segment, ...]:
    # The original segments lying exactly in [start, end), or () if none fit.
    out: list[Segment] = []
    pos = 0
    for seg in segments:
        if start <= pos and pos + len(seg.text) <= end:
            out.append(seg)
        elif pos < end and pos + len(seg.text) > start:
            return ()
        pos += len(seg.text)
    return tuple(out)


def join_where(
    pieces: list[Piece],
    joins: Callable[[Piece, Piece], bool],
    merged: Callable[[Piece, Piece], Piece] = merge,
) -> list[Piece]:
    """Merge each piece into the one before it wherever ``joins(prev, piece)``."""
    out: list[Piece] = []
    for piece in pieces:
        if out and joins(out[-1], piece):
            out[-1] = merged(out[-1], piece)
        else:
            out.append(piece)
    return out


def join_prefixes(pieces: list[Piece]) -> list[Piece]:
    """Join a lone お or ご to the kanji word after it (お伺い, ご存知)."""
    return join_where(
        pieces,
        _is_prefix_pair,
        lambda prev, piece: replace(merge(prev, piece), known=True),
    )


def _is_prefix_pair(prev: Piece, piece: Piece) -> bool:
    return (
        prev.text in _PREFIXES
        and not prev.known
        and piece.kana is not None
        and is_kanji(piece.text[0])
    )


def join_verbs(pieces: list[Piece]) -> list[Piece]:
    """Join compound verbs pykakasi cut in two (取り + 戻し → 取り戻し)."""
    return join_where(pieces, _is_verb_pair)


def _is_verb_pair(prev: Piece, piece: Piece) -> bool:
    return (
        prev.kana is not None
        and piece.kana is not None
        and len(prev.text) == 2
        and is_kanji(prev.text[0])
        and prev.text[1] in _STEM_KANA
        and len(piece.text) > 1
        and is_kanji(piece.text[0])
        and not any(is_kanji(ch) for ch in piece.text[1:])
    )


#: Kana ending a verb's stem (連用形) written with one kanji: 取り, 引き, 見出し.
_STEM_KANA = frozenset("いきぎしちびみりえけげせねべめれ")


def join_suffixes(pieces: list[Piece]) -> list[Piece]:
    """Join suffix kanji to the noun before them (工業化, 方法論的)."""
    return join_where(pieces, _is_suffix_pair)


def _is_suffix_pair(prev: Piece, piece: Piece) -> bool:
    return (
        prev.kana is not None
        and not prev.particle
        and (is_kanji(prev.text[-1]) or is_katakana(prev.text[-1]))
        and _is_suffix(piece.text, piece.kana)
    )
