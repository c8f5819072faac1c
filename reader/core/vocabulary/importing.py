"""Vocabulary in: a TSV of words (and, optionally, the sentence each comes from).

Each word is placed in the text, in its sentence when the sentence is found there,
else at its first occurrence (as written, else by the find index, which also
finds a word given in kana or romaji by its reading); then it is looked up as
"Add to vocabulary" does. What cannot be placed is reported, never guessed.

The file: UTF-8, one word a line, a tab, then the sentence if any; cells escaped as
the TSV export writes them (``\\t``, ``\\n``, ``\\\\``). A first row whose first
cell is ``Word`` is a header; a ``Sentence`` column there is used, so a TSV
exported by Yomu comes back in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from reader.core.annotations.model import new_id, now_iso
from reader.core.document import Document
from reader.core.find import FindIndex
from reader.core.lookup import Lookup
from reader.core.readings import Word
from reader.core.vocabulary.model import VocabEntry
from reader.core.vocabulary.selection import draft_at

_ESCAPE = re.compile(r"\\(.)")
_UNESCAPED = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}


@dataclass(frozen=True)
class Row:
    """One word to import, with the sentence it comes from ("" if none)."""

    line: int
    word: str
    sentence: str = ""


@dataclass
class ImportPlan:
    """What an import found: entries to add, and the words it could not place."""

    entries: list[VocabEntry] = field(default_factory=list)
    unplaced: list[Row] = field(default_factory=list)


def _cell(text: str) -> str:
    return _ESCAPE.sub(lambda m: _UNESCAPED.get(m.group(1), m.group(0)), text).strip()


def parse_rows(text: str) -> list[Row]:
    """The rows of a vocabulary TSV (blank lines and ``#`` comments skipped)."""
    lines = text.lstrip("\ufeff").splitlines()
    word_col, sentence_col = 0, 1
    rows: list[Row] = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [_cell(c) for c in line.split("\t")]
        if not rows and number == _first(lines) and cells[0].casefold() == "word":
            names = [c.casefold() for c in cells]
            has = "sentence" in names
            sentence_col = names.index("sentence") if has else len(names)
            continue
        sentence = cells[sentence_col] if sentence_col < len(cells) else ""
        if cells[word_col]:
            rows.append(Row(number, cells[word_col], sentence))
    return rows


def _first(lines: Sequence[str]) -> int:
    for number, line in enumerate(lines, 1):
        if line.strip() and not line.lstrip().startswith("#"):
            return number
    return 0


def place(
    document: Document, row: Row, index: FindIndex | None
) -> tuple[str, int, int] | None:
    """(block id, start, end) of the row's word: in its sentence, else first seen."""
    if row.sentence:
        for block in document.blocks:
            at = block.text.find(row.sentence)
            inner = row.sentence.find(row.word) if at >= 0 else -1
            if inner >= 0:
                return block.id, at + inner, at + inner + len(row.word)
    for block in document.blocks:
        at = block.text.find(row.word)
        if at >= 0:
            return block.id, at, at + len(row.word)
    hits = index.find(row.word) if index is not None else []
    return (hits[0].block_id, hits[0].start, hits[0].end) if hits else None


def plan_import(
    document: Document,
    rows: Sequence[Row],
    readings: Mapping[str, Sequence[Word]],
    lookup: Lookup | None,
) -> ImportPlan:
    """Place and look up every row; entries are made, not yet saved.

    Raises:
        DictionaryError: the dictionary is missing or damaged (pass ``lookup=None``
            to import without it).
    """
    index = FindIndex(document, readings) if readings else None
    plan = ImportPlan()
    stamp = now_iso()
    for row in rows:
        spot = place(document, row, index)
        if spot is None:
            plan.unplaced.append(row)
            continue
        block_id, start, end = spot
        draft = draft_at(document, block_id, start, end, lookup, readings.get(block_id))
        fields = {k: getattr(draft, k) for k in type(draft).__dataclass_fields__}
        entry = VocabEntry(
            id=new_id(),
            doc_key=document.key,
            doc_id=document.doc_id,
            created=stamp,
            modified=stamp,
            **fields,
        )
        plan.entries.append(entry)
    return plan
