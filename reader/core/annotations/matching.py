"""Comparing annotations: the panel's filters, and telling duplicates apart."""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.annotations.model import Annotation


def matches(
    annotation: Annotation,
    query: str = "",
    colors: Iterable[str] | None = None,
    has_note: bool | None = None,
) -> bool:
    """Whether an annotation passes the panel's filters.

    Args:
        annotation: the annotation to test.
        query: text to find in the quote or the note, case-insensitive ("" matches all).
        colors: colours to keep (None keeps all).
        has_note: True keeps those with a note, False those without, None all.
    """
    if colors is not None and annotation.color not in set(colors):
        return False
    if has_note is not None and bool(annotation.note.strip()) != has_note:
        return False
    needle = query.casefold().strip()
    if not needle:
        return True
    return (
        needle in annotation.anchor.exact.casefold()
        or needle in annotation.note.casefold()
    )


def signature(a: Annotation) -> tuple[object, ...]:
    """What makes two annotations the same highlight, whatever their ids."""
    anchor = a.anchor
    place = (
        anchor.block_id,
        anchor.start,
        anchor.end_block_id,
        anchor.end,
        anchor.exact,
    )
    return (place, a.note, a.color)
