"""Open a text file as a :class:`Document`, with a clear message for bad input."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from reader.core.resources import bundled_seed_path
from reader.core.text import parsed
from reader.core.text.aozora import is_aozora
from reader.core.text.aozora_document import parse_aozora
from reader.core.text.document import Document, source_key_for
from reader.core.text.parse import parse_document

MAX_SOURCE_BYTES = (
    8 * 1024 * 1024
)  # a book is ~1 MB; past this it is not a reading text

# O_NONBLOCK: opening a FIFO for reading waits for a writer; with it, open returns and
# fstat says what the file is. Regular files ignore the flag.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class SourceError(ValueError):
    """A source file that cannot be opened; the message is fit to show the user."""


def _check_regular(path: Path, mode: int) -> None:
    """Refuse anything but a regular file (a folder, pipe, device or socket)."""
    if stat.S_ISDIR(mode):
        raise SourceError(f"{path} is a folder, not a text file")
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _KINDS if test(mode)), "not a file")
        raise SourceError(f"{path} is {kind}, not a regular text file")


def _too_large(path: Path, size: str) -> SourceError:
    mb, limit = 1024 * 1024, f"{MAX_SOURCE_BYTES:,} bytes"
    if MAX_SOURCE_BYTES % mb == 0:
        limit = f"{MAX_SOURCE_BYTES // mb} MB"
    return SourceError(f"{path} is too large ({size}; the limit is {limit})")


def _read_bounded(path: Path) -> bytes:
    """The bytes of regular file ``path``, at most ``MAX_SOURCE_BYTES``.

    The file is checked before it is opened (opening a device can have effects) and
    again once open (it may have been swapped in between). At most one byte past the
    limit is read, so a file that grows, or that reports a wrong size (as /proc files
    do), is still refused without reading it all.
    """
    _check_regular(path, path.stat().st_mode)
    fd = os.open(path, _OPEN_FLAGS)
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        _check_regular(path, info.st_mode)
        if info.st_size > MAX_SOURCE_BYTES:
            raise _too_large(path, f"{info.st_size:,} bytes")
        data = handle.read(MAX_SOURCE_BYTES + 1)
    if len(data) > MAX_SOURCE_BYTES:
        raise _too_large(path, f"more than {MAX_SOURCE_BYTES:,} bytes")
    return data


def decode_text(data: bytes, path: Path) -> str:
    """``data`` decoded: UTF-8 when it has a BOM or is valid UTF-8, else Shift_JIS.

    Aozora Bunko distributes its texts in Shift_JIS (Windows code page 932, whose
    extensions its files use); valid UTF-8 is almost never also meant as cp932, so
    UTF-8 is tried first.

    Raises:
        SourceError: the bytes are neither.
    """
    if data.startswith(codecs.BOM_UTF8):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    else:
        encodings = ("utf-8", "cp932")
    first: UnicodeDecodeError | None = None
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            first = first or exc
    position = first.start if first is not None else 0
    raise SourceError(
        f"{path} is not UTF-8 or Shift_JIS text (bad byte at position {position})"
    )


def read_source(path: Path) -> str:
    """The text of ``path``: UTF-8 (a BOM is dropped) or Shift_JIS (cp932).

    Raises:
        SourceError: missing, a folder or other non-regular file (a pipe, a device),
            unreadable, too large, neither UTF-8 nor Shift_JIS, or empty.
    """
    try:
        data = _read_bounded(path)
    except FileNotFoundError:
        raise SourceError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SourceError(f"{path} is a folder, not a text file") from None
    except PermissionError:
        raise SourceError(f"{path}: permission denied") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    text = decode_text(data, path)
    if not text.strip():
        raise SourceError(f"{path} is empty")
    if "\0" in text:
        raise SourceError(f"{path} looks like a binary file, not text")
    return text


def load_document(path: Path | None = None, cache: Path | None = None) -> Document:
    """Parse ``path``, or the bundled interview when it is None.

    With ``cache`` (a folder), a long text's parse is kept there and used again
    while the text and the parser stay the same (``reader.core.text.parsed``).
    """
    bundled = path is None
    path = path or bundled_seed_path()
    key = source_key_for(path, bundled=bundled)
    text = read_source(path)
    if cache is None or len(text) < parsed.MIN_CHARS:
        return parse_text(text, path.name, key=key)
    kept, check = parsed.cache_file(cache, key), parsed.check(text, path.name, key)
    doc = parsed.load(kept, text, check)
    if doc is None:
        doc = parse_text(text, path.name, key=key)
        parsed.store(kept, text, doc, check)
    return doc


def parse_text(text: str, name: str, key: str = "") -> Document:
    """The document of a decoded text: Aozora notation read as such, else plain."""
    if is_aozora(text):
        return parse_aozora(text, name, key=key)
    return parse_document(text, name, key=key)
