"""What the command line and the window both do with a data folder: readings of a
document through the folder's cache, with the reader's corrections."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from reader.core.readings import ReadingCache, ReadingEngine, Word
from reader.core.readings.fixed import with_fixed
from reader.core.readings.glosses import Glosses
from reader.core.readings.user_corrections import engine_for
from reader.core.text.document import Block, Document
from reader.paths import DataPaths

Readings = Mapping[str, Sequence[Word]]


def compute_readings(doc: Document, root: Path) -> Readings:
    """Readings of every block, through the cache in data folder ``root``."""
    paths = DataPaths(root)
    engine = engine_for(paths.user_corrections)
    cache = ReadingCache(paths.readings_cache_for(doc.key), engine)
    return with_text_ruby(
        doc, cache.read_blocks((b.id, b.text) for b in doc.blocks), engine
    )


def with_text_ruby(
    doc: Document, readings: Readings, engine: ReadingEngine
) -> Readings:
    """``readings`` with the ruby the text gives (Aozora) fixed over its spans.

    The cache holds the engine's words for the bare text; the author's ruby is laid
    over them here, and carried to the later uses of the words it glosses
    (``glosses.py``), so every output (page, export, copy, romaji) shows it.
    """
    if not doc.ruby:
        return readings
    glosses = text_glosses(doc)
    out = dict(readings)
    for block_id, words in readings.items():
        block = doc.get(block_id)
        if block is not None:
            out[block_id] = block_with_text_ruby(doc, block, words, engine, glosses)
    return out


def text_glosses(doc: Document) -> Glosses:
    """The words ``doc`` glosses, for :func:`block_with_text_ruby`."""
    return Glosses(doc.source, ((r.start, r.end, r.reading) for r in doc.ruby))


def block_with_text_ruby(
    doc: Document,
    block: Block,
    words: Sequence[Word],
    engine: ReadingEngine,
    glosses: Glosses,
) -> Sequence[Word]:
    """One block's words with the text's ruby fixed (for readings made by parts).

    Args:
        glosses: ``text_glosses(doc)``, made once per document by the caller (it
            compiles one pattern over all the document's glosses).
    """
    own = [(r.start, r.end, r.reading) for r in doc.block_ruby(block)]
    spans = sorted([*own, *glosses.spans(block.text, block.start, words, own)])
    if not spans:
        return words
    return with_fixed(block.text, words, spans, engine.read)


def cached_readings(
    doc: Document, cache_path: Path, engine: ReadingEngine
) -> Readings | None:
    """Readings straight from the cache, or None if any block would need computing."""
    cache = ReadingCache(cache_path, engine)
    readings = cache.load_cached([(b.id, b.text) for b in doc.blocks])
    if readings is None or not doc.ruby:
        return readings
    return TextRubyReadings(doc, readings, engine)


class TextRubyReadings(Mapping[str, Sequence[Word]]):
    """Readings with the text's ruby laid over each block when it is first asked
    for: the cache decodes only the blocks the page shows (a warm start of a long
    Aozora text does not read the whole book)."""

    def __init__(self, doc: Document, base: Readings, engine: ReadingEngine) -> None:
        self._doc = doc
        self._base = base
        self._engine = engine
        self._glosses: Glosses | None = None
        self._done: dict[str, Sequence[Word]] = {}

    def __getitem__(self, block_id: str) -> Sequence[Word]:
        words = self._done.get(block_id)
        if words is None:
            words = self._base[block_id]
            block = self._doc.get(block_id)
            if block is not None:
                if self._glosses is None:
                    self._glosses = text_glosses(self._doc)
                words = block_with_text_ruby(
                    self._doc, block, words, self._engine, self._glosses
                )
            self._done[block_id] = words
        return words

    def __iter__(self) -> Iterator[str]:
        return iter(self._base)

    def __len__(self) -> int:
        return len(self._base)
