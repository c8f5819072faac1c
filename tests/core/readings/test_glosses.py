"""A word the text glosses once reads the same wherever it recurs."""

from __future__ import annotations

import pytest

from reader.core.readings import ReadingEngine
from reader.core.readings.glosses import gloss_corrections


def kana_of(engine: ReadingEngine, text: str, word: str) -> list[str | None]:
    return [w.kana for w in engine.read(text) if w.text == word]


def test_a_glossed_compound_reads_as_glossed_where_it_recurs() -> None:
    engine = ReadingEngine()
    text = "満潮の時刻は場所によって違う。"
    assert kana_of(engine, text, "満潮") == ["まんちょう"]
    glossed = engine.for_document([("満潮", "みちしお")])
    assert kana_of(glossed, text, "満潮") == ["みちしお"]


def test_a_one_kanji_gloss_stays_where_it_is() -> None:
    # 扉《と》 is the author's reading of one place; other 扉 read とびら.
    assert gloss_corrections([("扉", "と")]) == ()
    engine = ReadingEngine()
    assert engine.for_document([("扉", "と")]) is engine


@pytest.mark.parametrize(
    ("glosses", "kept"),
    [
        ([("満潮", "みちしお"), ("満潮", "まんちょう")], 0),  # two ways: by context
        ([("満潮", "みちしお"), ("満潮", "ミチシオ")], 1),  # katakana ruby is the same
        ([("満潮", "ABC")], 0),  # not a reading
        ([("ロシア", "ろしあ")], 0),  # no kanji: nothing to gloss
        ([("", "")], 0),
    ],
)
def test_which_glosses_carry(glosses: list[tuple[str, str]], kept: int) -> None:
    assert len(gloss_corrections(glosses)) == kept


def test_a_gloss_applies_only_on_word_boundaries() -> None:
    # 木片 glossed きぎれ does not reach into a longer word that contains it.
    glossed = ReadingEngine().for_document([("大洋", "おおうみ")])
    words = glossed.read("大洋州の国々")
    assert all(w.kana != "おおうみ" for w in words)


def test_the_glossed_engine_has_its_own_cache_key() -> None:
    engine = ReadingEngine()
    assert engine.for_document([("満潮", "みちしお")]).version_key != engine.version_key
