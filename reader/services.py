"""What the command line and the window both do with a data folder: readings of a
document through the folder's cache, with the reader's corrections."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from reader.core.readings import ReadingCache, ReadingEngine, Word
from reader.core.readings.fixed import with_fixed
from reader.core.readings.user_corrections import engine_for
from reader.core.text.document import Document
from reader.paths import DataPaths

Readings = Mapping[str, Sequence[Word]]


def compute_readings(doc: Document, root: Path) -> Readings:
    """Readings of every block, through the cache in data folder ``root``."""
    paths = DataPaths(root)
    engine = engine_for(paths.user_corrections)
    cache = ReadingCache(paths.readings_cache, engine)
    return with_text_ruby(
        doc, cache.read_blocks((b.id, b.text) for b in doc.blocks), engine
    )


def with_text_ruby(
    doc: Document, readings: Readings, engine: ReadingEngine
) -> Readings:
    """``readings`` with the ruby the text gives (Aozora) fixed over its spans.

    The cache holds the engine's words for the bare text; the author's ruby is laid
    over them here, so every output (page, export, copy, romaji) shows it.
    """
    if not doc.ruby:
        return readings
    out = dict(readings)
    for block in doc.blocks:
        spans = doc.block_ruby(block)
        if spans and block.id in out:
            out[block.id] = with_fixed(
                block.text,
                out[block.id],
                [(r.start, r.end, r.reading) for r in spans],
                engine.read,
            )
    return out


def cached_readings(
    doc: Document, cache_path: Path, engine: ReadingEngine
) -> Readings | None:
    """Readings straight from the cache, or None if any block would need computing."""
    cache = ReadingCache(cache_path, engine)
    readings = cache.load_cached([(b.id, b.text) for b in doc.blocks])
    return None if readings is None else with_text_ruby(doc, readings, engine)
