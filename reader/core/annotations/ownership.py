"""Which records belong to a document, and what is known not to fit its text.

Every record names its document by ``doc_key`` (``Document.key``, stable across
edits of the text). A record of schema version 1 names none (``doc_key == ""``); a
document claims it on opening when

* its ``doc_id`` (the content digest the record was made on) is the document's, or
* it lies exactly where it says in the document's text (same blocks, same quote,
  same surroundings), or
* it has no ``doc_id`` (an import that found no place) and the document is the
  bundled interview, the only text versions before 2 opened by default.

Records no document claims stay in the file as they are, forever.

A record that could not be placed in a text is remembered with the text's digest and
a hash of its anchor (``UNPLACED_TABLE``): later openings of the same text skip the
search (a long near-miss is the slowest thing anchoring does) until the text or the
anchor changes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from reader.core.annotations.anchoring import Resolver
from reader.core.annotations.model import Annotation
from reader.core.document import Document

Mark = dict[str, str]


def claims(
    records: Iterable[Annotation], document: Document, resolver: Resolver
) -> tuple[list[Annotation], list[Annotation], set[str]]:
    """Split ``records`` into this document's and the others'.

    Returns:
        The document's records (those claimed now carry its key), the ids claimed
        now (to be saved), and the ids of everyone else's records.
    """
    mine: list[Annotation] = []
    claimed: list[Annotation] = []
    others: set[str] = set()
    key = document.key
    for record in records:
        if record.doc_key == key:
            mine.append(record)
        elif not record.doc_key and _belongs(record, document, resolver):
            record = replace(record, doc_key=key)
            mine.append(record)
            claimed.append(record)
        else:
            others.add(record.id)
    return mine, claimed, others


def _belongs(record: Annotation, document: Document, resolver: Resolver) -> bool:
    if record.doc_id == document.doc_id:
        return True
    if not record.doc_id:
        return document.bundled
    placed = resolver.exact(record.anchor)
    return placed is not None


def mark_for(annotation: Annotation, document: Document) -> Mark:
    """What "could not be placed" remembers: the text's digest and the anchor."""
    anchor = json.dumps(annotation.anchor.to_dict(), sort_keys=True, ensure_ascii=True)
    digest = hashlib.sha256(anchor.encode()).hexdigest()[:16]
    return {"digest": document.doc_id, "anchor": digest}


def marks_of(table: Mapping[str, Any], ids: Iterable[str]) -> dict[str, Mark]:
    """The well-formed marks of ``ids`` in a stored table (junk is ignored)."""
    out: dict[str, Mark] = {}
    for key in ids:
        mark = table.get(key)
        if (
            isinstance(mark, dict)
            and isinstance(mark.get("digest"), str)
            and isinstance(mark.get("anchor"), str)
        ):
            out[key] = {"digest": mark["digest"], "anchor": mark["anchor"]}
    return out
