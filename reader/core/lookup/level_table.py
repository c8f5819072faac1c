"""The kanji level table shipped in resources/, built from KANJIDIC2.

The window must not open the dictionary to decide which furigana to show (start-up
does not pay for it), so the school grade and JLPT level of each kanji are copied
once into a small text file by ``scripts/build_kanji_levels.py``; a test checks
that the file still matches the installed jamdict-data.
"""

from __future__ import annotations

from reader.core.lookup.dictionary import Database

#: Where the table lives under resources/.
TABLE_RESOURCE = "readings/kanji_levels.tsv"

_HEADER = (
    "# Kanji levels from KANJIDIC2 (jamdict-data), written by "
    "scripts/build_kanji_levels.py; do not edit.\n"
    "# kanji<TAB>grade (1-6 kyōiku, 8 other jōyō, 9-10 jinmeiyō)"
    "<TAB>old JLPT level (4 easiest … 1)\n"
)


def level_rows(db: Database) -> list[tuple[str, str, str]]:
    """(kanji, grade, JLPT) of every kanji with a grade or a JLPT level, in order.

    Args:
        db: the dictionary database.

    Returns:
        Rows ordered by kanji; a missing value is the empty string.
    """
    rows = db.query(
        "SELECT literal, grade, jlpt FROM character "
        "WHERE grade IS NOT NULL OR jlpt IS NOT NULL"
    )
    return sorted((str(k), _text(g), _text(j)) for k, g, j in rows)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def format_table(rows: list[tuple[str, str, str]]) -> str:
    """The rows as the shipped file: a header, then one tab-separated line each."""
    return _HEADER + "".join(f"{k}\t{g}\t{j}\n" for k, g, j in rows)
