"""Command line: open the reader, take a screenshot, or export.

yomu [--data-dir DIR] [SOURCE]
yomu --screenshot FILE [--aids MODE] [--theme NAME] [--vertical|--horizontal]
yomu export [SOURCE] [--aids MODE] [--furigana-level LEVEL] [--format …] [-o FILE]
yomu annotations export|import …
yomu find QUERY [SOURCE]
yomu vocab list|export|import …

Options given on the command line apply to that run only: settings.ini keeps what
the reader chose in the window.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli_parser import CliError, Parser
from reader.core.choices import Aids, FuriganaLevel, Theme
from reader.core.readings import RomajiStyle
from reader.core.text.source import SourceError, load_document
from reader.paths import DataFolderError, DataPaths, data_dir

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
    aids = Aids(args.aids)
    # Only readings need the data folder (and its parse cache): a plain export
    # touches nothing.
    root = data_dir(args.data_dir) if aids is not Aids.NONE else None
    doc = load_document(args.source, DataPaths(root).cache if root else None)
    readings: Readings = {}
    known: frozenset[str] = frozenset()
    if root is not None:
        from reader.services import compute_readings

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
        help="reading aids to show in this run (default: the last used)",
    )
    p.add_argument(
        "--theme",
        choices=[t.value for t in Theme.page_themes()],
        help="colour theme for this run",
    )
    writing = p.add_mutually_exclusive_group()
    writing.add_argument(
        "--vertical",
        dest="vertical",
        action="store_const",
        const=True,
        help="vertical writing (縦書き) for this run",
    )
    writing.add_argument(
        "--horizontal",
        dest="vertical",
        action="store_const",
        const=False,
        help="horizontal writing for this run",
    )
    p.add_argument(
        "--size",
        type=window_size,
        default=(1280, 860),
        metavar="WxH",
        help=f"window size for --screenshot (default 1280x860; each side "
        f"{MIN_SIDE} to {MAX_SIDE})",
    )
    p.add_argument(
        "--lang", choices=["en", "ja"], help="language of the interface for this run"
    )
    p.add_argument(
        "--verbose",
        action="store_true",
        help="show Chromium's and Qt's own diagnostics (GPU, Vulkan, D-Bus)",
    )
    _add_data_dir(p)
    return p


def run_window(argv: Sequence[str]) -> int:
    """``yomu``: the reading window (imports Qt widgets only here)."""
    args = window_parser().parse_args(argv)
    if args.source is not None:
        load_document(args.source)  # fail early with a clear message
    from reader.app import run_app

    return run_app(args)


#: The subcommands; the first word of the command line picks one (else the window).
COMMANDS = ("export", "annotations", "lookup", "find", "vocab")
#: Commands that keep nothing in a data folder (``--data-dir`` is accepted, unused).
WITHOUT_DATA = ("lookup",)


def pull_data_dir(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """``--data-dir DIR`` (or ``--data-dir=DIR``) taken from anywhere in ``argv``.

    Every command takes it in any place: before the subcommand, after it, after a
    file. The last one given wins; nothing after ``--`` is looked at.

    Raises:
        CliError: ``--data-dir`` without a folder after it.
    """
    folder: str | None = None
    rest: list[str] = []
    args = iter(argv)
    for arg in args:
        if arg == "--":
            rest += [arg, *args]
            break
        if arg == "--data-dir":
            folder = next(args, "")
        elif arg.startswith("--data-dir="):
            folder = arg.partition("=")[2]
        else:
            rest.append(arg)
            continue
        if not folder:  # "" would be the current folder: surely not what was meant
            raise CliError("argument --data-dir: expected a folder (see 'yomu --help')")
    return folder, rest


def check_command(word: str) -> None:
    """Refuse a first word that is neither a command nor a file, naming the command
    it most looks like (``yomu exprot``: did you mean ``yomu export``?)."""
    if word.startswith("-") or word in COMMANDS or Path(word).exists():
        return
    close = difflib.get_close_matches(word, COMMANDS, n=1)
    if close:
        raise CliError(
            f"{word!r} is not a yomu command, nor a file; did you mean "
            f"'yomu {close[0]}'? (see 'yomu --help')"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``yomu`` and ``python -m reader``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        folder, argv = pull_data_dir(argv)
        if argv:
            check_command(argv[0])
        if folder is not None and argv[:1] not in ([c] for c in WITHOUT_DATA):
            # Given back in a place every command's parser takes it: before "--".
            end = argv.index("--") if "--" in argv else len(argv)
            argv[end:end] = ["--data-dir", folder]
        return _dispatch(argv)
    except (SourceError, CliError, DataFolderError) as exc:
        print(f"yomu: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _dispatch(argv: list[str]) -> int:
    """Run the command that ``argv`` names (the window when it names none)."""
    command = argv[0] if argv and argv[0] in COMMANDS else None
    if command is None:
        return run_window(argv)
    if command == "export":
        return run_export(argv[1:])
    if command == "annotations":
        from reader.annotations_cli import run_annotations

        return run_annotations(argv[1:])
    if command == "lookup":
        from reader.lookup_cli import run_lookup

        return run_lookup(argv[1:])
    if command == "find":
        from reader.find_cli import run_find

        return run_find(argv[1:])
    from reader.vocab_cli import run_vocab

    return run_vocab(argv[1:])
