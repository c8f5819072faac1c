"""A TinyDB storage that never leaves a half-written file behind.

TinyDB's own ``JSONStorage`` rewrites the file in place, so a crash mid-write corrupts
it (design.md, "TinyDB: how to keep annotations safe"). Here every write goes to a
temporary file in the same folder, is flushed and fsynced, and replaces the old file
with ``os.replace`` (atomic on POSIX and Windows); the folder is fsynced so the rename
itself survives a power cut.

Only a regular file is ever opened (a FIFO would hang the reader, a folder is not a
store). A symlinked store is written through to its target, with the temporary file
in the target's folder; a dangling symlink is refused, and nothing is created.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from reader.core.annotations.errors import UnusableStoreError

Tables = dict[str, dict[str, Any]]
StatKey = tuple[int, int, int]
_TMP_SUFFIX = ".tmp"


class CorruptDatabaseError(Exception):
    """The database file exists but is not a JSON object of tables."""


def target_path(path: Path) -> Path:
    """The file behind ``path``: itself, or the end of its symlinks.

    Raises:
        UnusableStoreError: ``path`` is a symlink to nothing.
    """
    if not path.is_symlink():
        return path
    target = Path(os.path.realpath(path))
    if not target.exists():
        raise UnusableStoreError(
            f"{path} is a symbolic link to {target}, which does not exist; "
            "point the link at a file or remove it"
        )
    return target


def _stat_key(path: Path) -> StatKey | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _check_regular(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise UnusableStoreError(f"{path} is a folder, not an annotations file")
    if not stat.S_ISREG(mode):
        raise UnusableStoreError(f"{path} is not a regular file")


def read_bytes(path: Path) -> tuple[bytes | None, StatKey | None]:
    """The bytes of the regular file ``path`` (None if missing) and its stat key.

    Opened without blocking and checked on the open descriptor, so a FIFO (or a
    device) put there never hangs the reader.

    Raises:
        UnusableStoreError: a folder, a FIFO or other special file, a dangling
            symlink, or a file that cannot be read.
    """
    target_path(path)  # a dangling link: a clear refusal, not "missing"
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return None, None
    except OSError as exc:
        with contextlib.suppress(OSError):
            _check_regular(path, path.stat().st_mode)
        raise UnusableStoreError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        st = os.fstat(fd)
        _check_regular(path, st.st_mode)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read()
    except OSError as exc:
        raise UnusableStoreError(f"cannot read {path}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    return data, (st.st_ino, st.st_size, st.st_mtime_ns)


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
        self._cache_key: StatKey | None = None

    def read_text(self) -> tuple[str | None, StatKey | None]:
        """The raw file text (None if missing) and the stat it was read under.

        Raises:
            UnusableStoreError: see ``read_bytes``.
            UnicodeDecodeError: the file is not UTF-8.
        """
        # Bytes decoded at once: three times faster than a text-mode read, which
        # translates newlines (the JSON we write has none outside its strings).
        data, key = read_bytes(self.path)
        return (None if data is None else data.decode("utf-8")), key

    def prime(self, data: Tables, key: StatKey | None) -> None:
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
        """Replace the file (a symlink's target) atomically with ``data``."""
        try:
            atomic_write(target_path(self.path), dump_tables(data))
        except BaseException:
            # TinyDB may have changed the cached dict in place: forget it.
            self._cache, self._cache_key = None, None
            raise
        self.prime(data, _stat_key(self.path))

    def close(self) -> None:
        """Nothing is held open between calls."""


def dump_tables(data: Tables) -> str:
    """The file text of ``data``: compact, readable UTF-8 JSON."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def parse_tables(text: str, name: str) -> Tables:
    """Parse a database file's text.

    Raises:
        CorruptDatabaseError: not JSON (or nested too deeply to read), or not an
            object whose values are objects.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CorruptDatabaseError(f"{name}: not valid JSON ({exc.msg})") from exc
    except RecursionError:  # the C parser's guard against a stack overflow
        raise CorruptDatabaseError(f"{name}: JSON nested too deeply") from None
    if not isinstance(data, dict) or not all(
        isinstance(v, dict) for v in data.values()
    ):
        raise CorruptDatabaseError(f"{name}: not a JSON object of tables")
    return data


def _write_temp(path: Path, text: str) -> str:
    """``text`` in a fsynced temporary file next to ``path``; returns its name."""
    fd, tmp = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=_TMP_SUFFIX
    )
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a crash leaves the old or the new file."""
    tmp = _write_temp(path, text)
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def repair_write(path: Path, text: str, tag: str = "corrupt") -> Path:
    """Replace the damaged file ``path`` by ``text``, keeping the old one aside.

    The order makes the repair atomic (design.md): the repaired file is written
    first, then the damaged one is linked (or copied) aside, then the repaired one
    replaces it. If any step fails, ``path`` still holds the damaged file, what was
    made on the way is removed, and the error propagates: the next start sees the
    damage again.

    Returns:
        Where the damaged file was kept.
    """
    tmp = _write_temp(path, text)
    aside: Path | None = None
    try:
        aside = _keep_aside(path, tag)
        os.replace(tmp, path)
    except BaseException:
        for made in (tmp, aside):
            if made is not None:
                with contextlib.suppress(OSError):
                    os.unlink(made)
        raise
    fsync_dir(path.parent)
    return aside


def _keep_aside(path: Path, tag: str) -> Path:
    """A second name (or, where links fail, a copy) of ``path``, durable."""
    target = _aside_path(path, tag)
    try:
        os.link(path, target)
    except OSError:
        shutil.copy2(path, target)
    fsync_dir(path.parent)
    return target


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
    try:
        with os.scandir(path.parent) as entries:  # cheaper than glob: no pattern
            names = [e.name for e in entries if e.name.startswith(prefix)]
    except OSError:  # no folder (yet), or one we may not list: nothing to clean
        return []
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


def copy_aside(path: Path, tag: str) -> Path:
    """Copy ``path`` to ``<name>.<tag>-<timestamp>`` and return the copy's path."""
    target = _aside_path(path, tag)
    shutil.copy2(path, target)
    return target
