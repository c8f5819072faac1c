"""``yomu vocab list|export|import``: the vocabulary from the command line.

``list`` and ``export`` open the store read-only (they never write, a window may
be open). ``import`` writes, so it takes the data folder's lock; while a window
holds it, the import is handed to the window (``vocab-import PATH``), and a window
that does not know that command yet is answered with a refusal to close it first.
Exit status: 0 done, 1 nothing to list or export, 2 an error (one line).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from reader.annotations_cli import STORE_NAME
from reader.core.annotations import OpenMode, StoreError, StoreWriteError
from reader.core.document import Document
from reader.core.lookup import DictionaryError, Lookup
from reader.core.source import SourceError, load_document
from reader.core.vocabulary import VocabularyStore, search
from reader.paths import data_dir

EXIT_EMPTY = 1
EXIT_ERROR = 2
COMMAND = "vocab-import"


def _common(p: argparse.ArgumentParser, default: object) -> None:
    p.add_argument("--data-dir", metavar="DIR", default=default, help="data folder")
    p.add_argument(
        "--source",
        metavar="FILE",
        type=Path,
        default=default,
        help="the text whose vocabulary to use (default: the bundled interview)",
    )


def parser() -> argparse.ArgumentParser:
    """The parser of ``yomu vocab``."""
    from reader.cli import Parser

    p = Parser(prog="yomu vocab", description="List, export or import vocabulary.")
    _common(p, None)
    sub = p.add_subparsers(dest="command", required=True, parser_class=Parser)
    lst = sub.add_parser("list", help="print the words by section")
    _common(lst, argparse.SUPPRESS)
    lst.add_argument("--match", metavar="QUERY", help="only words matching QUERY")
    exp = sub.add_parser("export", help="write an Anki deck (.apkg) or a TSV file")
    _common(exp, argparse.SUPPRESS)
    exp.add_argument("--format", choices=["apkg", "tsv"], default="apkg")
    exp.add_argument(
        "-o", "--output", type=Path, help="output file (apkg: required; tsv: stdout)"
    )
    exp.add_argument("--deck", help="Anki deck name (default: Yomu vocabulary)")
    exp.add_argument("--match", metavar="QUERY", help="only words matching QUERY")
    imp = sub.add_parser("import", help="add the words of a TSV file (word, sentence)")
    _common(imp, argparse.SUPPRESS)
    imp.add_argument("file", type=Path)
    return p


def _open_read(doc: Document, root: Path) -> VocabularyStore:
    store = VocabularyStore(doc, root / STORE_NAME, mode=OpenMode.READ)
    reason = store.load_report.read_only
    if reason is not None:
        raise StoreError(f"{STORE_NAME}: {reason}")
    return store


def _list(doc: Document, root: Path, query: str | None) -> int:
    store = _open_read(doc, root)
    entries = search(store.all(), query) if query else store.all()
    if not entries:
        print("yomu vocab: no words" + (f" match {query!r}" if query else ""))
        return EXIT_EMPTY
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    for section, group in store.by_section(entries):
        title = "needs review" if section is None else section.title or "(intro)"
        print(f"# {title}")
        for e in group:
            print(f"{e.form}\t{e.reading}\t{e.romaji}\t{e.gloss}\t{e.sentence}")
    return 0


def _export(doc: Document, root: Path, args: argparse.Namespace) -> int:
    from reader.cli import compute_readings
    from reader.core.vocabulary.exchange import (
        DEFAULT_DECK,
        block_sentence_words,
        cards_for,
        tsv_text,
        write_apkg,
    )

    store = _open_read(doc, root)
    entries = search(store.all(), args.match) if args.match else store.all()
    if not entries:
        print("yomu vocab: no words to export", file=sys.stderr)
        return EXIT_EMPTY
    readings = compute_readings(doc, root)
    cards = cards_for(store, entries, block_sentence_words(doc, store, readings))
    if args.format == "tsv":
        return _write_text(tsv_text(cards), args.output)
    if args.output is None:
        raise StoreError("an Anki deck is a file: give it with -o FILE.apkg")
    try:
        count = write_apkg(args.output, cards, args.deck or DEFAULT_DECK)
    except OSError as exc:
        raise StoreError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    print(f"wrote {count} note(s) to {args.output}")
    return 0


def _write_text(text: str, output: Path | None) -> int:
    if output is None:
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        sys.stdout.write(text)
        return 0
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"cannot write {output}: {exc.strerror or exc}") from None
    return 0


def _import(doc: Document, root: Path, path: Path) -> int:
    from reader.ui.single_instance import LockError, acquire

    try:
        rows_text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise StoreError(f"cannot read {path}: it is not UTF-8 text") from None
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        lock = acquire(root)
    except LockError as exc:
        raise StoreError(str(exc)) from None
    if lock is None:
        return _hand_over(root, path)
    try:
        return _import_locked(doc, root, rows_text)
    finally:
        lock.unlock()


def _import_locked(doc: Document, root: Path, text: str) -> int:
    from reader.cli import compute_readings
    from reader.core.vocabulary.importing import parse_rows, plan_import

    rows = parse_rows(text)
    store = VocabularyStore(doc, root / STORE_NAME, mode=OpenMode.STRICT)
    if store.read_only is not None:
        raise StoreError(f"{STORE_NAME}: {store.read_only}")
    readings = compute_readings(doc, root)
    try:
        plan = plan_import(doc, rows, readings, Lookup())
    except DictionaryError as exc:
        print(f"yomu vocab: {exc}; importing without meanings", file=sys.stderr)
        plan = plan_import(doc, rows, readings, None)
    added = store.add_many(plan.entries)
    store.close()
    print(
        f"imported {len(added)} new, {len(plan.entries) - len(added)} already "
        f"present, {len(plan.unplaced)} could not be placed"
    )
    for row in plan.unplaced:
        print(f"  line {row.line}: {row.word!r} is not in the text", file=sys.stderr)
    return 0


def _hand_over(root: Path, path: Path) -> int:
    """A window holds the folder: it imports, if it knows how; else refuse."""
    from reader.ui.single_instance import ConnectionLost, send

    try:
        reply = send(root, f"{COMMAND} {path.resolve()}")
    except ConnectionLost:
        reply = "error the open window closed the connection; nothing is known"
    if reply is None:
        reply = "error the open window closed before the import was handed to it"
    status, _, text = reply.partition(" ")
    if status == "ok" and text and text != "activated":
        print(f"handed to the open window: {text}")
        return 0
    if status == "error":
        raise StoreError(text)
    raise StoreError(
        f"a Yomu window is using {root} and cannot import vocabulary yet; "
        "close it and run this command again"
    )


def run_vocab(argv: Sequence[str]) -> int:
    """Entry point of ``yomu vocab``."""
    args = parser().parse_args(argv)
    try:
        root = data_dir(args.data_dir)
        doc = load_document(args.source)
        if args.command == "list":
            return _list(doc, root, args.match)
        if args.command == "export":
            return _export(doc, root, args)
        return _import(doc, root, args.file)
    except (StoreError, StoreWriteError, SourceError) as exc:
        print(f"yomu: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
