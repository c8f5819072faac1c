"""Readings the text gives (Aozora ruby) fixed over the engine's words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.choices import Aids
from reader.core.page.export import ExportFormat, export_document
from reader.core.page.textforms import InlineForm, inline_readings, romaji_line
from reader.core.readings import ReadingEngine, Segment, Word
from reader.core.readings.fixed import Span, with_fixed
from reader.core.text.document import Document
from reader.core.text.source import load_document, parse_text
from reader.services import compute_readings

RASHOMON = Path(__file__).parents[1] / "text" / "data" / "rashomon_sjis.txt"


@pytest.fixture(scope="module")
def engine() -> ReadingEngine:
    return ReadingEngine()


def fixed(engine: ReadingEngine, text: str, spans: list[Span]) -> tuple[Word, ...]:
    return with_fixed(text, engine.read(text), spans, engine.read)


def ruby_of(words: tuple[Word, ...]) -> list[tuple[str, str | None]]:
    return [(s.text, s.reading) for w in words for s in w.segments if s.reading]


def test_ruby_over_whole_segments_keeps_the_word(engine: ReadingEngine) -> None:
    words = fixed(engine, "剥げた柱", [(0, 1, "は")])
    first = words[0]
    assert first.text == "剥げた"
    assert first.segments[0] == Segment("剥", "は")
    assert first.kana == "はげた"


def test_author_reading_wins_over_the_engine(engine: ReadingEngine) -> None:
    text = "明日の暮し"
    engine_kana = engine.read(text)[0].kana
    words = fixed(engine, text, [(0, 2, "あす")])
    assert words[0].text == "明日"
    assert words[0].kana == "あす"
    assert ruby_of(words)[0] == ("明日", "あす")
    if engine_kana != "あす":
        assert words[0].alternative == engine_kana  # kept for the look-up


def test_ruby_across_words_becomes_one_word() -> None:
    words = (
        Word(0, (Segment("羅生", "らしょう"),), "らしょう"),
        Word(2, (Segment("門", "もん"),), "もん"),
        Word(3, (Segment("の"),), "の"),
    )
    out = with_fixed("羅生門の", words, [(0, 3, "らしょうもん")], ReadingEngine().read)
    assert [(w.start, w.text, w.kana) for w in out] == [
        (0, "羅生門", "らしょうもん"),
        (3, "の", "の"),
    ]


def test_ruby_inside_a_segment_reads_the_rest_again(engine: ReadingEngine) -> None:
    words = (Word(0, (Segment("大丹塗", "おおにぬり"),), "おおにぬり"),)
    out = with_fixed("大丹塗", words, [(1, 3, "にぬり")], engine.read)
    assert [w.text for w in out] == ["大", "丹塗"]
    assert out[1].segments == (Segment("丹塗", "にぬり"),)
    assert out[0].kana  # the cut-off piece has a reading of its own
    assert [w.start for w in out] == [0, 1]


def test_katakana_ruby_is_shown_as_written(engine: ReadingEngine) -> None:
    words = fixed(engine, "洋燈の光", [(0, 2, "ランプ")])
    assert ruby_of(words)[0] == ("洋燈", "ランプ")
    assert words[0].kana == "らんぷ"  # romaji and search go by hiragana
    assert romaji_line(words[:1]) == "ranpu"


@pytest.mark.parametrize(
    "spans",
    [[(3, 2, "x")], [(0, 99, "x")], [(-1, 1, "x")], [(0, 1, "")]],
)
def test_impossible_spans_are_ignored(engine: ReadingEngine, spans: list[Span]) -> None:
    text = "剥げた柱"
    assert fixed(engine, text, spans) == engine.read(text)


def test_words_still_cover_the_text(engine: ReadingEngine) -> None:
    text = "所々丹塗の剥げた、大きな円柱に、蟋蟀が一匹とまっている。"
    spans: list[Span] = [(2, 4, "にぬり"), (5, 6, "は"), (12, 14, "まるばしら"),
                         (16, 18, "きりぎりす")]
    words = fixed(engine, text, spans)
    assert "".join(w.text for w in words) == text
    starts = [w.start for w in words]
    assert starts == [sum(len(w.text) for w in words[:i]) for i in range(len(words))]
    wanted = [("丹塗", "にぬり"), ("剥", "は"), ("円柱", "まるばしら"), ("蟋蟀", "きりぎりす")]
    assert [pair for pair in ruby_of(words) if pair in wanted] == wanted


@pytest.fixture(scope="module")
def rashomon_readings(tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, dict[str, tuple[Word, ...]]]:
    doc = load_document(RASHOMON)
    readings = compute_readings(doc, tmp_path_factory.mktemp("data"))
    return doc, {k: tuple(v) for k, v in readings.items()}


def test_every_author_ruby_is_in_the_readings(
    rashomon_readings: tuple[Document, dict[str, tuple[Word, ...]]],
) -> None:
    doc, readings = rashomon_readings
    for block in doc.blocks:
        shown = {
            (w.start + sum(len(s.text) for s in w.segments[:i]), s.text, s.reading)
            for w in readings[block.id]
            for i, s in enumerate(w.segments)
        }
        for ruby in doc.block_ruby(block):
            base = block.text[ruby.start : ruby.end]
            assert (ruby.start, base, ruby.reading) in shown


def test_exports_and_copy_show_the_author_ruby(
    rashomon_readings: tuple[Document, dict[str, tuple[Word, ...]]],
) -> None:
    doc, readings = rashomon_readings
    html = export_document(doc, readings, ExportFormat.HTML, Aids.FURIGANA)
    assert re.search(r"下人<rp>\(</rp><rt[^>]*>げにん</rt>", html)
    text = export_document(doc, readings, ExportFormat.TEXT, Aids.FURIGANA)
    assert "明日（あす）の暮（くら）し" in text
    block = next(b for b in doc.blocks if "明日" in b.text)
    assert "明日（あす）" in inline_readings(readings[block.id], InlineForm.PAREN)
    romaji = romaji_line(readings[block.id])
    assert "asu" in romaji.split()


def test_same_text_without_notation_reads_by_the_engine(engine: ReadingEngine) -> None:
    doc = parse_text("題\n\n下人が来た。\n", "plain.txt")
    assert doc.ruby == ()


def _plain_reader(text: str) -> tuple[Word, ...]:
    return (Word(0, (Segment(text),), None),)


@given(
    st.lists(st.integers(min_value=1, max_value=4), min_size=1, max_size=8),
    st.lists(st.tuples(st.integers(0, 20), st.integers(1, 5)), max_size=5),
)
def test_any_spans_keep_the_words_covering_the_text(
    lengths: list[int], raw_spans: list[tuple[int, int]]
) -> None:
    text = "".join("漢字かなカナ"[i % 6] * n for i, n in enumerate(lengths))
    words, pos = [], 0
    for n in lengths:
        words.append(Word(pos, (Segment(text[pos : pos + n], "よ" * n),), "よ" * n))
        pos += n
    spans: list[Span] = []
    for start, length in sorted(raw_spans):
        if spans and start < spans[-1][1]:
            continue
        spans.append((start, start + length, "るび"))
    out = with_fixed(text, tuple(words), spans, _plain_reader)
    assert "".join(w.text for w in out) == text
    assert [w.start for w in out] == [
        sum(len(w.text) for w in out[:i]) for i in range(len(out))
    ]
    for start, end, reading in spans:
        if end <= len(text):
            assert (start, text[start:end], reading) in {
                (w.start + sum(len(s.text) for s in w.segments[:i]), s.text, s.reading)
                for w in out
                for i, s in enumerate(w.segments)
            }
