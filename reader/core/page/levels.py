"""Furigana by level: which words keep their readings for the level chosen.

A word keeps its furigana when any of its kanji is above the level; a word of
kanji the table does not grade (rare kanji, jinmeiyō kanji on the grade scale)
always keeps it. The table is resources/readings/kanji_levels.tsv, copied from
KANJIDIC2 (reader.core.lookup.level_table): reading it never opens the dictionary.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache, lru_cache

from reader.core import resources
from reader.core.choices import FuriganaLevel
from reader.core.readings import Word

__all__ = ["FuriganaLevel", "furigana_hidden", "kanji_levels", "word_marks"]

_TABLE = "readings/kanji_levels.tsv"  # reader.core.lookup.level_table.TABLE_RESOURCE
_GRADES = frozenset({1, 2, 3, 4, 5, 6, 8})  # kyōiku and the rest of jōyō


@cache
def kanji_levels() -> dict[str, tuple[int | None, int | None]]:
    """Each graded kanji's (school grade, old JLPT level); read once (~3000 lines)."""
    table: dict[str, tuple[int | None, int | None]] = {}
    for line in resources.read_text(_TABLE).splitlines():
        if not line or line.startswith("#"):
            continue
        kanji, grade, jlpt = line.split("\t")
        table[kanji] = (int(grade) if grade else None, int(jlpt) if jlpt else None)
    return table


def _is_kanji(char: str) -> bool:
    """A CJK ideograph (々 and other marks are not: they repeat or abbreviate)."""
    code = ord(char)
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or code >= 0x20000


@lru_cache(maxsize=8192)  # a text repeats its words; the page renders each once
def word_marks(text: str) -> tuple[str, ...]:
    """The level marks of a word: ``g<grade>`` and ``j<jlpt>`` of its hardest kanji.

    A scale's mark is left out when one of the kanji has no level on it (the word
    is then above every level of that scale), or when the word has no kanji.

    Args:
        text: the word as written (``Word.text``).
    """
    kanji = [c for c in text if _is_kanji(c)]
    if not kanji:
        return ()
    table = kanji_levels()
    levels = [table.get(c, (None, None)) for c in kanji]
    grades = [g for g, _ in levels]
    jlpts = [j for _, j in levels]
    marks = []
    if all(g in _GRADES for g in grades):
        marks.append(f"g{max(g for g in grades if g is not None)}")
    if all(j is not None for j in jlpts):
        marks.append(f"j{min(j for j in jlpts if j is not None)}")
    return tuple(marks)


def furigana_hidden(
    word: Word,
    known: Collection[str] = frozenset(),
    level: FuriganaLevel = FuriganaLevel.ALL,
) -> bool:
    """Whether ``word``'s furigana is left out: a known word, or one at the level.

    Args:
        word: the word with its readings.
        known: the reader's known words (``Word.text``).
        level: the furigana level chosen.
    """
    if word.text in known:
        return True
    if level is FuriganaLevel.ALL:
        return False
    hidden = _hidden_marks(level)
    return any(m in hidden for m in word_marks(word.text))


@cache
def _hidden_marks(level: FuriganaLevel) -> frozenset[str]:
    return frozenset(level.hidden_marks)
