"""The document model: the source text split into blocks and sections.

Every block keeps its ``[start, end)`` range in the source text, and its text is always
``source[start:end]``: offsets into the source are the one coordinate system that
highlights, notes, the reading position and sections share (design.md).
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path


class BlockKind(StrEnum):
    """What a block is, which decides how it is shown."""

    TITLE = "title"
    PUBLICATION = "publication"
    SUBTITLE = "subtitle"
    META = "meta"  # a "label:value" line of the front matter (著者, 制作)
    LEAD = "lead"  # paragraphs before the interview proper
    NOTE = "note"  # the translator's note that introduces the interview
    HEADING = "heading"
    TURN = "turn"  # what one speaker says, or a paragraph continuing it
    PARAGRAPH = "paragraph"  # body text outside any turn
    CAPTION = "caption"  # the caption of a figure whose image is not in the source
    FOOTER = "footer"  # text after the interview (community links)
    LINK = "link"  # a "label:https://…" line of the footer


@dataclass(frozen=True)
class Block:
    """One displayed unit of the document.

    Attributes:
        id: stable identifier, derived from kind and text.
        kind: what the block is.
        start: offset (code points) of the first character in the source.
        end: offset just past the last character.
        text: ``source[start:end]``; for a turn, the spoken text without the speaker.
        section: index of the section the block belongs to, or -1 for the footer.
        speaker: for turns, who speaks.
        label: for meta and link lines, the label before the colon.
        url: for link lines, the address.
        continues: for turns, whether this paragraph continues the previous turn.
    """

    id: str
    kind: BlockKind
    start: int
    end: int
    text: str
    section: int
    speaker: str | None = None
    label: str | None = None
    url: str | None = None
    continues: bool = False


@dataclass(frozen=True)
class Ruby:
    """A reading the text itself gives a span (Aozora's ``｜base《reading》``).

    Attributes:
        start: offset of the base's first character in the source.
        end: offset just past the base.
        reading: the reading as written (kana, sometimes katakana or other text).
    """

    start: int
    end: int
    reading: str


@dataclass(frozen=True)
class Section:
    """The introduction, or a heading and the blocks under it.

    ``level`` is the heading's rank where the text gives one (Aozora's 大, 中, 小
    見出し: 1, 2, 3), so a reader can nest sections; 0 where it gives none.
    """

    index: int
    title: str
    heading_id: str | None
    block_ids: tuple[str, ...]
    level: int = 0

    @property
    def id(self) -> str:
        """The id of the first block: where the sidebar scrolls to."""
        return self.block_ids[0] if self.block_ids else ""


@dataclass(frozen=True)
class Document:
    """A parsed source text.

    Attributes:
        name: file name of the source.
        source: the whole source text.
        blocks: every block in source order, footer included.
        sections: the introduction (index 0) and one per heading.
        truncated: the interview stops mid-sentence (the source ends there).
        source_key: where the text comes from (``source_key_for``); empty for a
            document built in memory, which is then known by its name.
        ruby: readings the text gives (Aozora ruby), in source order; they are
            shown instead of the engine's.
        meta: what the file says about the text but does not show in it, as
            ``(name, value)`` pairs: ``author``, ``colophon`` (Aozora's 底本…).
    """

    name: str
    source: str
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    truncated: bool = False
    source_key: str = ""
    ruby: tuple[Ruby, ...] = ()
    meta: tuple[tuple[str, str], ...] = ()
    _by_id: dict[str, Block] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update((b.id, b) for b in self.blocks)

    def info(self, name: str) -> str:
        """The ``meta`` value called ``name``, or ""."""
        return next((value for key, value in self.meta if key == name), "")

    def block_ruby(self, block: Block) -> tuple[Ruby, ...]:
        """The ruby inside ``block``, as offsets into the block's text."""
        first = bisect_left(self.ruby, block.start, key=lambda r: r.start)
        out = []
        for r in self.ruby[first:]:
            if r.start >= block.end:
                break
            if r.end <= block.end:
                out.append(Ruby(r.start - block.start, r.end - block.start, r.reading))
        return tuple(out)

    @cached_property
    def doc_id(self) -> str:
        """The content digest: a hash of the source name and text (kept: a novel's
        takes ~6 ms, asked for by each cache at start).

        It changes with every edit of the text, so it names one version of a
        document (caches, "could not be placed in this text"); ``key`` names the
        document itself.
        """
        digest = hashlib.sha256(f"{self.name}\0{self.source}".encode())
        for r in self.ruby:  # the same text with other ruby is another version
            digest.update(f"\0{r.start},{r.end},{r.reading}".encode())
        return digest.hexdigest()[:16]

    @property
    def key(self) -> str:
        """The document's identity, the same across edits of its text.

        Annotations belong to the document with this key (design.md, "Each document
        owns its data").
        """
        return self.source_key or f"name:{self.name}"

    @property
    def bundled(self) -> bool:
        """Whether this is the interview that ships with Yomu."""
        return self.key.startswith(BUNDLED_KEY_PREFIX)

    @property
    def title(self) -> str:
        """The text of the title block, or the file name."""
        for block in self.blocks:
            if block.kind is BlockKind.TITLE:
                return block.text
        return self.name

    def block(self, block_id: str) -> Block:
        """The block with id ``block_id``; raises KeyError if there is none."""
        return self._by_id[block_id]

    def get(self, block_id: str) -> Block | None:
        """The block with id ``block_id``, or None."""
        return self._by_id.get(block_id)

    def index_of(self, block_id: str) -> int:
        """Position of a block in ``blocks``."""
        return self.blocks.index(self._by_id[block_id])

    def section_blocks(self, section: Section) -> Iterator[Block]:
        """The blocks of ``section`` in order."""
        return (self._by_id[i] for i in section.block_ids)

    @property
    def footer(self) -> tuple[Block, ...]:
        """The blocks after the interview (not in any section)."""
        return tuple(b for b in self.blocks if b.section < 0)

    @property
    def last_body_block(self) -> Block | None:
        """The last block of the interview proper (before the footer)."""
        body = [b for b in self.blocks if b.section >= 0]
        return body[-1] if body else None


BUNDLED_KEY_PREFIX = "bundled:"


def source_key_for(path: Path, bundled: bool = False) -> str:
    """The key of the document read from ``path``.

    The bundled interview has a fixed key (it moves with the installation); any
    other file is known by its resolved path, so an edited file is the same
    document and another file with the same text is not.
    """
    if bundled:
        return BUNDLED_KEY_PREFIX + path.name
    return "file:" + str(path.resolve())


def make_block_id(kind: BlockKind, text: str, taken: dict[str, int]) -> str:
    """A stable id from kind and text; a repeated text gets a numbered suffix.

    ``taken`` counts the ids given for each kind and text: the n-th block with the
    same ones is ``base-n`` (a count, not a search: a novel repeats short lines).
    """
    base = f"{kind[:2]}-{hashlib.sha1(text.encode()).hexdigest()[:8]}"  # kind is a str
    n = taken[base] = taken.get(base, 0) + 1
    return base if n == 1 else f"{base}-{n}"
