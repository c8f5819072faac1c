"""The kanji level table shipped in resources/ is KANJIDIC2's, as installed."""

from __future__ import annotations

import pytest

from reader.core import resources
from reader.core.lookup.dictionary import Database, default_path
from reader.core.lookup.level_table import TABLE_RESOURCE, format_table, level_rows
from reader.core.lookup.present import grade_label
from reader.core.page import levels


def test_the_shipped_table_matches_the_installed_dictionary() -> None:
    """Fails after a jamdict-data upgrade: run scripts/build_kanji_levels.py."""
    db = Database(default_path())
    try:
        rows = level_rows(db)
    finally:
        db.close()
    assert resources.read_text(TABLE_RESOURCE) == format_table(rows)
    # The figures docs/design.md gives ("Furigana by level").
    assert len(rows) == 2998
    assert sum(1 for _, grade, _ in rows if grade in set("123456")) == 1026
    assert sum(1 for _, _, jlpt in rows if jlpt) == 2230


def test_the_page_reads_the_same_table() -> None:
    assert levels._TABLE == TABLE_RESOURCE
    table = levels.kanji_levels()
    assert table["学"] == (1, 4)
    assert table["曖"] == (8, None)


@pytest.mark.parametrize(
    ("grade", "label"),
    [(None, ""), (1, "grade 1"), (6, "grade 6"), (8, "jōyō"), (9, "jinmeiyō"),
     (10, "jinmeiyō")],
)
def test_grades_in_words(grade: int | None, label: str) -> None:
    """KANJIDIC2's grade 8 is not a school year: the popup says jōyō."""
    assert grade_label(grade) == label
