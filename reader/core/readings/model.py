"""The values the readings layer hands out: segments, words and romaji styles."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, TypeVar


class RomajiStyle(StrEnum):
    """How long vowels are spelled in romaji.

    MACRON writes modified Hepburn (kyōka gakushū); ASCII spells the kana out
    (kyouka gakushuu).
    """

    MACRON = "macron"
    ASCII = "ascii"


@dataclass(frozen=True)
class Segment:
    """One ruby unit or one plain stretch of a word.

    Attributes:
        text: base text, an exact slice of the input.
        reading: hiragana shown over it; set only for stretches holding kanji.
    """

    text: str
    reading: str | None = None

    @property
    def kana(self) -> str:
        """What the segment sounds like: its reading, or its own (kana) text."""
        from reader.core.readings.kana import to_hiragana

        return self.reading if self.reading is not None else to_hiragana(self.text)


@dataclass(frozen=True)
class Word:
    """A word of the input with its furigana segments and full reading.

    Attributes:
        start: code-point offset of the word in the input text.
        segments: ruby units and plain stretches; their texts join to the word.
        kana: the full reading in hiragana (katakana long marks kept as ー), or
            ``None`` for Latin, digits, punctuation and symbols.
        particle: the word ends in は, へ or を said wa, e, o (the particle, or
            a word such as あるいは).
        alternative: the other engine's reading of the word where the two
            disagree (the losing one), for the word look-up; else ``None``.
    """

    start: int
    segments: tuple[Segment, ...]
    kana: str | None
    particle: bool = False
    alternative: str | None = None

    @property
    def text(self) -> str:
        """The base text of the word."""
        return "".join(segment.text for segment in self.segments)

    @property
    def end(self) -> int:
        """Offset just past the word's last character."""
        return self.start + len(self.text)


class Spanned(Protocol):
    """Anything that covers a stretch of a line with its ``text`` (a token)."""

    @property
    def text(self) -> str: ...


S = TypeVar("S", bound=Spanned)


def with_offsets(items: Iterable[S]) -> Iterator[tuple[int, int, S]]:
    """``(start, end, item)`` for items that cover a line one after another."""
    pos = 0
    for item in items:
        end = pos + len(item.text)
        yield pos, end, item
        pos = end
