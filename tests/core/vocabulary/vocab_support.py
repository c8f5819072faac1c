"""Helpers for the vocabulary tests: documents and drafts built by hand."""

from __future__ import annotations

from reader.core.annotations import Anchor
from reader.core.document import Document
from reader.core.vocabulary import VocabDraft
from reader.core.vocabulary.sentences import sentence_bounds
from tests.core.annotations.anno_support import lines_document

TEXT = "\n".join(
    [
        "はじめに",
        "各社とも独自の指標を持っている。私はそう考えている。",
        "強化学習の価値について話した。",
    ]
)


def document(text: str = TEXT, key: str = "file:/tmp/doc.txt") -> Document:
    """A document of one block per line (ids b0, b1, …), known by ``key``."""
    return lines_document(text, key=key)


def draft(doc: Document, word: str, form: str = "", reading: str = "") -> VocabDraft:
    """A draft for the first ``word`` in ``doc``, without the dictionary."""
    block = next(b for b in doc.blocks if word in b.text)
    start = block.text.index(word)
    end = start + len(word)
    lo, hi = sentence_bounds(block.text, start, end)
    anchor = Anchor.from_selection(doc, block.id, start, block.id, end)
    return VocabDraft(
        word, form or word, reading, "", "meaning of " + word, 0,
        block.text[lo:hi], start - lo, anchor,
    )  # fmt: skip
