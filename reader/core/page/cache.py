"""Rendered chunks of the reading page, kept on disk so that a warm start skips
rendering.

Rendering ruby for every word is the largest piece of start-up work after Python's
imports (about half a second for the interview); its output depends only on the
text, the readings (their engine version) and the romaji spelling, which make up
the key. Each chunk (``chunks.py``) is one file, written when it is first rendered
with readings, so a long book is cached as the reader (or the worker) gets to it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from reader.core.files import atomic_write
from reader.core.page import chunks
from reader.core.page.render import RenderOptions
from reader.core.text.document import Document

RENDER_VERSION = "7"  # bump when render.py, layout.py or chunks.py change markup


def body_key(doc: Document, engine_key: str, opts: RenderOptions) -> str:
    """A file-name-safe key for the rendered chunks of ``doc``: ``<text>-<version>``.

    The part before the dash names the document (its key), so each text keeps its
    own pages (``PageCache.store``); the rest names this rendering of it.
    """
    parts = [
        RENDER_VERSION,
        doc.doc_id,
        engine_key,
        opts.romaji_style.value,
        opts.aids.value,
        str(opts.offsets),
        str(opts.reading_attrs),
        str(opts.overhang),
        str(chunks.CHUNK_CHARS),  # another cut gives other chunks under each index
    ]
    text = hashlib.sha1(doc.key.encode()).hexdigest()[:8]
    return f"{text}-{hashlib.sha256(chr(0).join(parts).encode()).hexdigest()[:24]}"


def _text_of(key: str) -> str:
    """The document part of a key ("" for a key without one)."""
    return key.split("-", 1)[0] if "-" in key else ""


class PageCache:
    """Rendered chunks in ``folder``, one file per key and chunk; damaged files are
    ignored, and files of other keys are removed when a new key is written."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str, index: int) -> Path:
        return self.folder / f"page-{key}-{index}.html"

    def load(self, key: str, index: int) -> list[str] | None:
        """A chunk's segments, or None if not cached (or unreadable)."""
        try:
            data = json.loads(self._path(key, index).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError, RecursionError):
            return None
        if isinstance(data, list) and all(isinstance(s, str) for s in data):
            return data
        return None

    def store(self, key: str, index: int, segments: list[str]) -> None:
        """Save atomically; a cache that cannot be written is not an error."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            text = _text_of(key)
            for old in self.folder.glob("page-*.html"):
                # One rendering per text, not one per setting ever; switching
                # texts does not render the one left again.
                stem = old.stem.removeprefix("page-")
                if _text_of(stem) in (text, "") and not stem.startswith(f"{key}-"):
                    old.unlink(missing_ok=True)
            payload = json.dumps(segments, ensure_ascii=False)
            atomic_write(self._path(key, index), payload)  # removes its temp on error
        except OSError:
            return
