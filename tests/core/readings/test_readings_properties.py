"""Invariants of the reading engine, on random text and on every line of the seed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.readings import ReadingEngine, Word, to_romaji
from reader.core.readings.kana import has_kanji, is_hiragana_text
from reader.core.resources import bundled_seed_path

_ENGINE = ReadingEngine()
_SEED_LINES = [
    line
    for line in bundled_seed_path().read_text(encoding="utf-8").split("\n")
    if line.strip()
]

_PIECES = st.sampled_from(
    [
        "語っ",
        "入っ",
        "大きかった",
        "今日は",
        "35人",
        "2人",
        "3分の1",
        "初步的",
        "検証器",
        "テスト時計算",
        "良し悪し",
        "は",
        "へ",
        "を",
        "ー",
        "々",
        "𠮷",
        "ヶ所",
        "ｶﾀｶﾅ",
        "ヴ",
        "ABC",
        "GPT-4",
        " ",
        "\n",
        "\r\n",
        "、",
        "。",
        "(笑)",
        "😀",
        "１２",
        "〇",
        "ゔ",
        "っ",
        "ん",
    ]
)
_CHARS = st.characters(
    codec="utf-8",
    categories=("Lo", "Nd", "Lu", "Ll", "Po", "Ps", "Pe", "Zs", "Lm", "So"),
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(_CHARS, max_size=4)), max_size=12).map(
    "".join
)


def check_words(text: str, words: tuple[Word, ...]) -> None:
    """Assert every invariant the renderer relies on."""
    assert "".join(word.text for word in words) == text
    position = 0
    for word in words:
        assert word.start == position
        assert word.segments
        position = word.end
        for segment in word.segments:
            assert segment.text
            if segment.reading is not None:
                assert is_hiragana_text(segment.reading)
                assert "ー" not in segment.reading
                assert has_kanji(segment.text)
        if word.kana is None:
            assert to_romaji(word) is None
        else:
            assert isinstance(to_romaji(word), str)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_words_cover_random_text(text: str) -> None:
    check_words(text, _ENGINE.read(text))


@pytest.mark.parametrize("line", _SEED_LINES, ids=range(len(_SEED_LINES)))
def test_words_cover_every_seed_line(line: str) -> None:
    check_words(line, _ENGINE.read(line))


def test_whole_seed_reads_as_one_text() -> None:
    text = bundled_seed_path().read_text(encoding="utf-8")
    check_words(text, _ENGINE.read(text))


def test_seed_kanji_all_have_readings() -> None:
    # Every kanji of the interview is under some ruby: nothing left unread.
    for line in _SEED_LINES:
        for word in _ENGINE.read(line):
            for segment in word.segments:
                if has_kanji(segment.text):
                    assert segment.reading, (line, word)
