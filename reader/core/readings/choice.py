"""Which reading a kanji token gets when the analyzer and pykakasi disagree.

The rules were measured on the development set (docs/design.md, "Readings"):
the analyzer reads in context and wins for the words its dictionary knows;
pykakasi reads what the analyzer cannot.
"""

from __future__ import annotations

from reader.core.readings.analyzer import Morph


def choose(morph: Morph, kakasi: str | None) -> tuple[str | None, str | None]:
    """The reading of a kanji token and the losing one (``None`` if they agree).

    Args:
        morph: the analyzer's token, read in context.
        kakasi: pykakasi's reading of the same text alone, or ``None``.
    """
    analyzer = morph.kana
    if analyzer is None:
        return kakasi, None
    if kakasi is None or kakasi == analyzer:
        return analyzer, None
    return analyzer, kakasi
