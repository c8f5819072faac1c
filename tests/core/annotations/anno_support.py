"""Documents built by hand for the annotation tests (the parser is written elsewhere).

Also imported by the crash test's child process, so it needs nothing from pytest.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from reader.core.annotations import AnnotationStore
from reader.core.document import Block, BlockKind, Document, Section

#: Opens an AnnotationStore on a document (fixture ``open_store``).
StoreFactory = Callable[..., AnnotationStore]

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_720cd43b4634c0fb.txt"


def lines_document(
    text: str,
    name: str = "doc.txt",
    speakers: Mapping[int, str] | None = None,
    key: str = "",
) -> Document:
    """One block per non-empty line, ids ``b0``, ``b1``, …, all in section 0.

    Args:
        text: the source text.
        name: the file name.
        speakers: block number -> speaker, for blocks that are turns.
        key: the document's ``source_key`` (default: known by its name).
    """
    blocks: list[Block] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            n = len(blocks)
            speaker = (speakers or {}).get(n)
            kind = BlockKind.TURN if speaker else BlockKind.PARAGRAPH
            blocks.append(
                Block(f"b{n}", kind, pos, pos + len(line), line, 0, speaker=speaker)
            )
        pos += len(line) + 1
    ids = tuple(b.id for b in blocks)
    sections = (Section(0, "intro", None, ids),)
    return Document(name, text, tuple(blocks), sections, source_key=key)


def seed_text() -> str:
    """The bundled interview."""
    return SEED.read_text(encoding="utf-8")


def seed_document() -> Document:
    """The bundled interview, split by lines."""
    return lines_document(seed_text(), SEED.name)
