"""The development set is well formed, and the scorer judges as documented.

No accuracy threshold here: the figures are printed by
``tests/benchmarks/bench_readings.py`` and ``python -m tests.core.readings.devset.score``.
"""

from __future__ import annotations

import re

import pytest

from reader.core.readings import Segment, Word
from tests.core.readings.devset.score import (
    DEVSET,
    TEXTS,
    DevText,
    Token,
    Unit,
    has_kanji,
    judge,
    load,
    load_all,
    romaji_errors,
    score_units,
    word_romaji,
    word_units,
)

_READINGS = re.compile(r"[\u3041-\u3096ー]+(?:/[\u3041-\u3096ー]+)*|")
_JAPANESE = re.compile(r"[\u3041-\u30fa\u30fc-\u30ff\u3400-\u9fff々〆〇ヶ]")


@pytest.fixture(scope="module")
def devset() -> list[DevText]:
    """Every development text with its reference."""
    return load_all()


@pytest.mark.parametrize("name", TEXTS)
def test_tokens_join_to_the_text(name: str) -> None:
    dev = load(name)
    assert "".join(token.surface for token in dev.tokens) == dev.text


@pytest.mark.parametrize("name", TEXTS)
def test_readings_are_hiragana_and_cover_the_japanese(name: str) -> None:
    for token in load(name).tokens:
        assert _READINGS.fullmatch(token.reading), token
        assert bool(token.reading) == bool(_JAPANESE.search(token.surface)), token


@pytest.mark.parametrize("name", TEXTS)
def test_one_romaji_line_per_line(name: str) -> None:
    dev = load(name)
    assert len(dev.romaji) == len(dev.lines)
    assert all(re.fullmatch(r"[a-zāīūēō' -]*", line) for line in dev.romaji)


def test_at_least_five_texts_and_five_thousand_kanji_words(devset: list[DevText]) -> None:
    assert len(devset) >= 5
    kanji_words = sum(has_kanji(t.surface) for dev in devset for t in dev.tokens)
    assert kanji_words >= 5000


def test_every_text_has_its_sources_recorded() -> None:
    sources = (DEVSET / "SOURCES.md").read_text(encoding="utf-8")
    for name in TEXTS:
        assert f"{name}.txt" in sources


def _dev(text: str, tokens: list[tuple[str, str]], romaji: str = "") -> DevText:
    out, pos = [], 0
    for surface, reading in tokens:
        out.append(Token(pos, surface, reading))
        pos += len(surface)
    return DevText("t", text, tuple(out), (romaji,))


KYOU = _dev("今日は晴れ", [("今日", "きょう"), ("は", "は"), ("晴れ", "はれ")])


@pytest.mark.parametrize(
    ("units", "wrong"),
    [
        # Same cut, same readings: both kanji words right.
        ([Unit(0, 2, "きょう"), Unit(2, 3, "は"), Unit(3, 4, "は"), Unit(4, 5, "れ")], []),
        # A unit crossing the token's edge: the widened stretch 今日は is judged.
        ([Unit(0, 3, "こんにちは"), Unit(3, 5, "はれ")], ["今日は"]),
        # A wrong reading on one word only.
        ([Unit(0, 2, "こんにち"), Unit(2, 3, "は"), Unit(3, 5, "ばれ")], ["今日", "晴れ"]),
        # A kanji left without reading is read as itself: wrong; so is a stretch
        # the system did not cover (晴れ).
        ([Unit(0, 2, "今日"), Unit(2, 3, "は")], ["今日", "晴れ"]),
        # Cut finer than the reference, readings right: right.
        ([Unit(0, 1, "きょ"), Unit(1, 2, "う"), Unit(2, 3, "は"), Unit(3, 5, "はれ")], []),
    ],
)
def test_judge_widens_to_common_edges(units: list[Unit], wrong: list[str]) -> None:
    count, misses = judge(KYOU, units)
    assert count == 2
    assert [miss.text for miss in misses] == wrong


def test_either_of_two_right_readings_is_right() -> None:
    dev = _dev("腹痛", [("腹痛", "ふくつう/はらいた")])
    assert judge(dev, [Unit(0, 2, "はらいた")])[1] == []
    assert judge(dev, [Unit(0, 2, "ふくつう")])[1] == []
    assert [m.want for m in judge(dev, [Unit(0, 2, "ふくいた")])[1]] == ["ふくつう"]


def test_punctuation_is_not_heard() -> None:
    dev = _dev("五、六年", [("五", "ご"), ("、", ""), ("六", "ろく"), ("年", "ねん")])
    assert judge(dev, [Unit(0, 4, "ごろくねん")])[1] == []


def test_katakana_readings_count_as_their_hiragana() -> None:
    _, misses = judge(KYOU, [Unit(0, 2, "キョウ"), Unit(3, 5, "ハレ")])
    assert misses == []


def test_romaji_error_rate_is_edit_distance_over_reference_length() -> None:
    dev = _dev("今日", [("今日", "きょう")], "kyō")
    assert romaji_errors(dev, ["kyo"]) == (1, 3)
    score = score_units(dev, [Unit(0, 2, "きょう")], ["kyu"])
    assert score.cer_pct == pytest.approx(100 / 3)
    assert score.wrong_pct == 0


def test_romaji_lines_must_match_the_text_lines() -> None:
    with pytest.raises(ValueError, match="romaji lines"):
        romaji_errors(KYOU, ["a", "b"])


def test_project_words_become_units_and_romaji_lines() -> None:
    words = (
        Word(0, (Segment("語", "かた"), Segment("っ")), "かたっ"),
        Word(2, (Segment("て"),), "て"),
        Word(3, (Segment("\n"),), None),
        Word(4, (Segment("35人", "さんじゅうごにん"),), "さんじゅうごにん"),
    )
    assert word_units(words) == [
        Unit(0, 1, "かた"),
        Unit(1, 2, "っ"),
        Unit(2, 3, "て"),
        Unit(3, 4, "\n"),
        Unit(4, 7, "さんじゅうごにん"),
    ]
    assert word_romaji(words) == ["kata te", "sanjūgonin"]


def test_interview_reference_covers_the_seed() -> None:
    dev = load("interview")
    assert "".join(token.surface for token in dev.tokens) == dev.text
    assert len(dev.romaji) == len(dev.lines)
    for token in dev.tokens:
        assert _READINGS.fullmatch(token.reading), token
        if has_kanji(token.surface):
            assert token.reading, token
