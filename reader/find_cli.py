"""``yomu find QUERY [SOURCE]``: every place the text says QUERY, as written or read.

QUERY may be text (各社), kana (かくしゃ) or romaji (kakusha, kyōka, kyouka). One
line per hit, tab-separated: section, speaker, offset (code points into the file)
and the line around the hit with the hit marked (【】, or bold on a terminal).
Exit status: 0 found, 1 nothing found, 2 a bad source or command line.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from reader.core.document import Block, Document
from reader.core.find import FindIndex, Hit
from reader.core.source import load_document
from reader.paths import data_dir

EXIT_NOT_FOUND = 1
CONTEXT = 30  # code points shown each side of a hit
BOLD, PLAIN = ("\x1b[1m", "\x1b[0m"), ("【", "】")


def parser() -> argparse.ArgumentParser:
    """The parser of ``yomu find``."""
    from reader.cli import Parser

    p = Parser(
        prog="yomu find",
        description="Find QUERY in the text as written, by kana or by romaji.",
    )
    p.add_argument("query", metavar="QUERY", help="text, kana or romaji")
    p.add_argument(
        "source",
        nargs="?",
        type=Path,
        help="a UTF-8 text file (default: the bundled interview)",
    )
    p.add_argument("--data-dir", metavar="DIR", help="data folder (readings cache)")
    return p


def section_label(doc: Document, block: Block) -> str:
    """The section's title, or what the block is outside any titled section."""
    if block.section < 0:
        return "(footer)"
    title = doc.sections[block.section].title if doc.sections else ""
    return title or "(introduction)"


def hit_line(block: Block, hit: Hit, marks: tuple[str, str]) -> str:
    """The line of ``block`` around ``hit``, the hit between ``marks``."""
    text = block.text
    lo = max(text.rfind("\n", 0, hit.start) + 1, hit.start - CONTEXT)
    newline = text.find("\n", hit.end)
    hi = min(len(text) if newline < 0 else newline, hit.end + CONTEXT)
    before = ("…" if lo > 0 and text[lo - 1] != "\n" else "") + text[lo : hit.start]
    after = text[hit.end : hi] + ("…" if hi < len(text) and text[hi] != "\n" else "")
    return f"{before}{marks[0]}{hit.text}{marks[1]}{after}"


def run_find(argv: Sequence[str]) -> int:
    """Entry point of ``yomu find``."""
    from reader.cli import compute_readings

    args = parser().parse_args(argv)
    doc = load_document(args.source)
    index = FindIndex(doc, compute_readings(doc, data_dir(args.data_dir)))
    hits = index.find(args.query)
    if not hits:
        print(f"yomu find: nothing found for {args.query[:40]!r}", file=sys.stderr)
        return EXIT_NOT_FOUND
    try:
        _print_hits(doc, hits, BOLD if sys.stdout.isatty() else PLAIN)
    except BrokenPipeError:  # yomu find … | head: the reader has seen enough
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115  # Python's advice
        return 0
    print(f"{len(hits)} hit(s) for {args.query!r}", file=sys.stderr)
    return 0


def _print_hits(doc: Document, hits: Sequence[Hit], marks: tuple[str, str]) -> None:
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    for hit in hits:
        block = doc.block(hit.block_id)
        fields = (
            section_label(doc, block),
            block.speaker or "-",
            str(block.start + hit.start),
            hit_line(block, hit, marks).replace("\t", " "),
        )
        print("\t".join(fields))
    sys.stdout.flush()
