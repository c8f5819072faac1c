"""A long text cut into chunks: whole blocks, in page order, and a skeleton page."""

from __future__ import annotations

import re

import pytest

from reader.core.page.chunks import ChunkedPage, page_blocks, plan_chunks
from reader.core.page.render import RenderOptions
from reader.core.text.document import Document
from reader.core.text.parse import parse_document
from tests.benchmarks.long_text import long_text


@pytest.fixture(scope="module")
def long_doc() -> Document:
    return parse_document(long_text(30_000), "long.txt")


def test_the_interview_is_one_chunk(seed_doc: Document) -> None:
    """The interview lays out whole, as it did before chunks."""
    assert len(plan_chunks(seed_doc)) == 1


@pytest.mark.parametrize("size", [500, 2000, 7000])
def test_chunks_are_whole_blocks_in_page_order(long_doc: Document, size: int) -> None:
    chunks = plan_chunks(long_doc, size)
    ids = [b for c in chunks for b in c.block_ids]
    assert ids == [b.id for b in page_blocks(long_doc)]
    assert [c.index for c in chunks] == list(range(len(chunks)))
    assert all(c.chars >= size for c in chunks[:-1])
    for chunk in chunks:
        last = long_doc.block(chunk.block_ids[-1])
        assert chunk.chars - len(last.text) < size  # closed by its last block


def test_outward_order_visits_every_chunk_once(long_doc: Document) -> None:
    page = ChunkedPage(long_doc, 2000)
    order = page.outward(3)
    assert order[:5] == [3, 4, 2, 5, 1]
    assert sorted(order) == list(range(len(page)))


def test_skeleton_holds_the_filled_chunk_and_placeholders(long_doc: Document) -> None:
    page = ChunkedPage(long_doc, 2000)
    opts = RenderOptions(offsets=False, parens=False)
    first = page.chunks[2]
    segments = page.segments(2, {}, opts)
    assert len(segments) == page.element_count(2)
    body = page.body({2: segments})
    shown = set(re.findall(r'data-b="([^"]+)"', body))
    assert shown == set(first.block_ids)
    chunk_attrs = re.findall(r'<div class="chunk( ph)?" data-c="(\d+)"', body)
    assert {int(k) for _, k in chunk_attrs} == set(range(len(page)))
    assert {int(k) for ph, k in chunk_attrs if not ph} == {2}
    assert body.count('<section class="sec"') == len(long_doc.sections)


def test_chunk_of_each_block(long_doc: Document) -> None:
    page = ChunkedPage(long_doc, 2000)
    for chunk in page.chunks:
        assert {page.chunk_of(b) for b in chunk.block_ids} == {chunk.index}
    assert page.chunk_of("no-such-block") is None


def test_cached_segments_are_checked_against_their_chunk(long_doc: Document) -> None:
    """A page cache written under another cut of the text is not shown."""
    page = ChunkedPage(long_doc, 2000)
    opts = RenderOptions(offsets=False, parens=False)
    assert page.matches(2, page.segments(2, {}, opts))
    assert not page.matches(2, page.segments(3, {}, opts))
    other = ChunkedPage(long_doc, 2500)
    assert not page.matches(2, other.segments(2, {}, opts))
