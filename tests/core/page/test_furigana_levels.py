"""Furigana by level: a word keeps its readings if any of its kanji is above the
level chosen; known words stay hidden; exports, copies and the page agree."""

from __future__ import annotations

import re

import pytest

from reader.core.choices import Aids, FuriganaLevel, page_lists, page_lists_css
from reader.core.page.export import ExportFormat, export_document
from reader.core.page.levels import furigana_hidden, kanji_levels, word_marks
from reader.core.page.render import RenderOptions, render_words
from reader.core.page.textforms import InlineForm, selection_text
from reader.core.readings import Segment, Word
from tests.core.annotations.anno_support import lines_document

L = FuriganaLevel


def _word(start: int, *segments: tuple[str, str | None]) -> Word:
    segs = tuple(Segment(text, reading) for text, reading in segments)
    return Word(start, segs, "".join(r or t for t, r in segments))


def test_the_table_gives_grade_and_old_jlpt_level() -> None:
    table = kanji_levels()
    assert table["日"] == (1, 4)
    assert table["帳"] == (3, 1)  # an early grade can be a late JLPT level
    assert table["曖"] == (8, None)  # jōyō since 2010, never in the old JLPT
    assert "薔" not in table  # neither jōyō, jinmeiyō nor JLPT
    assert len(table) > 2900


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("日本", ("g1", "j4")),
        ("勉強", ("g3", "j3")),  # the hardest kanji decides each scale: 勉
        ("学習帳", ("g3", "j1")),  # …and they may be different kanji: 習/帳 vs 帳
        ("経済", ("g6", "j2")),  # 経 grade 5, 済 grade 6
        ("食べる", ("g2", "j4")),  # kana are not kanji
        ("曖昧", ("g8",)),  # no old JLPT level: above every JLPT level
        ("僕", ("g8", "j1")),  # jōyō outside the school grades
        ("薔薇", ()),  # not graded at all
        ("カメラ", ()),  # no kanji
        ("人々", ("g1", "j4")),  # 々 repeats 人, it is not a kanji of its own
        ("薔薇色", ()),  # one ungraded kanji is enough
    ],
)
def test_word_marks_follow_the_hardest_kanji(text: str, marks: tuple[str, ...]) -> None:
    assert word_marks(text) == marks


@pytest.mark.parametrize(
    ("level", "hidden"),
    [
        (L.ALL, ()),
        (L.GRADE1, ("g1",)),
        (L.GRADE3, ("g1", "g2", "g3")),
        (L.JOYO, ("g1", "g2", "g3", "g4", "g5", "g6", "g8")),
        (L.JLPT4, ("j4",)),
        (L.JLPT2, ("j4", "j3", "j2")),
        (L.JLPT1, ("j4", "j3", "j2", "j1")),
    ],
)
def test_each_level_hides_the_marks_at_or_below_it(
    level: FuriganaLevel, hidden: tuple[str, ...]
) -> None:
    assert level.hidden_marks == hidden


NIHON = _word(0, ("日本", "にほん"))
BENKYOU = _word(0, ("勉強", "べんきょう"))
AIMAI = _word(0, ("曖昧", "あいまい"))
TABERU = _word(0, ("食", "た"), ("べる", None))
BARA = _word(0, ("薔薇", "ばら"))
CAMERA = _word(0, ("カメラ", None))
KEIZAI = _word(0, ("経済", "けいざい"))


@pytest.mark.parametrize(
    ("word", "level", "hidden"),
    [
        (NIHON, L.ALL, False),
        (NIHON, L.GRADE1, True),
        (BENKYOU, L.GRADE2, False),  # mixed: 勉 (grade 3) is above grade 2
        (BENKYOU, L.GRADE3, True),
        (BENKYOU, L.JLPT4, False),
        (BENKYOU, L.JLPT3, True),
        (TABERU, L.GRADE2, True),  # okurigana do not count
        (TABERU, L.GRADE1, False),
        (KEIZAI, L.GRADE5, False),
        (KEIZAI, L.JOYO, True),
        (AIMAI, L.JOYO, True),
        (AIMAI, L.GRADE6, False),
        (AIMAI, L.JLPT1, False),  # no JLPT level: always above
        (BARA, L.JOYO, False),  # rare kanji keep their furigana at every level
        (BARA, L.JLPT1, False),
        (CAMERA, L.JLPT1, False),  # a kana word has nothing to hide
    ],
)
def test_a_word_keeps_furigana_if_any_kanji_is_above_the_level(
    word: Word, level: FuriganaLevel, hidden: bool
) -> None:
    assert furigana_hidden(word, frozenset(), level) is hidden


def test_known_words_stay_hidden_at_every_level() -> None:
    known = frozenset({"薔薇"})
    for level in FuriganaLevel:
        assert furigana_hidden(BARA, known, level)
    assert not furigana_hidden(BARA, frozenset(), L.JOYO)


TEXT = "日本の経済と薔薇"


def _sentence() -> tuple[Word, ...]:
    return (
        _word(0, ("日本", "にほん")),
        _word(2, ("の", None)),
        _word(3, ("経済", "けいざい")),
        _word(5, ("と", None)),
        _word(6, ("薔薇", "ばら")),
    )


@pytest.mark.parametrize(
    ("level", "known", "expected"),
    [
        (L.ALL, frozenset(), "日本（にほん）の経済（けいざい）と薔薇（ばら）"),
        (L.GRADE1, frozenset(), "日本の経済（けいざい）と薔薇（ばら）"),
        (L.GRADE6, frozenset(), "日本の経済と薔薇（ばら）"),
        (L.JLPT4, frozenset({"経済"}), "日本の経済と薔薇（ばら）"),
        (L.JLPT1, frozenset({"薔薇"}), "日本の経済と薔薇"),
    ],
)
def test_exports_and_copies_honour_the_level(
    level: FuriganaLevel, known: frozenset[str], expected: str
) -> None:
    doc = lines_document(TEXT)
    readings = {doc.blocks[0].id: _sentence()}
    for fmt in (ExportFormat.TEXT, ExportFormat.MARKDOWN):
        out = export_document(
            doc, readings, fmt, Aids.FURIGANA, known=known, level=level
        )
        assert expected in out
    part = [{"b": doc.blocks[0].id, "s": 0, "e": len(TEXT)}]
    copied = selection_text(doc, readings, part, InlineForm.PAREN, known, level)
    assert copied == expected
    anki = selection_text(doc, readings, part, InlineForm.ANKI, known, level)
    assert ("[にほん]" in anki) is ("にほん" in expected)


def test_the_html_export_leaves_out_the_rubies_at_the_level() -> None:
    doc = lines_document(TEXT)
    readings = {doc.blocks[0].id: _sentence()}
    html = export_document(doc, readings, ExportFormat.HTML, Aids.BOTH, level=L.GRADE6)
    assert "<rt>ばら</rt>" in html.replace(' class="f"', "")
    assert "にほん" not in html
    assert "けいざい" not in html
    assert "nihon" in html  # romaji is not furigana: the level leaves it alone


def test_the_page_marks_rubies_and_hides_them_by_a_body_class() -> None:
    html = render_words(_sentence(), RenderOptions(offsets=False, word_keys=True))
    assert '<ruby class="f" data-k="日本" data-l="g1 j4">' in html
    assert '<ruby class="f" data-k="経済" data-l="g6 j2">' in html
    assert '<ruby class="f" data-k="薔薇">' in html  # no marks: never hidden
    # The page gets every ruby whatever the level; the body class decides.
    assert html.count("<rt") == 3 + 5
    assert page_lists()["furiganaLevels"] == [level.value for level in L]
    css = page_lists_css()
    rule = re.search(r"body\.level-grade2 ruby\.f:is\(([^)]*)\)", css)
    assert rule is not None
    assert rule[1] == '[data-l~="g1"],[data-l~="g2"]'
    assert "body.level-all" not in css
