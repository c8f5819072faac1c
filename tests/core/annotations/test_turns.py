"""Issue 10, defect 10: a quote that spans two speakers, turn by turn."""

from __future__ import annotations

import csv
import io

import pytest

from reader.core.annotations import Anchor, AnnotationStore, export_csv, export_markdown
from reader.core.annotations.turns import Turn, quote_turns, speakers
from reader.core.text.document import Block, BlockKind, Document
from reader.core.text.source import load_document


@pytest.fixture(scope="module")
def interview() -> Document:
    """The bundled interview as the reader parses it (with speakers)."""
    return load_document()


def two_speakers(doc: Document) -> tuple[Block, Block]:
    """Jacob's first turn and David's answer right after it."""
    turns = [b for b in doc.blocks if b.kind is BlockKind.TURN]
    return next(
        (a, b) for a, b in zip(turns, turns[1:], strict=False)
        if (a.speaker, b.speaker) == ("Jacob", "David")
    )


@pytest.fixture
def spanning(interview: Document) -> AnnotationStore:
    """A store with one highlight from the end of Jacob's turn into David's."""
    jacob, david = two_speakers(interview)
    store = AnnotationStore(interview)
    start = len(jacob.text) - 6
    store.add(Anchor.from_selection(interview, jacob.id, start, david.id, 8), note="ok")
    return store


def test_defect10_raw_quote_holds_the_next_speakers_label(
    spanning: AnnotationStore,
) -> None:
    """What went wrong: the stored quote is the source text between the ends."""
    (annotation,) = spanning.all()
    assert "\nDavid:" in annotation.anchor.exact


def test_defect10_quote_turns_credit_each_speaker(
    spanning: AnnotationStore, interview: Document
) -> None:
    jacob, david = two_speakers(interview)
    (annotation,) = spanning.all()
    placed = spanning.placement(annotation.id)
    assert placed is not None
    turns = quote_turns(interview, placed.pieces)
    assert turns == [Turn("Jacob", jacob.text[-6:]), Turn("David", david.text[:8])]
    assert speakers(turns) == "Jacob / David"


def test_defect10_quote_turns_use_the_text_given(
    spanning: AnnotationStore, interview: Document
) -> None:
    (annotation,) = spanning.all()
    placed = spanning.placement(annotation.id)
    assert placed is not None
    turns = quote_turns(interview, placed.pieces, lambda b, s, e: f"<{b}:{s}-{e}>")
    assert [t.speaker for t in turns] == ["Jacob", "David"]
    assert all(t.text.startswith("<") for t in turns)


def test_defect10_one_speaker_over_two_paragraphs_is_one_turn(
    interview: Document,
) -> None:
    turn = next(b for b in interview.blocks if b.continues)
    before = interview.blocks[interview.index_of(turn.id) - 1]
    store = AnnotationStore(interview)
    store.add(Anchor.from_selection(interview, before.id, 0, turn.id, 4))
    placed = store.placement(store.all()[0].id)
    assert placed is not None
    turns = quote_turns(interview, placed.pieces, sep="|")
    assert len(turns) == 1
    assert turns[0].speaker == turn.speaker
    assert turns[0].text == f"{before.text}|{turn.text[:4]}"


def test_defect10_markdown_credits_each_turn_to_its_speaker(
    spanning: AnnotationStore, interview: Document
) -> None:
    jacob, david = two_speakers(interview)
    md = export_markdown(spanning)
    expected = (
        f"> {jacob.text[-6:]}\n>\n> — Jacob\n>\n"
        f"> {david.text[:8]}\n>\n> — David\n>\n> **Note:** ok\n"
    )
    assert expected in md
    assert "David:" not in md


def test_defect10_csv_names_both_speakers(spanning: AnnotationStore) -> None:
    rows = list(csv.DictReader(io.StringIO(export_csv(spanning, bom=False))))
    assert rows[0]["speaker"] == "Jacob / David"
    assert "David:" not in rows[0]["quote"]
