"""``yomu annotations export|import|repair``: highlights and notes as files.

Each acts on one document's annotations (``--source``, default the bundled
interview). While a window holds the data folder, an import is handed to that window
(it is the only writer); an export opens the file read-only, so it never writes. The
command line never repairs on its own: a damaged file is refused (exit 2) with what
is wrong and how to repair it, which ``repair`` does explicitly.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.core.annotations import (
    AnnotationStore,
    ImportError_,
    OpenMode,
    StoreError,
    StoreWriteError,
    export_csv,
    export_jsonld,
    export_markdown,
    import_file,
    write_export,
)
from reader.core.page.textforms import inline_readings
from reader.core.page.wordslice import slice_words
from reader.core.text.document import Document
from reader.core.text.source import SourceError, load_document
from reader.paths import ANNOTATIONS_NAME, DataPaths, data_dir


def _common(p: argparse.ArgumentParser, default: object) -> None:
    """Options taken before or after the subcommand (``default`` SUPPRESS after it,
    so a value given before is not reset)."""
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="the data folder (as for yomu)",
    )
    p.add_argument(
        "--source",
        metavar="FILE",
        type=Path,
        default=default,
        help="the text whose annotations to use (default: the bundled interview)",
    )


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="yomu annotations",
        description="Export, import or repair highlights and notes.",
    )
    _common(p, None)
    sub = p.add_subparsers(dest="command", required=True)
    exp = sub.add_parser("export", help="write every annotation to a file or stdout")
    _common(exp, argparse.SUPPRESS)
    exp.add_argument(
        "--format", choices=["markdown", "jsonld", "csv"], default="markdown"
    )
    exp.add_argument(
        "--readings",
        action="store_true",
        help="markdown: quotes with readings, 漢字（かんじ）; csv: a reading column",
    )
    exp.add_argument("-o", "--output", type=Path, help="output file (default: stdout)")
    imp = sub.add_parser("import", help="merge W3C Web Annotations (JSON-LD)")
    _common(imp, argparse.SUPPRESS)
    imp.add_argument("file", type=Path)
    rep = sub.add_parser(
        "repair", help="repair a damaged annotations file (the damaged one is kept)"
    )
    _common(rep, argparse.SUPPRESS)
    return p


def _refuse_read_only(store: AnnotationStore) -> None:
    """A file this Yomu must not write (newer or unknown schema) is an error here."""
    reason = store.load_report.read_only
    if reason is not None:
        raise StoreError(f"{ANNOTATIONS_NAME}: {reason}")


def _export(doc: Document, root: Path, args: argparse.Namespace) -> str:
    store = AnnotationStore(doc, DataPaths(root).annotations, mode=OpenMode.READ)
    _refuse_read_only(store)
    if args.format == "jsonld":
        return export_jsonld(store)
    readings = _readings(doc, root) if args.readings else None
    if args.format == "csv":
        return export_csv(store, readings)
    return export_markdown(store, readings)


def _readings(doc: Document, root: Path) -> Callable[[str, int, int], str]:
    from reader.services import compute_readings

    words = compute_readings(doc, root)

    def inline(block_id: str, start: int, end: int) -> str:
        return inline_readings(slice_words(words.get(block_id, ()), start, end))

    return inline


def _import(doc: Document, root: Path, path: Path) -> int:
    from reader.single_instance import LockError, acquire

    try:
        lock = acquire(root)
    except LockError as exc:
        print(f"yomu: error: {exc}", file=sys.stderr)
        return 2
    if lock is None:
        return _hand_over(root, path)
    try:
        store = AnnotationStore(doc, DataPaths(root).annotations, mode=OpenMode.STRICT)
        _refuse_read_only(store)
        report = import_file(store, path)
        store.close()
    finally:
        lock.unlock()
    skipped = f", {report.skipped} skipped (no quote)" if report.skipped else ""
    print(
        f"imported {report.added} new, {report.duplicates} already present, "
        f"{report.needs_review} need review{skipped}"
    )
    return 0


def _repair(doc: Document, root: Path) -> int:
    """Repair the file atomically, as the window would, and say what was done."""
    from reader.single_instance import LockError, acquire

    try:
        lock = acquire(root)
    except LockError as exc:
        raise StoreError(str(exc)) from None
    if lock is None:
        raise StoreError(
            f"a Yomu window is using {root}; it repairs the file when it opens "
            "(close it to repair from here)"
        )
    try:
        store = AnnotationStore(doc, DataPaths(root).annotations, mode=OpenMode.REPAIR)
        store.close()
    finally:
        lock.unlock()
    _refuse_read_only(store)
    report = store.load_report
    if report.moved_aside is None:
        print(f"{DataPaths(root).annotations}: nothing to repair")
        return 0
    print(
        f"repaired {DataPaths(root).annotations} ({report.reason}); kept {report.kept} "
        f"record(s); the damaged file was kept as {report.moved_aside}"
    )
    return 0


def _hand_over(root: Path, path: Path) -> int:
    """The window over ``root`` is the writer: it imports, this process reports."""
    from reader.single_instance import ConnectionLost, send

    def waiting() -> None:
        print("yomu: the open window is still importing; waiting", file=sys.stderr)

    try:
        reply = send(root, f"import {path.resolve()}", on_wait=waiting)
    except ConnectionLost:
        print(
            "yomu: error: the open window closed the connection before it answered; "
            "whether the import was saved is unknown: look in the window, or run "
            "'yomu annotations export'",
            file=sys.stderr,
        )
        return 2
    if reply is None:
        print(
            f"yomu: error: the window over {root} closed before the import was "
            "handed to it; nothing was imported: try again",
            file=sys.stderr,
        )
        return 2
    return _report_reply(reply)


def _report_reply(reply: str) -> int:
    """Print the window's answer: ``ok COUNTS`` or ``error TEXT``."""
    status, _, text = reply.partition(" ")
    if status == "ok" and text:
        print(f"handed to the open window: {text}")
        return 0
    if status == "error" and text:
        print(f"yomu: error: {text}", file=sys.stderr)
        return 2
    print(
        f"yomu: error: the open window gave an answer this command does not "
        f"understand ({reply!r}); look in the window to see what was imported",
        file=sys.stderr,
    )
    return 2


def run_annotations(argv: Sequence[str]) -> int:
    """Entry point of ``yomu annotations``."""
    args = parser().parse_args(argv)
    try:
        root = data_dir(args.data_dir)
        doc = load_document(args.source)
        if args.command == "import":
            return _import(doc, root, args.file)
        if args.command == "repair":
            return _repair(doc, root)
        text = _export(doc, root, args)
    except (ImportError_, StoreError, StoreWriteError, SourceError) as exc:
        print(f"yomu: error: {exc}", file=sys.stderr)
        return 2
    if args.output is None:
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        sys.stdout.write(text)
    else:
        try:
            write_export(args.output, text)
        except OSError as exc:
            print(
                f"yomu: error: cannot write {args.output}: {exc.strerror or exc}",
                file=sys.stderr,
            )
            return 2
    return 0
