"""Open a text file as a :class:`Document`, with a clear message for bad input."""

from __future__ import annotations

from pathlib import Path

from reader.core.document import Document, source_key_for
from reader.core.parse import parse_document
from reader.core.resources import bundled_seed_path

MAX_SOURCE_BYTES = (
    8 * 1024 * 1024
)  # a book is ~1 MB; past this it is not a reading text


class SourceError(ValueError):
    """A source file that cannot be opened; the message is fit to show the user."""


def read_source(path: Path) -> str:
    """The text of ``path``, decoded as UTF-8 (a BOM is dropped).

    Raises:
        SourceError: missing, a folder, unreadable, too large, not UTF-8, or empty.
    """
    try:
        if path.is_dir():
            raise SourceError(f"{path} is a folder, not a text file")
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            limit = MAX_SOURCE_BYTES // (1024 * 1024)
            raise SourceError(
                f"{path} is too large ({size:,} bytes; the limit is {limit} MB)"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(f"{path}: no such file") from None
    except PermissionError:
        raise SourceError(f"{path}: permission denied") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"{path} is not UTF-8 text (bad byte at position {exc.start})"
        ) from None
    if not text.strip():
        raise SourceError(f"{path} is empty")
    if "\0" in text:
        raise SourceError(f"{path} looks like a binary file, not text")
    return text


def load_document(path: Path | None = None) -> Document:
    """Parse ``path``, or the bundled interview when it is None."""
    bundled = path is None
    path = path or bundled_seed_path()
    key = source_key_for(path, bundled=bundled)
    return parse_document(read_source(path), path.name, key=key)
