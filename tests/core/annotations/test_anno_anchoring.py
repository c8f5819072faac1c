"""Re-anchoring annotations made on the seed against edited copies of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.annotations import Anchor, AnnotationStore, Resolver, resolve
from reader.core.annotations.anchoring import Method, Piece
from reader.core.document import Document
from tests.core.annotations.anno_support import StoreFactory, lines_document, seed_text

# Quotes in the seed, each found once: (block number, start, end) in the line split.
JACOB = (60, 6, 30)  # Operatorは現在非常に印象的ですが、完璧ではないともおっしゃって
DAVID = (61, 15, 40)


def _line(text: str, n: int) -> tuple[int, str]:
    """Offset and text of the n-th non-empty line."""
    pos, seen = 0, -1
    for line in text.split("\n"):
        if line.strip():
            seen += 1
            if seen == n:
                return pos, line
        pos += len(line) + 1
    raise IndexError(n)


def _edit(text: str, n: int, new_line: str | None) -> str:
    """``text`` with its n-th non-empty line replaced (None removes it)."""
    pos, line = _line(text, n)
    replacement = "" if new_line is None else new_line + "\n"
    return text[:pos] + replacement + text[pos + len(line) + 1 :]


def _anchor(doc: Document, where: tuple[int, int, int]) -> Anchor:
    block = doc.blocks[where[0]]
    return Anchor.from_selection(doc, block.id, where[1], block.id, where[2])


def test_unchanged_text_places_exactly(seed_doc: Document) -> None:
    anchor = _anchor(seed_doc, JACOB)
    placed = resolve(anchor, seed_doc)
    assert placed is not None
    assert placed.method is Method.EXACT
    assert placed.anchor == anchor
    assert not placed.reanchored


def test_words_inserted_before_the_quote_move_it(seed_doc: Document) -> None:
    _, line = _line(seed_text(), JACOB[0])
    inserted = "【追記:ここに新しい一文を加えた。】"
    edited = lines_document(_edit(seed_text(), JACOB[0], inserted + line))
    anchor = _anchor(seed_doc, JACOB)
    placed = resolve(anchor, edited)
    assert placed is not None
    assert placed.method is Method.QUOTE
    piece = placed.pieces[0]
    assert (piece.block_id, piece.start) == ("b60", JACOB[1] + len(inserted))
    assert placed.anchor.exact == anchor.exact


def test_removed_paragraph_before_the_quote_shifts_its_block(
    seed_doc: Document,
) -> None:
    edited = lines_document(_edit(seed_text(), 30, None))
    placed = resolve(_anchor(seed_doc, DAVID), edited)
    assert placed is not None
    assert placed.method is Method.QUOTE
    assert placed.pieces[0].block_id == "b60"  # was b61
    assert edited.block("b60").text[DAVID[1] : DAVID[2]] == placed.anchor.exact


def test_changed_word_inside_the_quote_is_found_fuzzily(seed_doc: Document) -> None:
    anchor = _anchor(seed_doc, JACOB)
    _, line = _line(seed_text(), JACOB[0])
    assert "印象的" in anchor.exact
    edited = lines_document(
        _edit(seed_text(), JACOB[0], line.replace("印象的", "感動的"))
    )
    placed = resolve(anchor, edited)
    assert placed is not None
    assert placed.method is Method.FUZZY
    assert placed.anchor.exact == anchor.exact.replace("印象的", "感動的")
    assert placed.pieces[0].block_id == "b60"


def test_deleted_quote_needs_review(seed_doc: Document) -> None:
    edited = lines_document(
        _edit(seed_text(), JACOB[0], "Jacob:まったく別の質問です。")
    )
    assert resolve(_anchor(seed_doc, JACOB), edited) is None


def test_repeated_quote_picks_the_occurrence_with_matching_context() -> None:
    first = "昔々あるところにおじいさんとおばあさんが仲良く住んでいたよ。同じ文。山へ行った。"
    second = (
        "今日の東京は朝から晴れていて、とても気持ちのよい天気だった。同じ文。明日は雨。"
    )
    start = second.index("同じ文。")
    assert first.index("同じ文。") == start
    old = lines_document(f"{first}\n{second}\n")
    anchor = Anchor.from_selection(old, "b1", start, "b1", start + 4)
    new = lines_document(f"挿入。\n{first}\n{second}\n")
    placed = resolve(anchor, new)
    assert placed is not None
    assert placed.method is Method.QUOTE  # b1 holds the quote, but not its context
    assert placed.pieces == (Piece("b2", start, start + 4),)


def test_ambiguous_short_quote_without_context_needs_review() -> None:
    old = lines_document("あいう猫えお\n")
    anchor = Anchor.from_selection(old, "b0", 3, "b0", 4)
    new = lines_document("かきく猫けこ\nさしす猫せそ\n")
    assert resolve(anchor, new) is None


def test_quote_across_blocks_is_reanchored_in_pieces() -> None:
    old = lines_document("一行目の文章です。\n二行目の文章です。\n三行目。\n")
    anchor = Anchor.from_selection(old, "b0", 4, "b1", 3)
    new = lines_document(
        "新しい行。\n一行目の文章です。\n二行目の文章です。\n三行目。\n"
    )
    placed = Resolver(new).resolve(anchor)
    assert placed is not None
    assert [(p.block_id, p.start, p.end) for p in placed.pieces] == [
        ("b1", 4, 9),
        ("b2", 0, 3),
    ]


@pytest.mark.parametrize(
    "junk", ["ゼロ", "\n", "全く無関係な長い文字列がここにあります"]
)
def test_unrelated_quotes_are_not_placed(seed_doc: Document, junk: str) -> None:
    anchor = Anchor("b0", 0, "b0", len(junk), 0, len(junk), junk + "🙂", "", "")
    assert resolve(anchor, seed_doc) is None


def test_store_reanchors_on_open_and_keeps_the_lost(
    seed_doc: Document, open_store: StoreFactory, db_path: Path
) -> None:
    store = open_store(seed_doc)
    moved = store.add(_anchor(seed_doc, JACOB), "blue", note="moved")
    lost = store.add(_anchor(seed_doc, DAVID), "green", note="lost")
    store.close()
    text = _edit(seed_text(), DAVID[0], "David:消えた。")
    _, line = _line(text, JACOB[0])
    edited = lines_document(_edit(text, JACOB[0], "追加。" + line), seed_doc.name)

    reopened = open_store(edited)
    assert reopened.reanchored == {moved.id}
    assert [a.id for a in reopened.needs_review] == [lost.id]
    assert reopened.get(lost.id) == lost  # kept unchanged, never dropped
    assert reopened.placement(lost.id) is None
    assert [a.id for a in reopened.all()] == [moved.id, lost.id]
    assert reopened.get(moved.id).anchor.start == JACOB[1] + 3
    reopened.close()

    again = AnnotationStore(edited, db_path)  # the new place was saved
    assert again.reanchored == set()
    placed = again.placement(moved.id)
    assert placed is not None
    assert placed.method is Method.EXACT
    again.close()


def test_a_change_right_after_opening_sees_the_new_place(
    seed_doc: Document, open_store: StoreFactory
) -> None:
    """Placing waits for first use: a change made first must still see it done."""
    moved = open_store(seed_doc).add(_anchor(seed_doc, JACOB), note="moved")
    _, line = _line(seed_text(), JACOB[0])
    edited = lines_document(
        _edit(seed_text(), JACOB[0], "追加。" + line), seed_doc.name
    )
    reopened = open_store(edited)
    updated = reopened.update(moved.id, note="edited")
    assert updated.anchor.start == JACOB[1] + 3
    assert reopened.reanchored == {moved.id}
    assert reopened.undo()
    assert reopened.get(moved.id).anchor.start == JACOB[1] + 3
