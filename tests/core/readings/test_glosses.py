"""A word the text glosses reads so where it comes back, from there on."""

from __future__ import annotations

import pytest

from reader.core.readings import ReadingEngine
from reader.core.readings.fixed import Span, with_fixed
from reader.core.readings.glosses import Glosses

ENGINE = ReadingEngine()


def spans_in(text: str, ruby: list[Span]) -> list[Span]:
    return Glosses(text, ruby).spans(text, 0, ENGINE.read(text), ruby)


def test_a_glossed_compound_reads_as_glossed_where_it_comes_back() -> None:
    text = "満潮の時刻。満潮の時に船を出す。"
    ruby: list[Span] = [(0, 2, "みちしお")]
    assert spans_in(text, ruby) == [(6, 8, "みちしお")]
    words = with_fixed(text, ENGINE.read(text), [*ruby, *spans_in(text, ruby)], ENGINE.read)
    assert [w.kana for w in words if w.text == "満潮"] == ["みちしお", "みちしお"]


def test_a_gloss_does_not_carry_backwards() -> None:
    # Akutagawa glosses 死人《しびと》 late; the 死人 before it keep their reading.
    text = "死人の髪。死人の髪。"
    assert spans_in(text, [(5, 7, "しびと")]) == []


def test_a_one_kanji_gloss_stays_where_it_is() -> None:
    # 扉《と》 is the author's reading of one place; other 扉 read とびら.
    text = "扉を開けた。扉の前。"
    assert spans_in(text, [(0, 1, "と")]) == []


@pytest.mark.parametrize(
    ("ruby", "carried"),
    [
        ([(0, 2, "みちしお"), (6, 8, "まんちょう")], 0),  # glossed two ways: context
        ([(0, 2, "ミチシオ")], 1),  # katakana ruby is the same reading
        ([(0, 2, "＃")], 0),  # not a reading
    ],
)
def test_which_glosses_carry(ruby: list[Span], carried: int) -> None:
    text = "満潮の時刻。満潮の時に船を出す。満潮だ。"
    assert len(spans_in(text, ruby)) == carried * (2 if carried and len(ruby) == 1 else 1)


def test_a_gloss_never_cuts_into_a_longer_word() -> None:
    # The engine reads 満潮時 and 大洋州 as words of their own (one ruby each).
    text = "満潮の時刻。満潮時に。大洋の果て。大洋州の国。"
    ruby: list[Span] = [(0, 2, "みちしお"), (11, 13, "おおうみ")]
    assert spans_in(text, ruby) == []


def test_a_block_later_in_the_source_carries_by_its_offset() -> None:
    source = "前置き。満潮の後。次の満潮。"
    glosses = Glosses(source, [(4, 6, "みちしお")])
    block = "次の満潮。"
    assert glosses.spans(block, 9, ENGINE.read(block)) == [(2, 4, "みちしお")]
    assert glosses.spans(block, 0, ENGINE.read(block)) == []  # before the gloss
