"""A quote split into turns: who says each part of it.

A highlight may run from one speaker's turn into the next (issue 10, defect 10). Its
stored quote is the source text between, which holds the raw ``\\nDavid:`` label of
the second turn; shown or exported as one quote, it was credited to the first speaker
alone. Split by the blocks it covers, each part goes with its own speaker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader.core.annotations.anchoring import Piece
from reader.core.text.document import Block, BlockKind, Document

#: (block_id, start, end) -> that stretch of the block's text, perhaps with readings.
PieceText = Callable[[str, int, int], str]


@dataclass(frozen=True)
class Turn:
    """One speaker's part of a quote (speaker None outside the interview's turns)."""

    speaker: str | None
    text: str


def _starts_turn(block: Block, previous: Block | None) -> bool:
    """Whether ``block`` begins a new part: another speaker, or a new turn."""
    if previous is None:
        return True
    if block.speaker != previous.speaker:
        return True
    return block.kind is BlockKind.TURN and not block.continues


def quote_turns(
    doc: Document,
    pieces: Sequence[Piece],
    text: PieceText | None = None,
    sep: str = "\n",
) -> list[Turn]:
    """The parts of a placed quote, turn by turn, in document order.

    Args:
        doc: the document the pieces are in.
        pieces: the quote's pieces (one per block it touches).
        text: the text of a piece (default: the block's text, no readings).
        sep: what joins two blocks of one turn (a paragraph break in Markdown).
    """
    turns: list[tuple[str | None, list[str]]] = []
    previous: Block | None = None
    for piece in pieces:
        block = doc.block(piece.block_id)
        part = (
            text(piece.block_id, piece.start, piece.end)
            if text is not None
            else block.text[piece.start : piece.end]
        )
        if _starts_turn(block, previous):
            turns.append((block.speaker, []))
        turns[-1][1].append(part)
        previous = block
    return [Turn(speaker, sep.join(parts)) for speaker, parts in turns]


def speakers(turns: Sequence[Turn]) -> str:
    """The speakers of a quote, in order and each once (``Jacob / David``)."""
    names = dict.fromkeys(t.speaker for t in turns if t.speaker)
    return " / ".join(names)
