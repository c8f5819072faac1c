"""The rendered reading page, kept on disk so that a warm start skips rendering.

Rendering ruby for every word of the interview is the largest piece of start-up work
after Python's imports; its output depends only on the text, the readings (their
engine version) and the romaji spelling, which make up the key.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path

from reader.core.files import atomic_write
from reader.core.page.layout import render_body
from reader.core.page.render import RenderOptions
from reader.core.readings import Word
from reader.core.text.document import Document

RENDER_VERSION = "6"  # bump when render.py or page.py change their markup


def body_key(doc: Document, engine_key: str, opts: RenderOptions) -> str:
    """A file-name-safe key for the rendered body of ``doc``: ``<text>-<version>``.

    The part before the dash names the document (its key), so each text keeps its
    own page (``PageCache.store``); the rest names this rendering of it.
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
    ]
    text = hashlib.sha1(doc.key.encode()).hexdigest()[:8]
    return f"{text}-{hashlib.sha256(chr(0).join(parts).encode()).hexdigest()[:24]}"


def _text_of(key: str) -> str:
    """The document part of a key ("" for a key without one)."""
    return key.split("-", 1)[0] if "-" in key else ""


class PageCache:
    """Rendered bodies in ``folder``, one file per key; damaged files are ignored."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / f"page-{key}.html"

    def load(self, key: str) -> str | None:
        try:
            return self._path(key).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def store(self, key: str, body: str) -> None:
        """Save atomically; a cache that cannot be written is not an error."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            text = _text_of(key)
            for old in self.folder.glob("page-*.html"):
                # One page per text, not one per setting ever; switching texts
                # does not render the one left again.
                if _text_of(old.stem.removeprefix("page-")) in (text, ""):
                    old.unlink(missing_ok=True)
            atomic_write(self._path(key), body)  # removes its temp file on error
        except OSError:
            return

    def body(
        self,
        doc: Document,
        readings: Mapping[str, Sequence[Word]],
        engine_key: str,
        opts: RenderOptions,
    ) -> str:
        """The rendered body: from disk if the key matches, else rendered and saved."""
        key = body_key(doc, engine_key, opts)
        cached = self.load(key)
        if cached is not None:
            return cached
        body = render_body(doc, readings, opts)
        if readings:
            self.store(key, body)
        return body
