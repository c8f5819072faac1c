"""A file cache of readings per block, keyed by text and engine version.

Each text's words are kept as the flat lists
``[kana, particle, alternative, text1, reading1, text2, reading2, ...]``; word
starts are rebuilt from the lengths, since words cover the text in order. The file
(``cachefile.py``) is an index and entries read on demand: a warm start decodes the
blocks it shows, not the book. Anything unexpected in the file means "no cache" for
that entry (or the whole file): it is rebuilt, never fatal.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import pathlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from reader.core.readings import cachefile
from reader.core.readings.cachefile import FORMAT, StoredTexts
from reader.core.readings.engine import ReadingEngine
from reader.core.readings.model import Segment, Word

Packed = list[Any]
log = logging.getLogger(__name__)
__all__ = ["FORMAT", "LazyReadings", "ReadingCache", "pack", "unpack"]


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def pack(words: tuple[Word, ...]) -> list[Packed]:
    """Words as small JSON-ready lists."""
    packed: list[Packed] = []
    for word in words:
        item: Packed = [word.kana, int(word.particle), word.alternative]
        for seg in word.segments:
            item += (seg.text, seg.reading)
        packed.append(item)
    return packed


@functools.lru_cache(maxsize=8192)
def _segment(text: str, reading: str | None) -> Segment:
    # Segments are immutable and repeat a lot (の, は): share them, so a warm
    # load does not spend its time building the same frozen objects again.
    return Segment(text, reading)


def unpack(packed: list[Packed], text: str) -> tuple[Word, ...]:
    """Words back from :func:`pack`, checked against ``text``.

    Raises:
        ValueError: the data does not have the expected shape or does not cover
            ``text``.
    """
    words = []
    covered: list[str] = []
    start = 0
    for item in packed:
        kana, particle, alternative, *flat = item
        if not flat or len(flat) % 2 or not (kana is None or isinstance(kana, str)):
            raise ValueError("bad word")
        if not (alternative is None or isinstance(alternative, str)):
            raise ValueError("bad alternative")
        texts = flat[::2]
        if not all(isinstance(t, str) and t for t in texts):
            raise ValueError("bad segment")
        pairs = zip(texts, flat[1::2], strict=True)
        segments = tuple(_segment(t, r) for t, r in pairs)
        words.append(Word(start, segments, kana, bool(particle), alternative))
        covered += texts
        start += sum(map(len, texts))
    if "".join(covered) != text:
        raise ValueError("words do not cover the text")
    return tuple(words)


class ReadingCache:
    """Readings of blocks, computed once per (text, engine version) and kept in a file.

    The file is read once, on first use; computed readings are kept in memory until
    :meth:`flush` (``read_blocks`` flushes unless told not to), so a worker that
    computes a book chunk by chunk writes the file once, not once per chunk.

    Args:
        path: the cache file (in the app's data folder).
        engine: computes readings missing from the cache.
    """

    def __init__(self, path: pathlib.Path, engine: ReadingEngine) -> None:
        self.path = path
        self.engine = engine
        self._stored: StoredTexts | None = None

    def _store(self) -> StoredTexts:
        if self._stored is None:
            self._stored = cachefile.load(self.path, self.engine.version_key)
        return self._stored

    def read_blocks(
        self,
        blocks: Iterable[tuple[str, str]],
        progress: Callable[[int, int], None] | None = None,
        flush: bool = True,
    ) -> dict[str, tuple[Word, ...]]:
        """Words for each ``(block_id, text)``, from the cache where possible.

        Args:
            blocks: block ids and texts.
            progress: called with ``(done, total)`` after each block.
            flush: write the file now if anything was computed.
        """
        items = list(blocks)
        stored = self._store()
        result: dict[str, tuple[Word, ...]] = {}
        for done, (block_id, text) in enumerate(items, start=1):
            words = _cached(stored, text)
            if words is None:
                words = self.engine.read(text)
                stored.put(_key(text), pack(words))
            result[block_id] = words
            if progress is not None:
                progress(done, len(items))
        if flush:
            self.flush()
        return result

    def flush(self) -> None:
        """Write what was computed since the file was read (atomically)."""
        stored = self._store()
        if stored.changed:
            cachefile.save(self.path, self.engine.version_key, stored, stored.keys())
            self._stored = None  # read back (mapped) on next use

    def load_cached(
        self, blocks: Iterable[tuple[str, str]]
    ) -> Mapping[str, tuple[Word, ...]] | None:
        """Words for each block from the cache alone; None if any would need computing.

        Lets the window open with readings at once when the cache is warm, and hand
        the computation to a worker thread when it is not. Only the index is read
        here: each block's words are decoded when first asked for.
        """
        items = list(blocks)
        stored = self._store()
        if not all(_key(text) in stored for _, text in items):
            return None
        return LazyReadings(items, stored, self.engine)


class LazyReadings(Mapping[str, tuple[Word, ...]]):
    """Readings by block id, decoded from the cache file when first asked for.

    An entry found damaged only now is computed by the engine instead (and logged):
    the reader still gets readings, and the next computation rewrites the file.
    """

    def __init__(
        self, items: list[tuple[str, str]], stored: StoredTexts, engine: ReadingEngine
    ) -> None:
        self._texts = dict(items)
        self._stored = stored
        self._engine = engine
        self._decoded: dict[str, tuple[Word, ...]] = {}

    def __getitem__(self, block_id: str) -> tuple[Word, ...]:
        words = self._decoded.get(block_id)
        if words is None:
            text = self._texts[block_id]  # KeyError for a block not in the document
            words = _cached(self._stored, text)
            if words is None:
                log.warning(
                    "readings cache entry of %s is damaged; recomputing", block_id
                )
                words = self._engine.read(text)
            self._decoded[block_id] = words
        return words

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)


def _cached(stored: StoredTexts, text: str) -> tuple[Word, ...] | None:
    packed = stored.get(_key(text))
    if packed is None:
        return None
    try:
        return unpack(packed, text)
    except (ValueError, TypeError):
        stored.drop(_key(text))
        return None
