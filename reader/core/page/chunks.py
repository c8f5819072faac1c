"""A long document laid out in chunks: the reader's part first, the rest on demand.

The page starts with a skeleton: every section, and in it one element per chunk
(``<div class="chunk" data-c="k">``). The chunk holding the reader's position is
filled at once; the others are empty placeholders sized by an estimate, filled when
the page asks for them (they come near the screen, or a jump, a highlight or a find
hit needs one of their blocks). A chunk is a run of whole blocks in page order of
about ``CHUNK_CHARS`` characters; one that spans a section boundary has an element
in each section, and its markup is sent as one segment per element, in order. A
text of at most ``SINGLE_CHARS`` (the interview) is one chunk, laid out whole.
Offsets stay offsets into blocks: nothing here changes the text or its addressing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from html import escape

from reader.core.page.layout import END_MARK, render_block, speaker_classes
from reader.core.page.render import RenderOptions, plain_words
from reader.core.readings import Word
from reader.core.text.document import Block, Document

CHUNK_CHARS = 6_000  # a few screens: the first paint of a long text lays out this
SINGLE_CHARS = 20_000  # a text up to this (the interview) is one chunk, laid out whole
CHARS_PER_LINE = 36  # the page's measure is 36em (page.css --measure)


@dataclass(frozen=True)
class Chunk:
    """A run of whole blocks in page order.

    Attributes:
        index: its place among the document's chunks.
        block_ids: its blocks, in page order.
        chars: the characters of its blocks.
    """

    index: int
    block_ids: tuple[str, ...]
    chars: int


def page_blocks(doc: Document) -> Iterator[Block]:
    """The blocks in the order the page shows them: sections, then the footer."""
    for section in doc.sections:
        yield from (doc.block(i) for i in section.block_ids)
    yield from doc.footer


def plan_chunks(doc: Document, size: int | None = None) -> tuple[Chunk, ...]:
    """The document's blocks cut into chunks of about ``size`` characters
    (``CHUNK_CHARS`` by default)."""
    size = size or CHUNK_CHARS
    blocks = list(page_blocks(doc))
    if sum(len(b.text) for b in blocks) <= SINGLE_CHARS:
        size = SINGLE_CHARS + 1  # one chunk: laid out as before chunks existed
    chunks: list[Chunk] = []
    ids: list[str] = []
    chars = 0
    for block in blocks:
        ids.append(block.id)
        chars += len(block.text)
        if chars >= size:
            chunks.append(Chunk(len(chunks), tuple(ids), chars))
            ids, chars = [], 0
    if ids or not chunks:
        chunks.append(Chunk(len(chunks), tuple(ids), chars))
    return tuple(chunks)


class ChunkedPage:
    """The chunks of one document, and their markup.

    Args:
        doc: the document.
        size: characters per chunk (``CHUNK_CHARS`` by default).
    """

    def __init__(self, doc: Document, size: int | None = None) -> None:
        self.doc = doc
        self.chunks = plan_chunks(doc, size)
        self._chunk_of = {b: c.index for c in self.chunks for b in c.block_ids}
        self._speakers = speaker_classes(doc)

    def chunk_of(self, block_id: str) -> int | None:
        """The chunk holding a block, None for an unknown block."""
        return self._chunk_of.get(block_id)

    def outward(self, first: int) -> list[int]:
        """Chunk indexes from ``first`` outward: first, next, previous, …"""
        order = [first]
        for step in range(1, len(self.chunks)):
            order += [i for i in (first + step, first - step) if 0 <= i < len(self)]
        return order

    def __len__(self) -> int:
        return len(self.chunks)

    def element_count(self, index: int) -> int:
        """How many elements chunk ``index`` has (one per section it spans)."""
        return len(self._groups(self.chunks[index]))

    def matches(self, index: int, segments: list[str]) -> bool:
        """Whether cached ``segments`` are chunk ``index``'s: one per element, each
        opening with the element's first block and holding its last."""
        groups = self._groups(self.chunks[index])
        if len(segments) != len(groups):
            return False
        return all(
            f'data-b="{escape(g[0].id)}"' in seg
            and f'data-b="{escape(g[-1].id)}"' in seg
            for seg, g in zip(segments, groups, strict=True)
        )

    def _groups(self, chunk: Chunk) -> list[list[Block]]:
        """A chunk's blocks, split where a section (or the footer) starts."""
        groups: list[list[Block]] = []
        last: int | None = None
        for block in map(self.doc.block, chunk.block_ids):
            if block.section != last or not groups:
                groups.append([])
                last = block.section
            groups[-1].append(block)
        return groups

    def segments(
        self, index: int, readings: Mapping[str, Sequence[Word]], opts: RenderOptions
    ) -> list[str]:
        """Chunk ``index``'s markup: one string per element of the chunk, in order."""
        render = self._renderer(readings, opts)
        return [
            "\n".join(map(render, group)) for group in self._groups(self.chunks[index])
        ]

    def _renderer(
        self, readings: Mapping[str, Sequence[Word]], opts: RenderOptions
    ) -> Callable[[Block], str]:
        def render(block: Block) -> str:
            words = readings.get(block.id) or plain_words(block.text)
            return render_block(block, words, opts, self._speakers)

        return render

    def body(self, filled: Mapping[int, list[str]]) -> str:
        """The skeleton: every section and chunk element, ``filled`` ones with their
        segments (from :meth:`segments`), the others empty and sized by estimate."""
        elements: dict[int, list[str]] = {}
        for chunk in self.chunks:
            segs = filled.get(chunk.index)
            for k, group in enumerate(self._groups(chunk)):
                inner = segs[k] if segs is not None else None
                html = _chunk_element(chunk.index, group, inner)
                elements.setdefault(group[0].section, []).append(html)
        parts = [
            f'<section class="sec" id="sec-{s.index}" data-s="{s.index}">\n'
            + "\n".join(elements.get(s.index, []))
            + "\n</section>"
            for s in self.doc.sections
        ]
        if self.doc.truncated:
            parts.append(
                f'<p class="lbl source-ends" role="note">{escape(END_MARK)}</p>'
            )
        if self.doc.footer:
            inner = "\n".join(elements.get(-1, []))
            parts.append(f'<footer class="doc-footer">\n{inner}\n</footer>')
        return "\n".join(parts)


def _chunk_element(index: int, blocks: Sequence[Block], inner: str | None) -> str:
    """One chunk element: filled, or a placeholder with an estimated size.

    The estimate (``--lines`` lines and ``--gaps`` paragraph gaps) is turned into a
    length by page.css, with the reader's font size and line spacing.
    """
    chars = sum(len(b.text) for b in blocks)
    lines = sum(len(b.text) // CHARS_PER_LINE + 1 for b in blocks)
    style = f'style="--lines:{lines};--gaps:{len(blocks)}"'
    if inner is None:
        return (
            f'<div class="chunk ph" data-c="{index}" data-len="{chars}" {style}></div>'
        )
    return f'<div class="chunk" data-c="{index}" {style}>\n{inner}\n</div>'
