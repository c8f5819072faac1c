"""Reading records back from a file that is not valid JSON, in linear time.

A record as ``to_dict`` writes it is an object whose first key is one of the
annotation's own keys, and no such opening (``{"id":`` and the like) can occur inside
a valid JSON text except where an object starts: inside a string the quote after
``{`` would end the string, and a key cannot follow a string. So a sound record lies
between one such opening and the next, and decoding each stretch once reads every
character once: linear, however the file was damaged (the old scan decoded at every
``{`` up to the end of the file: quadratic).

Two records under one id are both kept (``rename_duplicates``); the same record twice
is one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from reader.core.annotations.model import Annotation, new_id

_RECORD_START = re.compile(
    r'\{\s*"(?:id|doc_id|doc_key|anchor|color|style|note|created|modified)"\s*:'
)


@dataclass(frozen=True)
class Salvaged:
    """What ``salvage`` read, and the work it took (for tests of its cost).

    Attributes:
        records: the sound records, each under an id of its own.
        attempts: stretches handed to the JSON decoder.
        scanned: characters in those stretches (at most the length of the text).
    """

    records: list[Annotation]
    attempts: int
    scanned: int


def salvage(text: str) -> Salvaged:
    """Every complete annotation record in ``text``, even if ``text`` is not JSON."""
    starts = [m.start() for m in _RECORD_START.finditer(text)]
    decoder = json.JSONDecoder()
    found: list[Annotation] = []
    scanned = 0
    for i, pos in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        stretch = text[pos:end]
        scanned += len(stretch)
        try:
            found.append(Annotation.from_dict(decoder.raw_decode(stretch)[0]))
        except (ValueError, RecursionError):  # not JSON, not a record, too deep
            continue
    return Salvaged(rename_duplicates(found), len(starts), scanned)


def rename_duplicates(records: Sequence[Annotation]) -> list[Annotation]:
    """``records`` with one copy of each repeated record, and a new id for each
    different record that shares an id with a later one (the later keeps it)."""
    last = {a.id: i for i, a in enumerate(records)}
    seen: dict[str, list[Annotation]] = {}
    out: list[Annotation] = []
    for i, annotation in enumerate(records):
        j = last[annotation.id]
        if i != j:
            copies = seen.setdefault(annotation.id, [records[j]])
            if annotation in copies:
                continue  # the same record twice is one record
            copies.append(annotation)
            annotation = replace(annotation, id=new_id())
        out.append(annotation)
    return out


def split_duplicates(text: str, table: str) -> list[tuple[str, Any]] | None:
    """The records of ``table`` in the JSON ``text``, each under an id of its own.

    ``json.loads`` keeps only the last of two equal keys; here every copy is seen.
    Returns None when the table has no repeated key.
    """
    repeated: dict[int, tuple[dict[str, Any], list[tuple[str, Any]]]] = {}

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            repeated[id(obj)] = (obj, pairs)  # the object is kept alive: ids unique
        return obj

    try:
        data = json.loads(text, object_pairs_hook=hook)
    except (ValueError, RecursionError):
        return None
    found = repeated.get(id(data.get(table))) if isinstance(data, dict) else None
    if found is None or found[0] is not data.get(table):
        return None
    return _renamed(found[1])


def _renamed(pairs: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    last = {key: i for i, (key, _) in enumerate(pairs)}
    seen: dict[str, list[Any]] = {}
    out: list[tuple[str, Any]] = []
    for i, (key, raw) in enumerate(pairs):
        j = last[key]
        if i != j:
            copies = seen.setdefault(key, [pairs[j][1]])
            if raw in copies:
                continue  # the same record twice is one record
            copies.append(raw)
            key = new_id()
            if isinstance(raw, dict) and "id" in raw:
                raw = {**raw, "id": key}
        out.append((key, raw))
    return out
