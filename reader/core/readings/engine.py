"""The reading engine: text in, words with furigana and kana out."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reader.core.readings import kakasi
from reader.core.readings.corrections import Corrections
from reader.core.readings.furigana import split
from reader.core.readings.kana import has_kanji, is_hiragana_text, to_hiragana
from reader.core.readings.lexicon import INFLECTIONS, READ_AS_PARTICLE, SUFFIXES, cut
from reader.core.readings.model import Segment, Word
from reader.core.readings.numbers import find_number_words

#: Bump when a change to the algorithm changes its output (invalidates caches).
ALGORITHM_VERSION = "1"

_LINE_RE = re.compile(r"[^\r\n]+|\r\n|\r|\n")
_JAPANESE_RUN = re.compile(
    r"(?:(?![・])[\u3041-\u30ff\uff66-\uff9f々〆〇\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff])+"
)
_OTHER_WORD = re.compile(
    r"[A-Za-z0-9\uff10-\uff19\uff21-\uff5a]+(?:['’.\-][A-Za-z0-9]+)*|\s+|.", re.S
)
_TRAILING_PARTICLE = re.compile(r"(.*[^\u3041-\u3096])([はをへがので])")


@dataclass(frozen=True)
class _Piece:
    """A word in the making; ``glue`` says it may join the word before it."""

    text: str
    segments: tuple[Segment, ...]
    kana: str | None
    glue: bool = False
    particle: bool = False


class ReadingEngine:
    """Turns text into words with furigana and kana, corrections applied.

    Args:
        corrections: the corrections to apply; ``None`` means the bundled ones.
    """

    def __init__(self, corrections: Corrections | None = None) -> None:
        self.corrections = Corrections.bundled() if corrections is None else corrections

    @property
    def version_key(self) -> str:
        """What the output depends on: pykakasi, the corrections and this code."""
        return (
            f"pykakasi={kakasi.PYKAKASI_VERSION};algo={ALGORITHM_VERSION};"
            f"corrections={self.corrections.digest}"
        )

    def with_corrections(self, corrections: Corrections) -> ReadingEngine:
        """A new engine using ``corrections`` instead."""
        return ReadingEngine(corrections)

    def read(self, text: str) -> tuple[Word, ...]:
        """Words covering ``text`` exactly, in order, line by line."""
        words: list[Word] = []
        for match in _LINE_RE.finditer(text):
            line = match.group()
            if line in ("\n", "\r", "\r\n"):
                words.append(Word(match.start(), (Segment(line),), None))
                continue
            pieces = _join(self._line_pieces(line))
            offset = match.start()
            for piece in pieces:
                words.append(Word(offset, piece.segments, piece.kana, piece.particle))
                offset += len(piece.text)
        return tuple(words)

    def _line_pieces(self, line: str) -> list[_Piece]:
        forced: list[tuple[int, int, _Piece]] = [
            (start, start + len(c.surface), _Piece(c.surface, c.segments, c.kana))
            for start, c in self.corrections.find(line)
        ]
        for number in find_number_words(line):
            if all(number.end <= s or number.start >= e for s, e, _ in forced):
                text = line[number.start : number.end]
                forced.append(
                    (
                        number.start,
                        number.end,
                        _Piece(text, number.segments, number.kana),
                    )
                )
        pieces: list[_Piece] = []
        pos = 0
        for start, end, piece in sorted(forced, key=lambda item: item[0]):
            pieces += _free_pieces(line[pos:start])
            pieces.append(piece)
            pos = end
        pieces += _free_pieces(line[pos:])
        return self._fix_tokens(line, pieces, {start for start, _, _ in forced})

    def _fix_tokens(
        self, line: str, pieces: list[_Piece], forced: set[int]
    ) -> list[_Piece]:
        """Apply token corrections to the words pykakasi produced."""
        out = []
        offset = 0
        for piece in pieces:
            fix = None
            if (
                offset not in forced
                and piece.kana is not None
                and has_kanji(piece.text)
            ):
                fix = self.corrections.for_token(line, offset, piece.text)
            out.append(
                piece
                if fix is None
                else replace(piece, segments=fix.segments, kana=fix.kana)
            )
            offset += len(piece.text)
        return out


def _free_pieces(stretch: str) -> list[_Piece]:
    pieces: list[_Piece] = []
    pos = 0
    for match in _JAPANESE_RUN.finditer(stretch):
        pieces += _other_pieces(stretch[pos : match.start()])
        for token in kakasi.convert(match.group()):
            pieces += _token_pieces(token)
        pos = match.end()
    pieces += _other_pieces(stretch[pos:])
    return pieces


def _other_pieces(stretch: str) -> list[_Piece]:
    return [_Piece(w, (Segment(w),), None) for w in _OTHER_WORD.findall(stretch)]


def _token_pieces(token: kakasi.Token) -> list[_Piece]:
    orig, hira = token.orig, token.hira
    if is_hiragana_text(orig):
        return _kana_pieces(orig)
    if not has_kanji(orig):
        # Katakana: its own kana (ー kept, so romaji can write a long vowel).
        return [_Piece(orig, (Segment(orig),), to_hiragana(orig))]
    if hira is None:
        return [_Piece(orig, (Segment(orig),), None)]
    tail = _TRAILING_PARTICLE.fullmatch(orig)
    if tail and hira.endswith(tail.group(2)) and len(hira) > 1:
        # pykakasi keeps some particles inside the token (他の, 方が): cut them off.
        head = tail.group(1)
        return [
            _Piece(head, split(head, hira[:-1]), hira[:-1]),
            *_kana_pieces(tail.group(2)),
        ]
    return [_Piece(orig, split(orig, hira), hira)]


def _kana_pieces(run: str) -> list[_Piece]:
    pieces = []
    for index, (text, known) in enumerate(cut(run)):
        glue = (index == 0 and not known) or text in INFLECTIONS or text in SUFFIXES
        particle = known and text in READ_AS_PARTICLE
        pieces.append(_Piece(text, (Segment(text),), text, glue, particle))
    return pieces


def _join(pieces: list[_Piece]) -> list[_Piece]:
    """Attach inflections and stray kana to the verb or adjective before them."""
    out: list[_Piece] = []
    for piece in pieces:
        prev = out[-1] if out else None
        if piece.glue and prev is not None and _takes_ending(prev, piece):
            out[-1] = _Piece(
                prev.text + piece.text,
                _merge_segments(prev.segments, piece.segments),
                (prev.kana or "") + (piece.kana or ""),
            )
        else:
            out.append(replace(piece, glue=False))
    return out


def _takes_ending(prev: _Piece, piece: _Piece) -> bool:
    if prev.kana is None or prev.particle or not prev.text:
        return False
    last = prev.text[-1]
    if piece.text in SUFFIXES:
        return True
    if piece.text in INFLECTIONS:
        if piece.text in ("で", "だ"):
            # Voiced te-forms: 読んで, 泳いで.
            return last in "んい" and has_kanji(prev.text)
        return is_hiragana_text(last) and has_kanji(prev.text)
    return has_kanji(prev.text)


def _merge_segments(
    left: tuple[Segment, ...], right: tuple[Segment, ...]
) -> tuple[Segment, ...]:
    if left and right and left[-1].reading is None and right[0].reading is None:
        return (*left[:-1], Segment(left[-1].text + right[0].text), *right[1:])
    return (*left, *right)
