"""The reading engine: text in, words with furigana and kana out."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.readings import kakasi
from reader.core.readings.corrections import Corrections
from reader.core.readings.division import (
    cut_forced,
    join_prefixes,
    join_suffixes,
    join_verbs,
    token_pieces,
)
from reader.core.readings.kana import has_kanji, is_hiragana_text, to_hiragana
from reader.core.readings.katakana import split_katakana
from reader.core.readings.model import Segment, Word
from reader.core.readings.numbers import find_number_words
from reader.core.readings.pieces import Piece, join_endings, kana_pieces, plain
from reader.core.readings.verbs import join_verb_forms

#: Bump when a change to the algorithm changes its output (invalidates caches).
#: 2: word division for romaji (compounds cut, particles cut off, affixes joined).
#: 3: katakana compounds cut, verb forms joined (sugoshita, mitasō, shihajimete).
ALGORITHM_VERSION = "3"

_LINE_RE = re.compile(r"[^\r\n]+|\r\n|\r|\n")
_JAPANESE_RUN = re.compile(
    r"(?:(?![・])[\u3041-\u30ff\uff66-\uff9f々〆〇\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff])+"
)
_OTHER_WORD = re.compile(
    r"[A-Za-z0-9\uff10-\uff19\uff21-\uff5a]+(?:['’.\-][A-Za-z0-9]+)*|\s+|.", re.S
)


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
            pieces = _divide(self._line_pieces(line))
            offset = match.start()
            for piece in pieces:
                words.append(Word(offset, piece.segments, piece.kana, piece.particle))
                offset += len(piece.text)
        return tuple(words)

    def _line_pieces(self, line: str) -> list[Piece]:
        forced: list[tuple[int, int, Piece]] = [
            (start, start + len(c.surface), Piece(c.surface, c.segments, c.kana))
            for start, c in self.corrections.find(line)
        ]
        for number in find_number_words(line):
            if all(number.end <= s or number.start >= e for s, e, _ in forced):
                text = line[number.start : number.end]
                forced.append(
                    (
                        number.start,
                        number.end,
                        Piece(text, number.segments, number.kana),
                    )
                )
        pieces: list[Piece] = []
        pos = 0
        for start, end, piece in sorted(forced, key=lambda item: item[0]):
            pieces += _free_pieces(line[pos:start])
            pieces.append(piece)
            pos = end
        pieces += _free_pieces(line[pos:])
        fixed = self._fix_tokens(line, pieces, {start for start, _, _ in forced})
        return [part for piece in fixed for part in cut_forced(piece)]

    def _fix_tokens(
        self, line: str, pieces: list[Piece], forced: set[int]
    ) -> list[Piece]:
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


def _divide(pieces: list[Piece]) -> list[Piece]:
    """One piece per word: prefixes, endings, verb forms, then suffixes joined."""
    joined = join_endings(join_verbs(join_prefixes(pieces)))
    return join_suffixes(join_verb_forms(joined))


def _free_pieces(stretch: str) -> list[Piece]:
    pieces: list[Piece] = []
    pos = 0
    for match in _JAPANESE_RUN.finditer(stretch):
        pieces += _other_pieces(stretch[pos : match.start()])
        for token in kakasi.convert(match.group()):
            pieces += _token_pieces(token)
        pos = match.end()
    pieces += _other_pieces(stretch[pos:])
    return pieces


def _other_pieces(stretch: str) -> list[Piece]:
    return [plain(w, None) for w in _OTHER_WORD.findall(stretch)]


def _token_pieces(token: kakasi.Token) -> list[Piece]:
    orig, hira = token.orig, token.hira
    if is_hiragana_text(orig):
        return kana_pieces(orig)
    if not has_kanji(orig):
        # Katakana: its own kana (ー kept, so romaji can write a long vowel),
        # compounds cut into their loanwords.
        return [plain(part, to_hiragana(part)) for part in split_katakana(orig)]
    if hira is None:
        return [plain(orig, None)]
    return token_pieces(orig, hira)
