"""Readings as plain text: inline forms, romaji lines, and cut selections."""

from __future__ import annotations

import pytest

from reader.core.page.textforms import (
    InlineForm,
    inline_readings,
    romaji_line,
    selection_text,
)
from reader.core.page.wordslice import slice_words
from reader.core.readings import ReadingEngine, RomajiStyle
from reader.core.text.document import Document


@pytest.fixture(scope="module")
def engine() -> ReadingEngine:
    return ReadingEngine()


@pytest.mark.parametrize(("text", "paren", "anki"), [
    ("語っている", "語（かた）っている", "語[かた]っている"),
    ("話題をエージェントの世界に", "話題（わだい）をエージェントの世界（せかい）に",
     "話題[わだい]をエージェントの 世界[せかい]に"),
    ("DeepSeekは", "DeepSeekは", "DeepSeekは"),
])
def test_inline_forms(engine: ReadingEngine, text: str, paren: str, anki: str) -> None:
    words = engine.read(text)
    assert inline_readings(words, InlineForm.PAREN) == paren
    assert inline_readings(words, InlineForm.ANKI) == anki


@pytest.mark.parametrize(("text", "romaji"), [
    ("前回はSVB(シリコンバレー銀行)破綻時で", "zenkai wa SVB (shirikon barē ginkō) hatanji de"),
    ("強化学習(RL)が、可能です。", "kyōka gakushū (RL) ga, kanō desu."),
    ("「はい」と言った", "“hai” to itta"),
    ("Twitter公式アカウント:https://x.com/TechFlowPost",
     "Twitter kōshiki akaunto:https://x.com/TechFlowPost"),
])
def test_romaji_line_spacing_and_punctuation(engine: ReadingEngine, text: str,
                                             romaji: str) -> None:
    assert romaji_line(engine.read(text)) == romaji


def test_romaji_line_ascii_style(engine: ReadingEngine) -> None:
    assert romaji_line(engine.read("強化学習"), RomajiStyle.ASCII) == "kyouka gakushuu"


def test_slice_keeps_readings_of_whole_segments_only(engine: ReadingEngine) -> None:
    words = engine.read("話題をエージェントの世界に")
    assert inline_readings(slice_words(words, 0, 13)) == "話題（わだい）をエージェントの世界（せかい）に"
    # Cutting into 話題 or 世界 leaves that part without a reading it cannot split.
    assert inline_readings(slice_words(words, 1, 11)) == "題をエージェントの世"
    assert slice_words(words, 5, 5) == ()


def test_selection_text_across_blocks(seed_doc: Document, engine: ReadingEngine) -> None:
    heading = seed_doc.block(seed_doc.sections[2].block_ids[0])
    turn = seed_doc.block(seed_doc.sections[2].block_ids[1])
    readings = {b.id: engine.read(b.text) for b in (heading, turn)}
    ranges = [{"b": heading.id, "s": 0, "e": 2}, {"b": turn.id, "s": 0, "e": 2},
              {"b": "no-such-block", "s": 0, "e": 1}]
    assert selection_text(seed_doc, readings, ranges, InlineForm.PAREN) == (
        "信頼（しんらい）\n話題（わだい）")
    assert selection_text(seed_doc, {}, ranges[:1], InlineForm.PAREN) == "信頼"
