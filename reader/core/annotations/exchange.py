"""Export to Markdown, JSON-LD and CSV; import W3C Web Annotations.

Notes are user text, so every export escapes them for its format (design.md, "The page
is untrusted output"): Markdown by backslash escapes and a "> " before every line, so a
note cannot end its block quote or open a heading, list or HTML block; JSON through the
``json`` module; CSV through the ``csv`` module, with a ``'`` before any cell a
spreadsheet would run as a formula.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reader.core.annotations.anchoring import PlacedRange
from reader.core.annotations.errors import ImportError_
from reader.core.annotations.jsonld import (
    CONTEXT_IRI,
    DOC_URN,
    Candidate,
    candidate,
    items_of,
    to_jsonld,
)
from reader.core.annotations.model import Anchor, Annotation
from reader.core.annotations.storage import atomic_write
from reader.core.annotations.store import AnnotationStore
from reader.core.annotations.turns import Turn, quote_turns, speakers

MAX_IMPORT_BYTES = 20 * 1024 * 1024
#: (block_id, start, end) -> that stretch of the block's text with inline readings.
Readings = Callable[[str, int, int], str]

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&!])")
_MD_LINE_START = re.compile(r"^(\d+)([.)])|^([-+=])")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

__all__ = [
    "ImportReport",
    "export_csv",
    "export_jsonld",
    "export_markdown",
    "import_file",
    "write_export",
]


# -- Markdown ----------------------------------------------------------------------


def escape_markdown(line: str) -> str:
    """One line of text made inert in Markdown (shown as written)."""
    line = _MD_SPECIAL.sub(r"\\\1", line)
    line = _MD_LINE_START.sub(
        lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", line
    )
    # Leading spaces would make an indented code block; NBSP keeps the look.
    stripped = line.lstrip(" \t")
    return "\u00a0" * (len(line) - len(stripped)) + stripped


def _quoted(text: str) -> list[str]:
    """``text`` as block-quote lines, every line escaped and prefixed."""
    return [f"> {escape_markdown(s)}" if s.strip() else ">" for s in text.split("\n")]


def _turns(
    store: AnnotationStore,
    a: Annotation,
    readings: Readings | None,
    sep: str,
) -> list[Turn]:
    """The quote of ``a`` turn by turn; an unplaced one is its stored quote."""
    placed = store.placement(a.id)
    if placed is None:
        return [Turn(None, a.anchor.exact)]
    return quote_turns(store.document, placed.pieces, readings, sep)


def _entry(
    store: AnnotationStore, a: Annotation, readings: Readings | None
) -> list[str]:
    """One annotation: each turn of its quote with its speaker, then the note."""
    lines: list[str] = []
    for turn in _turns(store, a, readings, "\n\n"):  # one paragraph per block
        if lines:
            lines.append(">")
        lines += _quoted(turn.text)
        if turn.speaker:
            lines += [">", f"> — {escape_markdown(turn.speaker)}"]
    if a.note.strip():
        note = _quoted(a.note)
        note[0] = "> **Note:** " + note[0].removeprefix(">").lstrip()
        lines += [">", *note]
    return [*lines, ""]


def _section_title(store: AnnotationStore, placed: PlacedRange | None) -> str:
    if placed is None:
        return "Needs review (not found in the current text)"
    index = store.document.block(placed.pieces[0].block_id).section
    titles = {s.index: s.title for s in store.document.sections}
    return titles.get(index, "After the interview")


def export_markdown(store: AnnotationStore, readings: Readings | None = None) -> str:
    """Highlights and notes as Markdown, grouped under section titles.

    Args:
        store: the annotations and their document.
        readings: optional function giving a stretch of a block with inline readings,
            e.g. 漢字（かんじ）; called per block piece of each quote.
    """
    out = [f"# {escape_markdown(store.document.title)}", ""]
    current = None
    for a in store.all():
        title = _section_title(store, store.placement(a.id))
        if title != current:
            out += [f"## {escape_markdown(title)}", ""]
            current = title
        out += _entry(store, a, readings)
    return final_newline("\n".join(out))


def final_newline(text: str) -> str:
    """``text`` ending in exactly one newline, as a text file should (POSIX)."""
    return text.rstrip("\n") + "\n"


# -- JSON-LD and CSV -----------------------------------------------------------------


def export_jsonld(store: AnnotationStore) -> str:
    """Every annotation as a W3C AnnotationCollection (JSON-LD)."""
    items = [to_jsonld(a, store.placement(a.id)) for a in store.all()]
    # The Web Annotation model requires an IRI for the collection and each page.
    collection_id = f"{DOC_URN}{store.document.doc_id}:annotations"
    collection = {
        "@context": CONTEXT_IRI,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": store.document.title,
        "total": len(items),
        "first": {
            "id": f"{collection_id}:page:1",
            "type": "AnnotationPage",
            "partOf": collection_id,
            "startIndex": 0,
            "items": items,
        },
    }
    return final_newline(json.dumps(collection, ensure_ascii=False, indent=2))


def csv_cell(value: str) -> str:
    """A cell a spreadsheet will show as text, never evaluate."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def export_csv(
    store: AnnotationStore, readings: Readings | None = None, *, bom: bool = True
) -> str:
    """One row per annotation: section, speaker, quote, note, color, style, created.

    Args:
        store: the annotations and their document.
        readings: optional function giving a stretch of a block with inline
            readings; with it, a ``reading`` column follows the quote.
        bom: start with a UTF-8 byte order mark, which Excel needs to see UTF-8.
    """
    buf = io.StringIO()
    writer = csv.writer(buf)
    header = ["section", "speaker", "quote", "note", "color", "style", "created"]
    if readings is not None:
        header.insert(3, "reading")
    writer.writerow(header)
    for a in store.all():
        turns = _turns(store, a, None, "\n")
        row = [
            _section_title(store, store.placement(a.id)),
            speakers(turns),
            "\n".join(t.text for t in turns),
            a.note,
            a.color,
            a.style,
            a.created,
        ]
        if readings is not None:
            row.insert(3, "\n".join(t.text for t in _turns(store, a, readings, "\n")))
        writer.writerow([csv_cell(c) for c in row])
    return ("\ufeff" if bom else "") + buf.getvalue()


def write_export(path: str | Path, text: str) -> None:
    """Save an export atomically (UTF-8)."""
    atomic_write(Path(path), text)


# -- import ------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportReport:
    """What an import did.

    Attributes:
        found: annotations in the file.
        added: new annotations saved.
        duplicates: already present (same id, or same place, note and colour).
        needs_review: added but not found in the text: kept, listed for review.
        skipped: items that are not annotations of a text quote (e.g. page notes).
    """

    found: int
    added: int
    duplicates: int
    needs_review: int
    skipped: int = 0


def import_file(store: AnnotationStore, path: str | Path) -> ImportReport:
    """Import W3C Web Annotations into ``store``: all of them or, on error, none.

    The whole import is one write and one undo step. Items that are not annotations
    of a text quote (a page note, say) are skipped and counted; a file from which
    nothing can be taken is an error, never a success.

    Raises:
        ImportError_: the file is missing, too large, not JSON, or holds no
            annotation of a text quote.
        StoreWriteError: the store could not save (or is read-only): nothing changed.
    """
    path = Path(path)
    candidates, refused = _read_candidates(path)
    if not candidates:
        why = f" ({len(refused)} skipped; first: {refused[0]})" if refused else ""
        raise ImportError_(f"{path}: nothing to import{why}")
    annotations = [_annotation(store, c) for c in candidates]
    added = store.add_many(annotations)
    lost = sum(1 for a in added if store.placement(a.id) is None)
    return ImportReport(
        len(candidates),
        len(added),
        len(candidates) - len(added),
        lost,
        len(refused),
    )


def _read_candidates(path: Path) -> tuple[list[Candidate], list[str]]:
    """The readable annotations in ``path``, and why each other item was not."""
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportError_(
                f"{path} is too large ({size / 2**20:.1f} MB; limit 20 MB)"
            )
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ImportError_(f"{path}: cannot read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise ImportError_(f"{path}: not UTF-8 text") from exc
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ImportError_(f"{path}: not valid JSON") from exc
    found: list[Candidate] = []
    refused: list[str] = []
    for i, item in enumerate(items_of(data)):
        try:
            found.append(candidate(item, i))
        except ImportError_ as exc:
            refused.append(str(exc))
    return found, refused


def _annotation(store: AnnotationStore, c: Candidate) -> Annotation:
    """Place a candidate by its quote; unplaced ones keep the quote for review."""
    hint = c.position or 0
    anchor = Anchor(
        "", 0, "", 0, hint, hint + len(c.exact), c.exact, c.prefix, c.suffix
    )
    placed = store.resolver.resolve(anchor)
    return Annotation(
        id=c.id,
        doc_id=store.document.doc_id if placed else "",
        anchor=placed.anchor if placed else anchor,
        color=c.color,
        style=c.style,
        note=c.note,
        created=c.created,
        modified=c.modified,
    )
