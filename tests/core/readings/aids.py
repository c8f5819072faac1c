"""The reading aids of a sentence as the tests write them."""

from __future__ import annotations

from reader.core.readings import RomajiStyle, Word, notation, to_romaji


def furigana_of(words: tuple[Word, ...]) -> str:
    """The furigana notation of a sentence."""
    return "".join(notation(word.segments) for word in words)


def romaji_of(words: tuple[Word, ...], style: RomajiStyle = RomajiStyle.MACRON) -> str:
    """The romaji of a sentence: words joined by single spaces."""
    return " ".join(r for word in words if (r := to_romaji(word, style)))
