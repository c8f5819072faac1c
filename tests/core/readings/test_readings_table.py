"""The reading table: sentences and words with their expected furigana and romaji.

Each row of ``reading_cases.tsv`` is ``input<TAB>furigana<TAB>romaji``. Furigana is
written in the notation of :func:`reader.core.readings.notation` (語(かた)っ); romaji
joins the words' romaji with single spaces, skipping words without kana.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.readings import ReadingEngine, RomajiStyle
from tests.core.readings.aids import furigana_of, romaji_of

CASES = Path(__file__).with_name("reading_cases.tsv")


def _rows() -> list[tuple[str, str, str]]:
    rows = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            text, furigana, romaji = line.split("\t")
            rows.append((text, furigana, romaji))
    return rows


ROWS = _rows()


def test_table_is_large_enough() -> None:
    assert len(ROWS) >= 150


@pytest.mark.parametrize(("text", "furigana", "romaji"), ROWS, ids=[r[0] for r in ROWS])
def test_reading(engine: ReadingEngine, text: str, furigana: str, romaji: str) -> None:
    words = engine.read(text)
    assert furigana_of(words) == furigana
    assert romaji_of(words) == romaji


@pytest.mark.parametrize(
    ("text", "ascii_romaji"),
    [
        ("強化学習", "kyouka gakushuu"),
        ("コンピューター", "konpyuutaa"),
        ("東京へ行く", "toukyou e iku"),
        ("大きかった", "ookikatta"),
        ("先生", "sensei"),
        ("私は学生です", "watashi wa gakusei desu"),
    ],
)
def test_ascii_style(engine: ReadingEngine, text: str, ascii_romaji: str) -> None:
    assert romaji_of(engine.read(text), RomajiStyle.ASCII) == ascii_romaji
