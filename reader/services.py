"""What the command line and the window both do with a data folder: readings of a
document through the folder's cache, with the reader's corrections."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from reader.core.readings import ReadingCache, ReadingEngine, Word
from reader.core.readings.user_corrections import engine_for
from reader.core.text.document import Document
from reader.paths import DataPaths

Readings = Mapping[str, Sequence[Word]]


def compute_readings(doc: Document, root: Path) -> Readings:
    """Readings of every block, through the cache in data folder ``root``."""
    paths = DataPaths(root)
    cache = ReadingCache(
        paths.readings_cache_for(doc.key), engine_for(paths.user_corrections)
    )
    return cache.read_blocks((b.id, b.text) for b in doc.blocks)


def cached_readings(
    doc: Document, cache_path: Path, engine: ReadingEngine
) -> Readings | None:
    """Readings straight from the cache, or None if any block would need computing."""
    cache = ReadingCache(cache_path, engine)
    return cache.load_cached([(b.id, b.text) for b in doc.blocks])
