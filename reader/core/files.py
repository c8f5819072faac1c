"""One way to write a file safely, and one way to keep a damaged file aside.

Every writer of the data folder (the annotations store, the user's reading
corrections, the readings cache, the page cache) goes through :func:`atomic_write`:
the text goes to a fsynced temporary file in the same folder, which then replaces the
old file with ``os.replace`` (atomic on POSIX and Windows), and the folder is fsynced
so that the rename survives a power cut. On any error the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

TMP_SUFFIX = ".tmp"


def write_temp(path: Path, text: str) -> str:
    """``text`` in a fsynced temporary file next to ``path``; returns its name."""
    fd, tmp = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=TMP_SUFFIX
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
    tmp = write_temp(path, text)
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
    tmp = write_temp(path, text)
    aside: Path | None = None
    try:
        aside = _link_aside(path, tag)
        os.replace(tmp, path)
    except BaseException:
        for made in (tmp, aside):
            if made is not None:
                with contextlib.suppress(OSError):
                    os.unlink(made)
        raise
    fsync_dir(path.parent)
    return aside


def _link_aside(path: Path, tag: str) -> Path:
    """A second name (or, where links fail, a copy) of ``path``, durable."""
    target = aside_path(path, tag)
    try:
        os.link(path, target)
    except OSError:
        shutil.copy2(path, target)
    fsync_dir(path.parent)
    return target


def keep_aside(path: Path, tag: str = "damaged") -> Path | None:
    """Move the damaged file ``path`` to ``<name>.<tag>-<timestamp>``.

    Returns:
        Where it was kept, or None if it could not be moved (it is then left as is,
        and the caller goes on without it).
    """
    target = aside_path(path, tag)
    try:
        path.rename(target)
    except OSError:
        return None
    fsync_dir(path.parent)
    return target


def copy_aside(path: Path, tag: str) -> Path:
    """Copy ``path`` to ``<name>.<tag>-<timestamp>`` and return the copy's path."""
    target = aside_path(path, tag)
    shutil.copy2(path, target)
    return target


def aside_path(path: Path, tag: str) -> Path:
    """A free name ``<name>.<tag>-<UTC timestamp>`` next to ``path``."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    candidate, n = path.with_name(f"{path.name}.{tag}-{stamp}"), 1
    while candidate.exists():
        candidate, n = path.with_name(f"{path.name}.{tag}-{stamp}-{n}"), n + 1
    return candidate


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
        if name.endswith(TMP_SUFFIX) and len(name) >= len(prefix) + len(TMP_SUFFIX):
            with contextlib.suppress(OSError):
                (path.parent / name).unlink()
                removed.append(path.parent / name)
    return removed
