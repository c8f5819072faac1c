"""A TinyDB storage that never leaves a half-written file behind.

TinyDB's own ``JSONStorage`` rewrites the file in place, so a crash mid-write corrupts
it (design.md, "TinyDB: how to keep annotations safe"). Here every write goes to a
temporary file in the same folder, is flushed and fsynced, and replaces the old file
with ``os.replace`` (atomic on POSIX and Windows); the folder is fsynced so the rename
itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

Tables = dict[str, dict[str, Any]]
_TMP_SUFFIX = ".tmp"


class CorruptDatabaseError(Exception):
    """The database file exists but is not a JSON object of tables."""


def _stat_key(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


class AtomicJSONStorage(Storage):
    """JSON storage with atomic writes.

    Reads go to the file; the data last read or written is reused only while the
    file's inode, size and mtime are unchanged, so TinyDB's read-modify-write cycle
    does not parse the whole file again for every change but an outside change is
    still seen.
    """

    def __init__(self, path: str | os.PathLike[str], **_: Any) -> None:
        self.path = Path(path)
        self._cache: Tables | None = None
        self._cache_key: tuple[int, int, int] | None = None

    def read_text(self) -> tuple[str | None, tuple[int, int, int] | None]:
        """The raw file text (None if missing) and the stat it was read under."""
        key = _stat_key(self.path)
        if key is None:
            return None, None
        # Bytes decoded at once: three times faster than a text-mode read, which
        # translates newlines (the JSON we write has none outside its strings).
        return self.path.read_bytes().decode("utf-8"), key

    def prime(self, data: Tables, key: tuple[int, int, int] | None) -> None:
        """Remember ``data`` as the content of the file as it was under ``key``."""
        self._cache, self._cache_key = data, key

    def read(self) -> Tables | None:
        """The database, or None when the file is missing or empty.

        Raises:
            CorruptDatabaseError: the file is not a JSON object of tables.
        """
        if self._cache is not None and _stat_key(self.path) == self._cache_key:
            return self._cache
        try:
            text, key = self.read_text()
        except UnicodeDecodeError as exc:
            raise CorruptDatabaseError(f"{self.path.name}: not UTF-8") from exc
        if text is None or not text.strip():
            return None
        data = parse_tables(text, self.path.name)
        self.prime(data, key)
        return data

    def write(self, data: Tables) -> None:
        """Replace the file atomically with ``data``."""
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        try:
            atomic_write(self.path, text)
        except BaseException:
            # TinyDB may have changed the cached dict in place: forget it.
            self._cache, self._cache_key = None, None
            raise
        self.prime(data, _stat_key(self.path))

    def close(self) -> None:
        """Nothing is held open between calls."""


def parse_tables(text: str, name: str) -> Tables:
    """Parse a database file's text.

    Raises:
        CorruptDatabaseError: not JSON, or not an object whose values are objects.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CorruptDatabaseError(f"{name}: not valid JSON ({exc.msg})") from exc
    if not isinstance(data, dict) or not all(
        isinstance(v, dict) for v in data.values()
    ):
        raise CorruptDatabaseError(f"{name}: not a JSON object of tables")
    return data


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a crash leaves the old or the new file."""
    fd, tmp = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=_TMP_SUFFIX
    )
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; its rename is durable anyway
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temps(path: Path) -> list[Path]:
    """Delete temporary files a killed writer left next to ``path``."""
    prefix, removed = f".{path.name}.", []
    with os.scandir(path.parent) as entries:  # cheaper than glob: no pattern
        names = [e.name for e in entries if e.name.startswith(prefix)]
    for name in names:
        if name.endswith(_TMP_SUFFIX) and len(name) >= len(prefix) + len(_TMP_SUFFIX):
            with contextlib.suppress(OSError):
                (path.parent / name).unlink()
                removed.append(path.parent / name)
    return removed


def _aside_path(path: Path, tag: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    candidate, n = path.with_name(f"{path.name}.{tag}-{stamp}"), 1
    while candidate.exists():
        candidate, n = path.with_name(f"{path.name}.{tag}-{stamp}-{n}"), n + 1
    return candidate


def move_aside(path: Path, tag: str = "corrupt") -> Path:
    """Rename ``path`` to ``<name>.<tag>-<timestamp>`` and return the new path."""
    target = _aside_path(path, tag)
    os.replace(path, target)
    fsync_dir(path.parent)
    return target


def copy_aside(path: Path, tag: str) -> Path:
    """Copy ``path`` to ``<name>.<tag>-<timestamp>`` and return the copy's path."""
    target = _aside_path(path, tag)
    shutil.copy2(path, target)
    return target
