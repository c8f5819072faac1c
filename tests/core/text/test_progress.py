"""Reading progress and moving by speaker, over the bundled interview."""

from __future__ import annotations

import pytest

from reader.core.text.document import BlockKind, Document
from reader.core.text.progress import (
    ProgressMeter,
    reading_progress,
    speakers,
    step_turn,
)


def _turns(doc: Document) -> list[str]:
    return [
        b.id
        for b in doc.blocks
        if b.kind is BlockKind.TURN and b.speaker and not b.continues
    ]


def test_progress_counts_the_blocks_above_and_the_fraction_of_the_top_one(
    seed_doc: Document,
) -> None:
    body = [b for b in seed_doc.blocks if b.section >= 0]
    top = body[10]
    progress = reading_progress(seed_doc, top.id, 0.5)
    before = sum(len(b.text) for b in body[:10])
    assert progress.read == before + round(len(top.text) * 0.5)
    assert progress.total == sum(len(b.text) for b in body)
    assert progress.percent == 100 * progress.read // progress.total


def _walked(doc: Document, block_id: str, fraction: float) -> dict[int, float]:
    """Each section's share read, by walking every block (the meter's reference)."""
    done: dict[int, list[int]] = {s.index: [0, 0] for s in doc.sections}
    reached = False
    for b in (b for b in doc.blocks if b.section >= 0):
        size = len(b.text)
        part = round(size * fraction) if b.id == block_id else (0 if reached else size)
        reached = reached or b.id == block_id
        done[b.section][0] += part
        done[b.section][1] += size
    return {k: (d / n if n else 0.0) for k, (d, n) in done.items()}


def test_the_meter_agrees_with_a_walk_over_every_block(seed_doc: Document) -> None:
    meter = ProgressMeter(seed_doc)
    for k, block in enumerate(b for b in seed_doc.blocks if b.section >= 0):
        fraction = (k % 5) / 4
        assert meter.at(block.id, fraction).sections == pytest.approx(
            _walked(seed_doc, block.id, fraction)
        )


@pytest.mark.parametrize(
    ("where", "percent"),
    [("start", 0), ("unknown", 0), ("footer", 100), ("last", 100)],
)
def test_progress_at_the_ends(seed_doc: Document, where: str, percent: int) -> None:
    body = [b for b in seed_doc.blocks if b.section >= 0]
    block, fraction = {
        "start": (body[0].id, 0.0),
        "unknown": ("no-such-block", 0.4),
        "footer": (seed_doc.footer[0].id, 0.0),
        "last": (body[-1].id, 1.0),
    }[where]
    assert reading_progress(seed_doc, block, fraction).percent == percent


def test_sections_before_are_read_and_sections_after_are_not(
    seed_doc: Document,
) -> None:
    section = seed_doc.sections[2]
    top = section.block_ids[len(section.block_ids) // 2]
    shares = reading_progress(seed_doc, top, 0.0).sections
    assert shares[0] == shares[1] == 1.0
    assert 0.0 < shares[2] < 1.0
    assert all(shares[s.index] == 0.0 for s in seed_doc.sections[3:])


def test_the_interview_has_two_speakers_interviewer_first(seed_doc: Document) -> None:
    assert speakers(seed_doc) == ["Jacob", "David"]


def test_next_and_previous_turn_step_over_continuations(seed_doc: Document) -> None:
    turns = _turns(seed_doc)
    assert step_turn(seed_doc, turns[0], +1) == turns[1]
    assert step_turn(seed_doc, turns[1], -1) == turns[0]
    continuation = next(b for b in seed_doc.blocks if b.continues)
    start = seed_doc.blocks[seed_doc.index_of(continuation.id) - 1]
    # From inside a turn, "previous" is the turn before, not this turn's start.
    assert step_turn(seed_doc, continuation.id, -1) != start.id
    assert step_turn(seed_doc, turns[-1], +1) is None
    assert step_turn(seed_doc, turns[0], -1) is None


def test_from_a_heading_the_next_turn_is_the_first_below(seed_doc: Document) -> None:
    heading = next(b for b in seed_doc.blocks if b.kind is BlockKind.HEADING)
    after = seed_doc.blocks[seed_doc.index_of(heading.id) :]
    first = next(b.id for b in after if b.kind is BlockKind.TURN and not b.continues)
    assert step_turn(seed_doc, heading.id, +1) == first


@pytest.mark.parametrize("speaker", ["Jacob", "David"])
def test_following_one_speaker_steps_over_the_others(
    seed_doc: Document, speaker: str
) -> None:
    theirs = [t for t in _turns(seed_doc) if seed_doc.block(t).speaker == speaker]
    visited = [theirs[0]]
    while (nxt := step_turn(seed_doc, visited[-1], +1, speaker)) is not None:
        visited.append(nxt)
    assert visited == theirs


def test_the_meter_counts_each_sections_body_text(seed_doc: Document) -> None:
    meter = ProgressMeter(seed_doc)
    assert meter.section_chars == {
        s.index: sum(len(b.text) for b in seed_doc.section_blocks(s))
        for s in seed_doc.sections
    }
