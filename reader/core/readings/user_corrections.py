"""Readings the reader fixed, kept in the data folder beside the bundled corrections.

The file is the same TSV as ``resources/readings/corrections.tsv``. A file that does
not parse is set aside, never overwritten, and the bundled corrections still apply.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.files import atomic_write, keep_aside
from reader.core.readings import Correction, Corrections, ReadingEngine


def load_user_corrections(path: Path) -> tuple[Correction, ...]:
    """The reader's corrections; a missing file is none, a damaged one is set aside."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ()
    except (OSError, UnicodeDecodeError):
        keep_aside(path, "damaged")
        return ()
    try:
        return Corrections.from_tsv(text, user=True).entries
    except ValueError:
        keep_aside(path, "damaged")
        return ()


def save_user_corrections(path: Path, corrections: tuple[Correction, ...]) -> None:
    """Write the reader's corrections atomically (temp file, fsync, rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "# Readings fixed in Yomu: notation, before, after, note\n"
    text += Corrections(corrections).to_tsv()
    atomic_write(path, text)


def engine_for(path: Path) -> ReadingEngine:
    """A reading engine with the bundled corrections plus the reader's own.

    Args:
        path: the reader's corrections file (``DataPaths.user_corrections``).
    """
    user = load_user_corrections(path)
    return ReadingEngine(Corrections.bundled().merged(user) if user else None)
