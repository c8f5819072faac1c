"""Where the reader is in a document, and moving by speaker (no Qt).

Progress counts characters of block text (the source's own characters, without
speaker names or readings) in the body of the document: the footer after the
interview is not reading. A position is the block at the top of the pane and the
fraction of it above the top (as the window keeps it), so the characters read are
those of the blocks before it plus that fraction of it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate

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


class ProgressMeter:
    """Progress for any position of one document, each in O(sections · log n).

    Built once per document: the window asks on every scroll step, and walking a
    novel's blocks each time cost a quarter of a second at its start (issue 13).
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        body = [b for b in doc.blocks if b.section >= 0]
        self._index = {b.id: i for i, b in enumerate(body)}
        self._sizes = [len(b.text) for b in body]
        self._before = list(accumulate(self._sizes, initial=0))
        self.total = self._before[-1]
        # Per section: the body indices of its blocks, and their sizes summed.
        self._places: dict[int, list[int]] = {s.index: [] for s in doc.sections}
        for i, b in enumerate(body):
            self._places.setdefault(b.section, []).append(i)
        self._sums = {
            k: list(accumulate((self._sizes[i] for i in places), initial=0))
            for k, places in self._places.items()
        }

    @property
    def section_chars(self) -> dict[int, int]:
        """Characters of body text in each section, by section index."""
        return {k: sums[-1] for k, sums in self._sums.items()}

    def at(self, block_id: str | None, fraction: float) -> Progress:
        """The progress of a reader whose top block is ``block_id``, ``fraction`` in.

        A block that is not in the body (the footer) counts as the end; an unknown
        block (None, or of another version of the text) as the start.
        """
        block = self.doc.get(block_id) if block_id else None
        if block is not None and block.section < 0:
            sections = {s.index: 1.0 for s in self.doc.sections}
            return Progress(self.total, self.total, sections)
        here = self._index.get(block.id, -1) if block is not None else -1
        if here < 0:
            done, read = 0, 0
        else:
            done = round(self._sizes[here] * min(max(fraction, 0.0), 1.0))
            read = self._before[here] + done
        sections = {}
        for k, places in self._places.items():
            sums = self._sums[k]
            if not sums[-1]:
                sections[k] = 0.0
                continue
            n = bisect_left(places, here) if here >= 0 else 0
            part = sums[n] + (done if n < len(places) and places[n] == here else 0)
            sections[k] = part / sums[-1]
        return Progress(read, self.total, sections)


def reading_progress(doc: Document, block_id: str | None, fraction: float) -> Progress:
    """The progress of a reader at ``block_id``, ``fraction`` in (see ProgressMeter)."""
    return ProgressMeter(doc).at(block_id, fraction)


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
