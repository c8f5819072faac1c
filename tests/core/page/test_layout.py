"""Long blocks are laid out in parts: the same text and offsets, more boxes."""

from __future__ import annotations

import re

import pytest

from reader.core.page.layout import PART_CHARS, render_blocks, split_words
from reader.core.page.render import RenderOptions, plain_words
from reader.core.readings import ReadingEngine
from reader.core.text.parse import parse_document
from tests.core.page.test_export import base_texts

SENTENCE = "彼は𠮷野家で日本語を勉強している。"


@pytest.fixture(scope="module")
def engine() -> ReadingEngine:
    return ReadingEngine()


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("短い文です。", 1),
        (SENTENCE * 40, 1),  # 720 characters: under the size
        (SENTENCE * 100, 3),
        ("日本語" * 1000, 2),  # no sentence end: split at twice the size
    ],
)
def test_split_words_keeps_every_word_in_order(
    engine: ReadingEngine, text: str, parts: int
) -> None:
    words = engine.read(text)
    split = split_words(words)
    assert len(split) == parts
    assert [w for part in split for w in part] == list(words)
    for part in split[:-1]:
        size = sum(len(w.text) for w in part)
        assert PART_CHARS <= size < 2 * PART_CHARS + max(len(w.text) for w in part)


def test_one_long_word_stays_whole() -> None:
    words = plain_words("あ" * 5000)  # a block shown before its readings are in
    assert split_words(words) == [words]


def test_a_long_block_renders_in_parts_with_its_offsets(engine: ReadingEngine) -> None:
    doc = parse_document(f"題\n\n{SENTENCE * 200}\n", "long.txt")
    block = max(doc.blocks, key=lambda b: len(b.text))
    readings = {b.id: engine.read(b.text) for b in doc.blocks}
    html = render_blocks(doc, readings, RenderOptions(offsets=False))[block.id]
    assert f'data-len="{len(block.text)}"' in html
    starts = [int(s) for s in re.findall(r'data-p="(\d+)"', html)]
    assert starts == [part[0].start for part in split_words(readings[block.id])]
    assert len(starts) > 3
    # The base text, read as the page reads it, is still exactly the block's text.
    assert base_texts(html) == {block.id: block.text}
