"""Readings the reader fixed, kept in the data folder beside the bundled corrections.

The file is the same TSV as ``resources/readings/corrections.tsv``. A file that does
not parse is set aside, never overwritten, and the bundled corrections still apply.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from reader.core.readings import Correction, Corrections, ReadingEngine

FILE_NAME = "corrections.tsv"


def user_corrections_path(root: Path) -> Path:
    """The reader's corrections file in data folder ``root``."""
    return root / FILE_NAME


def load_user_corrections(path: Path) -> tuple[Correction, ...]:
    """The reader's corrections; a missing file is none, a damaged one is set aside."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ()
    except (OSError, UnicodeDecodeError):
        _set_aside(path)
        return ()
    try:
        return Corrections.from_tsv(text, user=True).entries
    except ValueError:
        _set_aside(path)
        return ()


def _set_aside(path: Path) -> None:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    try:
        path.rename(path.with_name(f"{path.name}.damaged-{stamp}"))
    except OSError:
        return


def save_user_corrections(path: Path, corrections: tuple[Correction, ...]) -> None:
    """Write the reader's corrections atomically (temp file, fsync, rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "# Readings fixed in Yomu: notation, before, after, note\n"
    text += Corrections(corrections).to_tsv()
    fd, tmp = tempfile.mkstemp(prefix=".corrections-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise


def engine_for(root: Path) -> ReadingEngine:
    """A reading engine with the bundled corrections plus the reader's own."""
    user = load_user_corrections(user_corrections_path(root))
    return ReadingEngine(Corrections.bundled().merged(user) if user else None)
