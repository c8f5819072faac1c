"""W3C Web Annotation (JSON-LD) form of annotations, both ways.

Ours carry ``TextQuoteSelector`` and ``TextPositionSelector`` (offsets into the
document source) and two extension keys, ``yomu:color`` and ``yomu:style`` (absolute
IRIs with the ``yomu:`` scheme, so the plain anno.jsonld context stays valid).
Annotations made elsewhere (Hypothesis and others) are read by their quote: their
positions refer to someone else's text.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from reader.core.annotations.anchoring import PlacedRange
from reader.core.annotations.model import COLORS, CONTEXT, STYLES, Annotation, now_iso
from reader.core.annotations.textcheck import clean_text

CONTEXT_IRI = "http://www.w3.org/ns/anno.jsonld"
DOC_URN = "urn:yomu:doc:"


class ImportError_(Exception):  # the trailing _ keeps clear of the builtin
    """An import file is unusable; nothing was changed. ``str()`` is one line."""


def annotation_iri(annotation_id: str) -> str:
    """``urn:uuid:…`` for our ids (uuid hex)."""
    try:
        return uuid.UUID(hex=annotation_id).urn
    except ValueError:
        return f"urn:yomu:annotation:{annotation_id}"


def to_jsonld(annotation: Annotation, placed: PlacedRange | None) -> dict[str, Any]:
    """One annotation as a W3C Web Annotation."""
    a, anchor = annotation, annotation.anchor
    start, end = (
        (placed.start, placed.end)
        if placed
        else (anchor.source_start, anchor.source_end)
    )
    out: dict[str, Any] = {
        "@context": CONTEXT_IRI,
        "id": annotation_iri(a.id),
        "type": "Annotation",
        "motivation": "commenting" if a.note else "highlighting",
        "created": a.created,
        "modified": a.modified,
    }
    if a.note:
        out["body"] = {"type": "TextualBody", "value": a.note, "format": "text/plain"}
    out["target"] = {
        "source": DOC_URN + a.doc_id,
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": anchor.exact,
                "prefix": anchor.prefix,
                "suffix": anchor.suffix,
            },
            {"type": "TextPositionSelector", "start": start, "end": end},
        ],
    }
    out["yomu:color"], out["yomu:style"] = a.color, a.style
    return out


@dataclass(frozen=True)
class Candidate:
    """An annotation read from a file, not yet placed in our document."""

    id: str
    exact: str
    prefix: str
    suffix: str
    position: int | None  # a start offset into OUR source, when the file says so
    note: str
    color: str
    style: str
    created: str
    modified: str


def items_of(data: object) -> list[object]:
    """The annotations in a parsed file: a list, a collection, or one annotation."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise ImportError_("expected a JSON object or list of annotations")
    types = _types(data)
    if "AnnotationCollection" in types:
        return _collection_items(data)
    if "Annotation" in types or "target" in data:
        return [data]
    for key in ("items", "rows"):  # a bare page, or a Hypothesis API search result
        if isinstance(data.get(key), list):
            return list(data[key])
    raise ImportError_("no annotations found (expected W3C Web Annotations)")


def _collection_items(data: dict[str, Any]) -> list[object]:
    page, items = data.get("first"), list[object]()
    if isinstance(data.get("items"), list):  # items on the collection itself
        items.extend(data["items"])
    while isinstance(page, dict):  # pages must be embedded: we load nothing remote
        items.extend(page.get("items") or [])
        page = page.get("next")
    if page is not None and not items:
        raise ImportError_("the collection's pages are not in the file")
    return items


def candidate(item: object, index: int) -> Candidate:
    """Read one annotation; text that could not be saved is cleaned (``textcheck``).

    Raises:
        ImportError_: it is not an annotation with a text quote (e.g. a page note).
    """
    if not isinstance(item, dict):
        raise ImportError_(f"item {index + 1}: not a JSON object")
    quote = _quote_selector(item.get("target"))
    if quote is None or not isinstance(quote.get("exact"), str) or not quote["exact"]:
        raise ImportError_(f"item {index + 1}: no TextQuoteSelector with a quote")
    created = _str(item.get("created")) or now_iso()
    return Candidate(
        id=_our_id(item, quote),
        exact=clean_text(quote["exact"]),
        prefix=clean_text((_str(quote.get("prefix")) or "")[-CONTEXT:]),
        suffix=clean_text((_str(quote.get("suffix")) or "")[:CONTEXT]),
        position=_our_position(item.get("target")),
        note=clean_text(_note(item)),
        color=_choice(item.get("yomu:color"), COLORS),
        style=_choice(item.get("yomu:style"), STYLES),
        created=clean_text(created),
        modified=clean_text(
            _str(item.get("modified")) or _str(item.get("updated")) or created
        ),
    )


def _types(obj: dict[str, Any]) -> list[str]:
    value = obj.get("type", obj.get("@type"))
    return (
        [value]
        if isinstance(value, str)
        else [t for t in value or [] if isinstance(t, str)]
    )


def _targets(target: object) -> list[dict[str, Any]]:
    items = target if isinstance(target, list) else [target]
    return [t for t in items if isinstance(t, dict)]


def _selectors(target: dict[str, Any]) -> list[dict[str, Any]]:
    sel = target.get("selector")
    items = sel if isinstance(sel, list) else [sel]
    return [s for s in items if isinstance(s, dict)]


def _quote_selector(target: object) -> dict[str, Any] | None:
    for t in _targets(target):
        for s in _selectors(t):
            if "TextQuoteSelector" in _types(s):
                return s
    return None


def _our_position(target: object) -> int | None:
    for t in _targets(target):
        if not str(t.get("source", "")).startswith(DOC_URN):
            continue  # positions in someone else's text mean nothing here
        for s in _selectors(t):
            start = s.get("start")
            if "TextPositionSelector" in _types(s) and isinstance(start, int):
                return max(0, start)
    return None


def _note(item: dict[str, Any]) -> str:
    if isinstance(item.get("bodyValue"), str):
        return str(item["bodyValue"])
    body = item.get("body")
    parts = [
        b["value"]
        for b in (body if isinstance(body, list) else [body])
        if isinstance(b, dict)
        and isinstance(b.get("value"), str)
        and b.get("purpose") not in ("tagging", "highlighting")
    ]
    if not parts and isinstance(item.get("text"), str):  # Hypothesis API format
        parts = [item["text"]]
    return "\n\n".join(p for p in parts if p)


def _our_id(item: dict[str, Any], quote: dict[str, Any]) -> str:
    """Our id: the uuid of a ``urn:uuid:`` id, else a stable uuid5 of theirs."""
    raw = item.get("id", item.get("@id"))
    if isinstance(raw, str) and raw.startswith("urn:uuid:"):
        try:
            return uuid.UUID(raw[len("urn:uuid:") :]).hex
        except ValueError:
            pass
    if not isinstance(raw, str) or not raw:
        # No id: the same quote and note imported twice should still merge.
        raw = "\0".join(
            [str(quote.get(k, "")) for k in ("exact", "prefix", "suffix")]
            + [_note(item)]
        )
    return uuid.uuid5(uuid.NAMESPACE_URL, clean_text(raw)).hex


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _choice(value: object, allowed: tuple[str, ...]) -> str:
    return value if isinstance(value, str) and value in allowed else allowed[0]
