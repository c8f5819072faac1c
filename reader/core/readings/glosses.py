"""Readings the text gives for its words, applied wherever the word recurs.

An author glosses a rare word at its first use (満潮《みちしお》 in an Aozora Bunko
file) and means that reading each time the word comes back unglossed. A gloss of
two or more characters becomes a correction for the whole document, so the
recurrences read as the author wrote. A gloss of one kanji stays where it is:
measured on the development set, one-kanji glosses mark a reading of one place
(扉《と》, 己《おれ》, 下《さが》り) and the same kanji elsewhere reads otherwise
(propagating them made the dialogue 0.7 points worse; see docs/design.md).
A word the text glosses two ways is left to context.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.readings.corrections import Correction, make_correction
from reader.core.readings.kana import has_kanji, to_hiragana

#: Shorter glosses are readings of their place only.
MIN_LENGTH = 2
NOTE = "the text's own reading, given where the word first appears"


def gloss_corrections(glosses: Iterable[tuple[str, str]]) -> tuple[Correction, ...]:
    """Corrections reading each glossed word as the text does, wherever it recurs.

    Args:
        glosses: ``(word as written, reading in kana)`` pairs the text gives,
            e.g. the bases and readings of its ruby.
    """
    readings: dict[str, set[str]] = {}
    for surface, reading in glosses:
        if len(surface) >= MIN_LENGTH and has_kanji(surface):
            readings.setdefault(surface, set()).add(to_hiragana(reading))
    fixes = []
    for surface, kana in readings.items():
        if len(kana) != 1:
            continue  # glossed two ways: the author reads it by context
        try:
            fix = make_correction(surface, next(iter(kana)), user=False)
        except ValueError:
            continue  # a reading that does not fit the word (old kana, symbols)
        fixes.append(Correction(fix.segments, note=NOTE))
    return tuple(fixes)
