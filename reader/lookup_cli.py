"""``yomu lookup TEXT [--json]``: what the popup shows for the word at TEXT's start.

Exit status: 0 found, 1 nothing found, 2 the dictionary is missing or damaged (or
the command line is wrong).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from reader.core.lookup import DictionaryError, Lookup
from reader.core.lookup.present import result_dict, result_text

EXIT_NOT_FOUND = 1
EXIT_BROKEN = 2


def parser() -> argparse.ArgumentParser:
    """The parser of ``yomu lookup``."""
    p = argparse.ArgumentParser(
        prog="yomu lookup",
        description="Look up the word at the start of TEXT in JMdict, JMnedict "
        "and KANJIDIC2 (offline).",
    )
    p.add_argument(
        "text", metavar="TEXT", help="Japanese text; its first word is looked up"
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    return p


def run_lookup(argv: Sequence[str], lookup: Lookup | None = None) -> int:
    """Run ``yomu lookup`` with ``argv``; returns the exit status."""
    args = parser().parse_args(argv)
    text = args.text.strip()
    lookup = lookup or Lookup()
    try:
        result = lookup.at(text, 0)
        kanji = lookup.kanji(result.best.form) if result.best else ()
    except DictionaryError as exc:
        print(f"yomu lookup: error: {exc}", file=sys.stderr)
        return EXIT_BROKEN
    if not result.found:
        print(f"yomu lookup: nothing found for {text[:40]!r}", file=sys.stderr)
        return EXIT_NOT_FOUND
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    if args.json:
        json.dump(result_dict(result, kanji), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(result_text(result, kanji))
    return 0
