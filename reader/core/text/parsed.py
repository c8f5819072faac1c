"""Parsed documents kept on disk, so that a long text opens without parsing it again.

Parsing a novel of 1,000,000 characters into blocks takes ~0.2 s, a sixth of a warm
start (issue 13). The result is kept in the cache folder, one file per document: its
blocks, sections, ruby and metadata as plain values (``marshal``: no code runs when
it is read, and it is the fastest reader of such values in the standard library),
with a check that names the decoded text and the parser's own source. Any other text
or parser, or a damaged file, is parsed again and the file rewritten: the cache can
only make a start faster, never give another document.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
from functools import cache
from pathlib import Path
from typing import Any

from reader.core.text.document import Block, BlockKind, Document, Ruby, Section

log = logging.getLogger(__name__)

#: Shorter texts parse in a few milliseconds: no file for them.
MIN_CHARS = 50_000
_FORMAT = 1
#: The modules whose code decides the parse: a change to any re-parses every text.
_PARSER_FILES = ("parse.py", "aozora.py", "aozora_document.py", "document.py")


def cache_file(folder: Path, key: str) -> Path:
    """The file of the document with ``key`` (``Document.key``) in ``folder``."""
    return folder / f"parsed-{hashlib.sha1(key.encode()).hexdigest()[:16]}.bin"


@cache  # the parser's files do not change while Yomu runs
def _parser_digest() -> str:
    digest = hashlib.sha1(str(_FORMAT).encode())
    here = Path(__file__).parent
    for name in _PARSER_FILES:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()


def check(text: str, name: str, key: str) -> str:
    """What a cached parse of ``text`` must carry to be this document's."""
    digest = hashlib.sha1(_parser_digest().encode())
    digest.update(f"\0{name}\0{key}\0".encode())
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def load(path: Path, text: str, expected: str) -> Document | None:
    """The cached parse of ``text``, or None (no file, another text, damaged)."""
    try:
        data = marshal.loads(path.read_bytes())
        if not isinstance(data, dict) or data.get("check") != expected:
            return None
        return _document(data, text)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, EOFError, TypeError, KeyError, IndexError) as exc:
        log.info("parsed text %s not used (%s): parsing again", path.name, exc)
        return None


def store(path: Path, text: str, doc: Document, expected: str) -> None:
    """Keep ``doc``, the parse of ``text``; a folder that cannot be written only
    costs the time."""
    data = {
        "check": expected,
        "name": doc.name,
        "key": doc.source_key,
        "truncated": doc.truncated,
        "blocks": [_block_row(b, doc.source) for b in doc.blocks],
        "sections": [
            (s.index, s.title, s.heading_id, s.block_ids, s.level) for s in doc.sections
        ],
        "ruby": [(r.start, r.end, r.reading) for r in doc.ruby],
        "meta": list(doc.meta),
        # An Aozora text's document is the text without its notation.
        "source": None if doc.source == text else doc.source,
    }
    tmp = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps(data))
        os.replace(tmp, path)
    except OSError as exc:
        log.info("parsed text not kept (%s)", exc)


def _block_row(b: Block, source: str) -> tuple[Any, ...]:
    # The text is the source's slice but for a few blocks: keep only those.
    text = None if source[b.start : b.end] == b.text else b.text
    return (b.id, b.kind.value, b.start, b.end, text, b.section, b.speaker, b.label,
            b.url, b.continues)


def _document(data: dict[str, Any], text: str) -> Document:
    source = text if data["source"] is None else data["source"]
    kinds = {k.value: k for k in BlockKind}
    blocks = tuple(
        Block(id_, kinds[kind], start, end,
              source[start:end] if text is None else text,
              section, speaker, label, url, continues)
        for id_, kind, start, end, text, section, speaker, label, url, continues
        in data["blocks"]
    )
    return Document(
        name=data["name"],
        source=source,
        blocks=blocks,
        sections=tuple(Section(*row) for row in data["sections"]),
        truncated=data["truncated"],
        source_key=data["key"],
        ruby=tuple(Ruby(*row) for row in data["ruby"]),
        meta=tuple((k, v) for k, v in data["meta"]),
    )
