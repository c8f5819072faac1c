"""The readings cache's file: an index line, then each text's words, read on demand.

Format 3: the first line is JSON ``{"format": 3, "version": <engine version_key>,
"index": {<sha1 of text>: [start, length], ...}}``; after it come the entries, each
the packed words of one text as JSON (``cache.pack``), at ``start`` bytes past the
end of the first line. Opening reads the index only; an entry is read and decoded
when its block is asked for, so a warm start of a long book costs what it shows.
The file is mapped read-only: an atomic rewrite replaces it with a new file, and the
mapping keeps the old one, so offsets never point into the wrong file.
"""

from __future__ import annotations

import json
import logging
import mmap
import pathlib
from collections.abc import Iterable, Iterator
from typing import Any

from reader.core.files import atomic_write

FORMAT = 3
Packed = list[Any]
log = logging.getLogger(__name__)


class StoredTexts:
    """Packed entries by text key: those read from the file (raw, decoded when
    asked for) and those added since (to be written by :meth:`save`)."""

    def __init__(
        self,
        raw: Any = b"",
        index: dict[str, tuple[int, int]] | None = None,
        base: int = 0,
    ) -> None:
        self._raw = raw  # the file (an mmap, or bytes); entries start at ``base``
        self._base = base
        self._index = index or {}
        self._added: dict[str, Packed] = {}

    def __contains__(self, key: str) -> bool:
        return key in self._added or key in self._index

    def get(self, key: str) -> Packed | None:
        """The packed words of a text, None if absent or unreadable."""
        if key in self._added:
            return self._added[key]
        where = self._index.get(key)
        if where is None:
            return None
        start, length = where[0] + self._base, where[1]
        try:
            value = json.loads(self._raw[start : start + length])
        except (ValueError, RecursionError):
            return None
        return value if isinstance(value, list) else None

    def put(self, key: str, packed: Packed) -> None:
        self._added[key] = packed

    def drop(self, key: str) -> None:
        self._added.pop(key, None)
        self._index.pop(key, None)

    @property
    def changed(self) -> bool:
        return bool(self._added)

    def keys(self) -> Iterator[str]:
        yield from self._index
        yield from (k for k in self._added if k not in self._index)

    def entry_bytes(self, key: str) -> bytes:
        if key in self._added:
            text = json.dumps(
                self._added[key], ensure_ascii=False, separators=(",", ":")
            )
            return text.encode("utf-8")
        start, length = self._index[key]
        start += self._base
        return bytes(self._raw[start : start + length])


def _index_of(header: Any, version: str, payload: int) -> dict[str, tuple[int, int]]:
    """The index of a header line, or ValueError if it is not this version's."""
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise ValueError("not a format 3 readings cache")
    if header.get("version") != version:
        raise LookupError("made by another engine version")  # not damage
    index = header.get("index")
    if not isinstance(index, dict):
        raise ValueError("no index")
    out: dict[str, tuple[int, int]] = {}
    for key, where in index.items():
        if (
            not isinstance(where, list)
            or len(where) != 2
            or not all(type(n) is int and n >= 0 for n in where)
            or where[0] + where[1] > payload
        ):
            raise ValueError("bad index entry")
        out[key] = (where[0], where[1])
    return out


def load(path: pathlib.Path, version: str) -> StoredTexts:
    """The cache file's entries (read lazily); empty if missing, old or damaged.

    A damaged file is said in one line of the log and rebuilt, never fatal.
    """
    try:
        with path.open("rb") as handle:
            if handle.read(1) == b"":
                return StoredTexts()
            handle.seek(0)
            first = handle.readline()
            raw: Any = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return StoredTexts()  # missing or unreadable: computed afresh
    try:
        index = _index_of(json.loads(first), version, len(raw) - len(first))
    except LookupError:
        return StoredTexts()
    except (ValueError, RecursionError) as exc:
        log.warning("readings cache %s is damaged (%s); recomputing", path, exc)
        return StoredTexts()
    return StoredTexts(raw, index, len(first))


def save(
    path: pathlib.Path, version: str, stored: StoredTexts, keys: Iterable[str]
) -> None:
    """Write ``keys``' entries atomically; an unwritable cache is no error."""
    index: dict[str, list[int]] = {}
    parts: list[bytes] = []
    offset = 0
    for key in keys:
        data = stored.entry_bytes(key)
        index[key] = [offset, len(data)]
        parts.append(data)
        offset += len(data)
    header = json.dumps({"format": FORMAT, "version": version, "index": index})
    text = header + "\n" + b"".join(parts).decode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, text)
    except OSError:
        return
