"""Where the reader is in a document, and moving by speaker (no Qt).

Progress counts characters of block text (the source's own characters, without
speaker names or readings) in the body of the document: the footer after the
interview is not reading. A position is the block at the top of the pane and the
fraction of it above the top (as the window keeps it), so the characters read are
those of the blocks before it plus that fraction of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.text.document import Block, BlockKind, Document


@dataclass(frozen=True)
class Progress:
    """How far the reader is.

    Attributes:
        read: characters read.
        total: characters in the body.
        sections: for each section index, the fraction of it read (0 to 1).
    """

    read: int
    total: int
    sections: dict[int, float]

    @property
    def percent(self) -> int:
        """Whole percent read; 100 only at the very end."""
        if self.total <= 0:
            return 0
        value = 100 * self.read // self.total
        return 100 if self.read >= self.total else min(value, 99)


def _body(doc: Document) -> list[Block]:
    return [b for b in doc.blocks if b.section >= 0]


def reading_progress(doc: Document, block_id: str | None, fraction: float) -> Progress:
    """The progress of a reader whose top block is ``block_id``, ``fraction`` in.

    A block that is not in the body (the footer) counts as the end; an unknown
    block (None, or of another version of the text) as the start.
    """
    body = _body(doc)
    total = sum(len(b.text) for b in body)
    block = doc.get(block_id) if block_id else None
    if block is not None and block.section < 0:
        return Progress(total, total, {s.index: 1.0 for s in doc.sections})
    fraction = min(max(fraction, 0.0), 1.0)
    read = 0
    per_section: dict[int, list[int]] = {s.index: [0, 0] for s in doc.sections}
    reached = block is None
    for b in body:
        size = len(b.text)
        if b is block:
            done = round(size * fraction)
            reached = True
        else:
            done = 0 if reached else size
        read += done
        counts = per_section.setdefault(b.section, [0, 0])
        counts[0] += done
        counts[1] += size
    sections = {k: (d / n if n else 0.0) for k, (d, n) in per_section.items()}
    return Progress(read, total, sections)


def speakers(doc: Document) -> list[str]:
    """Everyone who speaks, in order of first turn."""
    names = (b.speaker for b in doc.blocks if _is_turn_start(b) and b.speaker)
    return list(dict.fromkeys(names))


def _is_turn_start(block: Block) -> bool:
    return block.kind is BlockKind.TURN and bool(block.speaker) and not block.continues


def step_turn(
    doc: Document, block_id: str | None, step: int, speaker: str | None = None
) -> str | None:
    """The turn ``step`` turns after (+1) or before (-1) the one holding ``block_id``.

    A turn is what one speaker says (its continuation paragraphs belong to it).
    With ``speaker``, only that speaker's turns count. From a block that is not in
    a turn (a heading), the next turn is the first after it and the previous the
    last before it. None when there is no such turn.
    """
    starts = [
        i
        for i, b in enumerate(doc.blocks)
        if _is_turn_start(b) and (speaker is None or b.speaker == speaker)
    ]
    if not starts:
        return None
    here = doc.index_of(block_id) if block_id and doc.get(block_id) else -1
    # The turn the reader is in starts at or before ``here``.
    current = _turn_start_at(doc, here)
    if step > 0:
        after = [i for i in starts if i > here]
        return doc.blocks[after[0]].id if after else None
    before = [i for i in starts if i < (current if current >= 0 else here)]
    return doc.blocks[before[-1]].id if before else None


def _turn_start_at(doc: Document, index: int) -> int:
    """The index of the start of the turn holding block ``index``, or -1."""
    while index >= 0:
        block = doc.blocks[index]
        if block.kind is not BlockKind.TURN:
            return -1
        if not block.continues:
            return index
        index -= 1
    return -1
