"""Command line: open the reader, take a screenshot, or export.

yomu [--data-dir DIR] [SOURCE]
yomu --screenshot FILE [--aids MODE] [--theme NAME] [--vertical]
yomu export [SOURCE] [--aids MODE] [--furigana-level LEVEL] [--format …] [-o FILE]
yomu annotations export|import …
yomu find QUERY [SOURCE]
yomu vocab list|export|import …
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli_parser import CliError, Parser
from reader.core.choices import Aids, FuriganaLevel, Theme
from reader.core.readings import RomajiStyle
from reader.core.text.source import SourceError, load_document
from reader.paths import DataFolderError, data_dir

if TYPE_CHECKING:
    from reader.core.page.export import Readings

# What export needs is imported when it runs: the window path starts faster without.
FORMATS = ("html", "text", "markdown")
ROMAJI_STYLES = tuple(s.value for s in RomajiStyle)

EXIT_USAGE = 2
# A window side in pixels for --screenshot: readable at the low end, and at the high
# end a grab of 8192 x 8192 already takes 256 MB (20000 x 20000 took 8 GB).
MIN_SIDE, MAX_SIDE = 200, 8192
SIZE_PATTERN = re.compile(r"\s*(\d{1,6})\s*[xX×]\s*(\d{1,6})\s*")


def window_size(text: str) -> tuple[int, int]:
    """``--size WIDTHxHEIGHT``, each side within ``MIN_SIDE``..``MAX_SIDE`` pixels."""
    match = SIZE_PATTERN.fullmatch(text)
    if match is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a size; write WIDTHxHEIGHT, e.g. 1280x860"
        )
    width, height = int(match[1]), int(match[2])
    if not all(MIN_SIDE <= side <= MAX_SIDE for side in (width, height)):
        raise argparse.ArgumentTypeError(
            f"{width}x{height} is out of range; each side must be "
            f"{MIN_SIDE} to {MAX_SIDE} pixels"
        )
    return width, height


def _add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for annotations, settings and caches "
        "(default: $YOMU_DATA_DIR or the system's app data folder)",
    )


def _add_source(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source",
        nargs="?",
        type=Path,
        help="a text file: UTF-8, or Shift_JIS as Aozora Bunko distributes "
        "its texts (default: the bundled interview)",
    )


def export_parser() -> argparse.ArgumentParser:
    """The parser of ``yomu export``."""
    p = Parser(prog="yomu export", description="Export the text with reading aids.")
    _add_source(p)
    p.add_argument(
        "--aids", choices=[a.value for a in Aids], default=Aids.FURIGANA.value
    )
    p.add_argument(
        "--furigana-level",
        choices=[level.value for level in FuriganaLevel],
        default=FuriganaLevel.ALL.value,
        help="furigana only on words with a kanji above this level: gradeN (school "
        "grade 1-6), joyo, or jlptN (old JLPT level 4 easiest … 1); default: all",
    )
    p.add_argument(
        "--all-readings",
        action="store_true",
        help="keep the readings of the words marked known in the window "
        "(default: leave them out, as the window's export does)",
    )
    p.add_argument("--format", choices=FORMATS, default="html")
    p.add_argument(
        "--romaji-style",
        choices=ROMAJI_STYLES,
        default="macron",
        help="macron: kyōka gakushū; ascii: kyouka gakushuu",
    )
    p.add_argument("-o", "--output", type=Path, help="output file (default: stdout)")
    _add_data_dir(p)
    return p


def _write_output(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot write {output}: {exc.strerror or exc}") from None


def known_words(root: Path) -> frozenset[str]:
    """The words marked known in data folder ``root``, read without writing.

    Raises:
        CliError: the annotations file cannot be read (it is left as it is).
    """
    from reader.core.annotations import OpenMode, StoreError
    from reader.core.known_words import KnownWords
    from reader.paths import DataPaths

    path = DataPaths(root).annotations
    if not path.exists():
        return frozenset()
    try:
        return KnownWords(path, mode=OpenMode.READ).words()
    except StoreError as exc:
        raise CliError(
            f"cannot read the known words ({exc}); export with --all-readings "
            "to keep every reading"
        ) from None


def run_export(argv: Sequence[str]) -> int:
    """``yomu export``."""
    from reader.core.page.export import ExportFormat, export_document
    from reader.core.readings import RomajiStyle

    args = export_parser().parse_args(argv)
    doc = load_document(args.source)
    aids = Aids(args.aids)
    readings: Readings = {}
    known: frozenset[str] = frozenset()
    if aids is not Aids.NONE:
        from reader.services import compute_readings

        root = data_dir(args.data_dir)
        readings = compute_readings(doc, root)
        if aids.furigana and not args.all_readings:
            known = known_words(root)
    text = export_document(
        doc,
        readings,
        ExportFormat(args.format),
        aids,
        RomajiStyle(args.romaji_style),
        known=known,
        level=FuriganaLevel(args.furigana_level),
    )
    _write_output(text, args.output)
    return 0


def window_parser() -> argparse.ArgumentParser:
    """The parser of ``yomu`` (the reading window)."""
    p = Parser(
        prog="yomu",
        description="Read a Japanese text with furigana, romaji and notes.",
        epilog="Other commands: 'yomu export --help', 'yomu annotations --help', "
        "'yomu lookup --help', 'yomu find --help', 'yomu vocab --help'.",
    )
    _add_source(p)
    p.add_argument(
        "--screenshot",
        metavar="FILE",
        type=Path,
        help="open offscreen, save a PNG of the window once painted, exit",
    )
    p.add_argument(
        "--aids",
        choices=[a.value for a in Aids],
        help="reading aids to show (default: the last used)",
    )
    p.add_argument("--theme", choices=[t.value for t in Theme.page_themes()])
    p.add_argument("--vertical", action="store_true", help="vertical writing (縦書き)")
    p.add_argument(
        "--size",
        type=window_size,
        default=(1280, 860),
        metavar="WxH",
        help=f"window size for --screenshot (default 1280x860; each side "
        f"{MIN_SIDE} to {MAX_SIDE})",
    )
    p.add_argument("--lang", choices=["en", "ja"], help="language of the interface")
    _add_data_dir(p)
    return p


def run_window(argv: Sequence[str]) -> int:
    """``yomu``: the reading window (imports Qt widgets only here)."""
    args = window_parser().parse_args(argv)
    if args.source is not None:
        load_document(args.source)  # fail early with a clear message
    from reader.app import run_app

    return run_app(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``yomu`` and ``python -m reader``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] == ["export"]:
            return run_export(argv[1:])
        if argv[:1] == ["annotations"]:
            from reader.annotations_cli import run_annotations

            return run_annotations(argv[1:])
        if argv[:1] == ["lookup"]:
            from reader.lookup_cli import run_lookup

            return run_lookup(argv[1:])
        if argv[:1] == ["find"]:
            from reader.find_cli import run_find

            return run_find(argv[1:])
        if argv[:1] == ["vocab"]:
            from reader.vocab_cli import run_vocab

            return run_vocab(argv[1:])
        return run_window(argv)
    except (SourceError, CliError, DataFolderError) as exc:
        print(f"yomu: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
