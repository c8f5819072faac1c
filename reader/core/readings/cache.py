"""A file cache of readings per block, keyed by text and engine version.

The file is compact JSON: ``{"format": 1, "version": <engine version_key>,
"texts": {<sha1 of text>: [word, ...]}}`` where a word is the flat list
``[kana, particle, text1, reading1, text2, reading2, ...]``; word starts are
rebuilt from the lengths, since words cover the text in order. Anything
unexpected in the file means "no cache": it is rebuilt, never fatal.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import pathlib
import tempfile
from collections.abc import Callable, Iterable
from typing import Any

from reader.core.readings.engine import ReadingEngine
from reader.core.readings.model import Segment, Word

FORMAT = 1
Packed = list[Any]


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def pack(words: tuple[Word, ...]) -> list[Packed]:
    """Words as small JSON-ready lists."""
    packed: list[Packed] = []
    for word in words:
        item: Packed = [word.kana, int(word.particle)]
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
        kana, particle, *flat = item
        if not flat or len(flat) % 2 or not (kana is None or isinstance(kana, str)):
            raise ValueError("bad word")
        texts = flat[::2]
        if not all(isinstance(t, str) and t for t in texts):
            raise ValueError("bad segment")
        pairs = zip(texts, flat[1::2], strict=True)
        words.append(
            Word(start, tuple(_segment(t, r) for t, r in pairs), kana, bool(particle))
        )
        covered += texts
        start += sum(map(len, texts))
    if "".join(covered) != text:
        raise ValueError("words do not cover the text")
    return tuple(words)


class ReadingCache:
    """Readings of blocks, computed once per (text, engine version) and kept in a file.

    Args:
        path: the cache file (in the app's data folder).
        engine: computes readings missing from the cache.
    """

    def __init__(self, path: pathlib.Path, engine: ReadingEngine) -> None:
        self.path = path
        self.engine = engine

    def read_blocks(
        self,
        blocks: Iterable[tuple[str, str]],
        progress: Callable[[int, int], None] | None = None,
    ) -> dict[str, tuple[Word, ...]]:
        """Words for each ``(block_id, text)``, from the cache where possible.

        Args:
            blocks: block ids and texts.
            progress: called with ``(done, total)`` after each block.
        """
        items = list(blocks)
        stored = self._load()
        result: dict[str, tuple[Word, ...]] = {}
        changed = False
        for done, (block_id, text) in enumerate(items, start=1):
            words = self._cached(stored, text)
            if words is None:
                words = self.engine.read(text)
                stored[_key(text)] = pack(words)
                changed = True
            result[block_id] = words
            if progress is not None:
                progress(done, len(items))
        if changed:
            self._save(stored)
        return result

    def load_cached(
        self, blocks: Iterable[tuple[str, str]]
    ) -> dict[str, tuple[Word, ...]] | None:
        """Words for each block from the cache alone; None if any would need computing.

        Lets the window open with readings at once when the cache is warm, and hand
        the computation to a worker thread when it is not.
        """
        stored = self._load()
        result: dict[str, tuple[Word, ...]] = {}
        for block_id, text in blocks:
            words = self._cached(stored, text)
            if words is None:
                return None
            result[block_id] = words
        return result

    @staticmethod
    def _cached(stored: dict[str, list[Packed]], text: str) -> tuple[Word, ...] | None:
        packed = stored.get(_key(text))
        if packed is None:
            return None
        try:
            return unpack(packed, text)
        except (ValueError, TypeError):
            del stored[_key(text)]
            return None

    def _load(self) -> dict[str, list[Packed]]:
        try:
            data = json.loads(self.path.read_bytes())
        except (OSError, ValueError, RecursionError):
            return {}  # missing, unreadable, not JSON or nested too deeply: afresh
        if (
            not isinstance(data, dict)
            or data.get("format") != FORMAT
            or data.get("version") != self.engine.version_key
            or not isinstance(data.get("texts"), dict)
        ):
            return {}
        texts: dict[str, Any] = data["texts"]
        return {k: v for k, v in texts.items() if isinstance(v, list)}

    def _save(self, stored: dict[str, list[Packed]]) -> None:
        data = {"format": FORMAT, "version": self.engine.version_key, "texts": stored}
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".readings-", dir=self.path.parent)
        except OSError:
            return  # a cache is optional: the readings are still returned
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except OSError:
            pathlib.Path(tmp).unlink(missing_ok=True)  # a cache is optional
