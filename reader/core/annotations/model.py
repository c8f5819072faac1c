"""Annotations and their anchors, and their plain-dict form on disk.

An anchor is a W3C Web Annotation style pair of selectors on the document's base text
(design.md, "One coordinate system"):

* position: ``block_id``/``start`` (code points into the first block's text) and
  ``end_block_id``/``end`` (into the last block's text). A highlight inside one block
  has ``end_block_id == block_id``. ``source_start``/``source_end`` are the same range
  as offsets into the whole source when the anchor was made: they become the
  TextPositionSelector on export and a hint for re-anchoring once blocks have changed.
* quote: ``exact`` is ``source[source_start:source_end]`` (so a range over several
  blocks includes the text between them), with ``prefix``/``suffix`` of up to
  ``CONTEXT`` code points taken across block boundaries.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeGuard, TypeVar

from reader.core.document import Document

COLORS: tuple[str, ...] = ("yellow", "green", "blue", "pink", "purple")
STYLES: tuple[str, ...] = ("highlight", "underline")
_T = TypeVar("_T")
CONTEXT = 32  # code points of prefix and suffix kept with each quote


class RecordError(ValueError):
    """A stored or imported record does not have the shape of an annotation."""


def new_id() -> str:
    """A fresh annotation id (uuid4, 32 hex digits)."""
    return uuid.uuid4().hex


def now_iso() -> str:
    """The current time as an ISO 8601 UTC string with milliseconds."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Anchor:
    """Where an annotation sits in the document (see the module docstring)."""

    block_id: str
    start: int
    end_block_id: str
    end: int
    source_start: int
    source_end: int
    exact: str
    prefix: str = ""
    suffix: str = ""

    @classmethod
    def from_selection(
        cls, doc: Document, start_block: str, start: int, end_block: str, end: int
    ) -> Anchor:
        """Build an anchor from a selection given as block ids and code points.

        Args:
            doc: the document the selection was made in.
            start_block: id of the block where the selection starts.
            start: offset into that block's text.
            end_block: id of the block where the selection ends.
            end: offset into that block's text (exclusive).

        Raises:
            KeyError: a block id is unknown.
            ValueError: an offset is outside its block, or the range is empty or
                reversed.
        """
        first, last = doc.block(start_block), doc.block(end_block)
        if not 0 <= start <= len(first.text) or not 0 <= end <= len(last.text):
            raise ValueError("selection offset outside its block")
        return cls.from_source_range(doc, first.start + start, last.start + end)

    @classmethod
    def from_source_range(
        cls, doc: Document, source_start: int, source_end: int
    ) -> Anchor:
        """Build an anchor from offsets into ``doc.source``.

        The ends are moved inwards to the nearest block text, so a range that begins or
        ends between blocks (a newline, a speaker label) still names real blocks.

        Raises:
            ValueError: the range is empty, reversed or holds no block text.
        """
        inside = [
            b for b in doc.blocks if b.start < source_end and source_start < b.end
        ]
        inside = [b for b in inside if b.start < b.end]
        if source_start >= source_end or not inside:
            raise ValueError("empty selection")
        first, last = inside[0], inside[-1]
        s, e = max(source_start, first.start), min(source_end, last.end)
        src = doc.source
        return cls(
            block_id=first.id,
            start=s - first.start,
            end_block_id=last.id,
            end=e - last.start,
            source_start=s,
            source_end=e,
            exact=src[s:e],
            prefix=src[max(0, s - CONTEXT) : s],
            suffix=src[e : e + CONTEXT],
        )

    def to_dict(self) -> dict[str, Any]:
        """The plain-dict form stored in the database."""
        return {
            "block_id": self.block_id,
            "start": self.start,
            "end_block_id": self.end_block_id,
            "end": self.end,
            "source_start": self.source_start,
            "source_end": self.source_end,
            "exact": self.exact,
            "prefix": self.prefix,
            "suffix": self.suffix,
        }

    @classmethod
    def from_dict(cls, data: object) -> Anchor:
        """Read an anchor from its plain-dict form.

        Raises:
            RecordError: the record has the wrong shape.
        """
        if _has_shape(data, _ANCHOR_SHAPE):
            anchor = object.__new__(cls)
            anchor.__dict__.update(data)
        else:
            anchor = cls._from_any_dict(data)
        if min(anchor.start, anchor.end, anchor.source_start) < 0 or not anchor.exact:
            raise RecordError("anchor: negative offset or empty quote")
        return anchor

    @classmethod
    def _from_any_dict(cls, data: object) -> Anchor:
        d = _mapping(data, "anchor")
        return cls(
            block_id=_field(d, "block_id", str),
            start=_field(d, "start", int),
            end_block_id=_field(d, "end_block_id", str),
            end=_field(d, "end", int),
            source_start=_field(d, "source_start", int),
            source_end=_field(d, "source_end", int),
            exact=_field(d, "exact", str),
            prefix=_field(d, "prefix", str),
            suffix=_field(d, "suffix", str),
        )


@dataclass(frozen=True)
class Annotation:
    """A highlight, possibly with a note.

    Attributes:
        id: uuid4 hex.
        doc_id: ``Document.doc_id`` (the content digest) of the text its anchor was
            made or last placed on; empty for an import that found no place.
        anchor: where it sits.
        color: one of ``COLORS``.
        style: one of ``STYLES``.
        note: plain text, newlines kept; empty when there is none.
        created: ISO 8601 UTC.
        modified: ISO 8601 UTC.
        doc_key: ``Document.key`` of the document it belongs to, whatever edits that
            text has seen; empty for a record of schema version 1 that no document
            has claimed yet (``store``).
    """

    id: str
    doc_id: str
    anchor: Anchor
    color: str = "yellow"
    style: str = "highlight"
    note: str = ""
    created: str = ""
    modified: str = ""
    doc_key: str = ""

    def __post_init__(self) -> None:
        check_color_style(self.color, self.style)

    def to_dict(self) -> dict[str, Any]:
        """The plain-dict form stored in the database."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "anchor": self.anchor.to_dict(),
            "color": self.color,
            "style": self.style,
            "note": self.note,
            "created": self.created,
            "modified": self.modified,
            "doc_key": self.doc_key,
        }

    @classmethod
    def from_dict(cls, data: object) -> Annotation:
        """Read an annotation from its plain-dict form.

        Raises:
            RecordError: the record has the wrong shape.
        """
        if _has_shape(data, _ANNOTATION_SHAPE):
            # The common case, a record as we write it: checked by two tuple
            # comparisons and built without nine __setattr__ calls (fast loading).
            anchor = Anchor.from_dict(data["anchor"])
            if data["color"] not in COLORS or data["style"] not in STYLES:
                raise RecordError(f"annotation {data['id']!r}: unknown colour or style")
            annotation = object.__new__(cls)
            annotation.__dict__.update(data)
            annotation.__dict__["anchor"] = anchor
            return annotation
        d = _mapping(data, "annotation")
        try:
            return cls(
                id=_field(d, "id", str),
                doc_id=_field(d, "doc_id", str),
                anchor=Anchor.from_dict(d.get("anchor")),
                color=_field(d, "color", str),
                style=_field(d, "style", str),
                note=_field(d, "note", str),
                created=_field(d, "created", str),
                modified=_field(d, "modified", str),
                # absent in version 1 records salvaged from a damaged file
                doc_key=_field(d, "doc_key", str) if "doc_key" in d else "",
            )
        except ValueError as exc:  # RecordError or a bad colour/style
            raise RecordError(f"annotation {d.get('id')!r}: {exc}") from exc


def check_color_style(color: str, style: str) -> None:
    """Raise ValueError unless ``color`` and ``style`` are known."""
    if color not in COLORS:
        raise ValueError(f"unknown colour {color!r}")
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}")


def _mapping(data: object, what: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise RecordError(f"{what}: expected an object, got {type(data).__name__}")
    return data


def _field(d: Mapping[str, Any], key: str, kind: type[_T]) -> _T:
    value = d.get(key)
    # bool is an int subclass: refuse it where an offset is expected.
    if not isinstance(value, kind) or isinstance(value, bool):
        raise RecordError(f"field {key!r}: expected {kind.__name__}")
    return value


# Key order and value types of records as ``to_dict`` writes them.
_ANCHOR_SHAPE = (
    (
        "block_id",
        "start",
        "end_block_id",
        "end",
        "source_start",
        "source_end",
        "exact",
        "prefix",
        "suffix",
    ),
    (str, int, str, int, int, int, str, str, str),
)
_ANNOTATION_SHAPE = (
    (
        "id",
        "doc_id",
        "anchor",
        "color",
        "style",
        "note",
        "created",
        "modified",
        "doc_key",
    ),
    (str, str, dict, str, str, str, str, str, str),
)


def _has_shape(
    data: object, shape: tuple[tuple[str, ...], tuple[type, ...]]
) -> TypeGuard[dict[str, Any]]:
    """Whether ``data`` is a dict with exactly these keys, in order, of these types."""
    return (
        type(data) is dict
        and tuple(data) == shape[0]
        and tuple(map(type, data.values())) == shape[1]
    )
