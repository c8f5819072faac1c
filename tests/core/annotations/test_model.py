"""Annotation and Anchor: building from selections, and the plain-dict form."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.annotations import Anchor, Annotation, RecordError, resolve
from reader.core.annotations.anchoring import Method
from reader.core.text.document import Document


def _annotation(doc: Document) -> Annotation:
    anchor = Anchor.from_selection(doc, "b0", 2, "b0", 5)
    return Annotation(
        "a" * 32, doc.doc_id, anchor, "pink", "underline", "x\ny", "t", "t"
    )


def test_from_selection_quotes_and_context(doc: Document) -> None:
    anchor = Anchor.from_selection(doc, "b0", 3, "b0", 5)
    assert anchor.exact == "猫で"
    assert anchor.prefix == "吾輩は"
    assert anchor.suffix.startswith("ある。名前は")
    assert (
        anchor.suffix
        == "ある。名前はまだ無い。\nどこで生れたかとんと見当がつかぬ。\n\n何"
    )
    assert len(anchor.suffix) == 32  # taken across blocks


def test_from_selection_across_blocks_keeps_the_text_between(doc: Document) -> None:
    anchor = Anchor.from_selection(doc, "b1", 13, "b2", 2)
    assert anchor.exact == "つかぬ。\n\n何で"
    assert (anchor.block_id, anchor.end_block_id) == ("b1", "b2")


def test_offsets_count_code_points_outside_the_bmp(doc: Document) -> None:
    anchor = Anchor.from_selection(doc, "b3", 6, "b3", 7)
    assert anchor.exact == "😀"
    assert anchor.source_end - anchor.source_start == 1


@pytest.mark.parametrize(
    ("start_block", "start", "end_block", "end"),
    [("b0", 5, "b0", 5), ("b0", 5, "b0", 2), ("b0", 0, "b0", 99), ("b1", 0, "b0", 3)],
)
def test_from_selection_refuses_empty_or_outside_ranges(
    doc: Document, start_block: str, start: int, end_block: str, end: int
) -> None:
    with pytest.raises(ValueError, match="selection"):
        Anchor.from_selection(doc, start_block, start, end_block, end)


def test_from_selection_refuses_unknown_blocks(doc: Document) -> None:
    with pytest.raises(KeyError):
        Anchor.from_selection(doc, "nope", 0, "b0", 1)


def test_round_trip_through_dict(doc: Document) -> None:
    annotation = _annotation(doc)
    assert Annotation.from_dict(annotation.to_dict()) == annotation


def _broken(path: str, value: Any, doc: Document) -> dict[str, Any]:
    record = _annotation(doc).to_dict()
    target = record
    *parents, key = path.split(".")
    for p in parents:
        target = target[p]
    if value is KeyError:
        del target[key]
    else:
        target[key] = value
    return record


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("id", 5),
        ("color", "red"),
        ("style", "strike"),
        ("note", None),
        ("created", KeyError),
        ("anchor", "b0:1-2"),
        ("anchor.start", "3"),
        ("anchor.start", True),
        ("anchor.end", -1),
        ("anchor.exact", ""),
        ("anchor.suffix", KeyError),
    ],
)
def test_malformed_records_raise_record_error(
    doc: Document, path: str, value: Any
) -> None:
    with pytest.raises(RecordError, match=path.split(".")[-1] + "|colour|style|anchor"):
        Annotation.from_dict(_broken(path, value, doc))


@pytest.mark.parametrize("record", [None, [], "text", 3])
def test_non_objects_raise_record_error(record: object) -> None:
    with pytest.raises(RecordError, match="expected an object"):
        Annotation.from_dict(record)


@st.composite
def selections(draw: st.DrawFn, doc: Document) -> tuple[str, int, str, int]:
    """A random non-empty selection between two random block positions."""
    i = draw(st.integers(0, len(doc.blocks) - 1))
    j = draw(st.integers(i, min(len(doc.blocks) - 1, i + 3)))
    a, b = doc.blocks[i], doc.blocks[j]
    start = draw(st.integers(0, len(a.text) - 1))
    low = start + 1 if i == j else 0
    end = draw(st.integers(max(low, 1), len(b.text)))
    return a.id, start, b.id, end


def _check_round_trip(doc: Document, sel: tuple[str, int, str, int]) -> None:
    start_block, start, end_block, end = sel
    anchor = Anchor.from_selection(doc, *sel)
    placed = resolve(anchor, doc)
    assert placed is not None
    assert placed.method is Method.EXACT
    pieces = placed.pieces
    assert (pieces[0].block_id, pieces[0].start) == (start_block, start)
    assert (pieces[-1].block_id, pieces[-1].end) == (end_block, end)
    ids = [b.id for b in doc.blocks]
    got = [ids.index(p.block_id) for p in pieces]
    assert got == list(range(got[0], got[-1] + 1))  # every block between, in order
    text = "".join(doc.block(p.block_id).text[p.start : p.end] for p in pieces)
    assert text == anchor.exact.replace("\n", "")


def test_property_selection_round_trip_small(doc: Document) -> None:
    @given(selections(doc))
    def check(sel: tuple[str, int, str, int]) -> None:
        _check_round_trip(doc, sel)

    check()


def test_property_selection_round_trip_seed(seed_doc: Document) -> None:
    @given(selections(seed_doc))
    def check(sel: tuple[str, int, str, int]) -> None:
        _check_round_trip(seed_doc, sel)
        assert Anchor.from_dict(Anchor.from_selection(seed_doc, *sel).to_dict())

    check()
