"""Reading a whole table of stored records at once, quickly and without trusting it.

Opening a store checks every record. Nearly always each one is exactly what
``to_dict`` wrote: a fast path checks that with a few tuple comparisons and builds the
objects without an ``__init__`` per record. Any record that fails the fast path goes
through ``Annotation.from_dict``, which accepts the same records and tells exactly what
is wrong with the others.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reader.core.annotations.model import (
    COLORS,
    STYLES,
    Anchor,
    Annotation,
    RecordError,
)

# Key order and value types of records as ``to_dict`` writes them.
_ANNOTATION_KEYS = tuple(Annotation.__dataclass_fields__)
_ANNOTATION_TYPES = (str, str, dict, str, str, str, str, str, str)
_ANCHOR_KEYS = tuple(Anchor.__dataclass_fields__)
_ANCHOR_TYPES = (str, int, str, int, int, int, str, str, str)
_COLORS = frozenset(COLORS)
_STYLES = frozenset(STYLES)


def read_table(table: Mapping[str, object]) -> tuple[list[Annotation], int]:
    """The sound annotations of a stored table keyed by id, and how many were not.

    A record is sound when ``Annotation.from_dict`` accepts it and its id is its key.
    """
    records: list[Annotation] = []
    skipped = 0
    for key, raw in table.items():
        annotation = _as_written(raw, key) or _checked(raw, key)
        if annotation is None:
            skipped += 1
        else:
            records.append(annotation)
    return records, skipped


def _as_written(raw: Any, key: str) -> Annotation | None:
    """The annotation, if ``raw`` is exactly as we write it and sound; else None.

    ``type() is``, not ``isinstance``: a bool is not an offset.
    """
    if not (
        type(raw) is dict
        and tuple(raw) == _ANNOTATION_KEYS
        and tuple(map(type, raw.values())) == _ANNOTATION_TYPES
    ):
        return None
    fields = raw["anchor"]
    if not (
        tuple(fields) == _ANCHOR_KEYS
        and tuple(map(type, fields.values())) == _ANCHOR_TYPES
        and raw["id"] == key
        and raw["color"] in _COLORS
        and raw["style"] in _STYLES
        and min(fields["start"], fields["end"], fields["source_start"]) >= 0
        and fields["exact"]
    ):
        return None
    return _build(raw, fields)


def _build(raw: dict[str, Any], fields: dict[str, Any]) -> Annotation:
    """Objects from checked records, without nine ``__setattr__`` calls each.

    Both get copies of the records: the parsed ones stay TinyDB's, untouched.
    """
    anchor = object.__new__(Anchor)
    anchor.__dict__.update(fields)
    annotation = object.__new__(Annotation)
    state = annotation.__dict__
    state.update(raw)
    state["anchor"] = anchor
    return annotation


def _checked(raw: object, key: str) -> Annotation | None:
    """The annotation read the slow, thorough way; None if it is not sound."""
    try:
        annotation = Annotation.from_dict(raw)
    except RecordError:
        return None
    return annotation if annotation.id == key else None
