"""The command line: export and its bad inputs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.text.document import source_key_for
from reader.core.text.source import MAX_SOURCE_BYTES
from reader.paths import DataPaths


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


def test_export_html_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["export", "--aids", "furigana"], capsys)
    assert status == 0
    assert err == ""
    assert out.startswith("<!DOCTYPE html>")
    assert "<rt class=\"f\">かた</rt>" in out


def test_export_markdown_to_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.md"
    status, out, _ = run(["export", "--format", "markdown", "--aids", "both",
                          "-o", str(target)], capsys)
    assert status == 0
    assert out == ""
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# OpenAI")
    assert "語（かた）っ" in text


def test_export_of_another_file_and_the_cache(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "neko.txt"
    source.write_text("吾輩は猫である\n\n名前はまだ無い。\n", encoding="utf-8")
    status, out, _ = run(["export", str(source), "--format", "text", "--aids", "romaji"],
                         capsys)
    assert status == 0
    assert "namae wa mada nai." in out
    # Another text's readings have a file of their own, not the interview's.
    cache = DataPaths(tmp_path / "data").readings_cache_for(source_key_for(source))
    assert cache.exists()
    assert not (tmp_path / "data" / "cache" / "readings.json").exists()


def bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    folder = tmp_path / "folder"
    folder.mkdir()
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("café".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(MAX_SOURCE_BYTES + 1)
    return {
        "missing": (tmp_path / "nope.txt", "no such file"),
        "folder": (folder, "is a folder"),
        "not utf-8": (latin1, "is not UTF-8"),
        "empty": (empty, "is empty"),
        "too large": (huge, "is too large"),
    }


@pytest.mark.parametrize("case", ["missing", "folder", "not utf-8", "empty", "too large"])
def test_bad_input_is_one_clear_line(case: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    path, message = bad_inputs(tmp_path)[case]
    status, out, err = run(["export", str(path)], capsys)
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("yomu: error: ")
    assert message in err


def test_unwritable_output_is_a_clear_error(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(["export", "--aids", "none", "-o", str(tmp_path / "no" / "x.html")],
                         capsys)
    assert status == 2
    assert "cannot write" in err


def test_module_entry_point_reports_without_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "export", str(tmp_path / "missing.txt")],
        capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == f"yomu: error: {tmp_path / 'missing.txt'}: no such file"


def test_window_without_a_display_says_so(monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    status, out, err = run([], capsys)
    assert status == 2
    assert "no display" in err
    assert "--screenshot" in err


def special_file(kind: str, tmp_path: Path) -> tuple[Path, str]:
    if kind == "fifo":
        fifo = tmp_path / "pipe.txt"
        os.mkfifo(fifo)
        return fifo, "is a named pipe"
    return Path("/dev/zero"), "is a character device"


@pytest.mark.parametrize("command", [["export"], []], ids=["export", "window"])
@pytest.mark.parametrize("kind", ["fifo", "/dev/zero"])
def test_special_file_as_source_is_refused_without_reading(
        kind: str, command: list[str], tmp_path: Path) -> None:
    """Regression: a FIFO hung, /dev/zero read 3 GB before a MemoryError."""
    path, message = special_file(kind, tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "reader", *command, str(path)],
        capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 2
    assert result.stderr == f"yomu: error: {path} {message}, not a regular text file\n"


def test_source_that_reports_a_wrong_size_is_read_only_to_the_limit(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A /proc file says it has 0 bytes; reading stops one byte past the limit."""
    import reader.core.text.source as source

    maps = Path("/proc/self/maps")
    assert maps.stat().st_size == 0 < len(maps.read_bytes()) - 200
    monkeypatch.setattr(source, "MAX_SOURCE_BYTES", 200)
    status, out, err = run(["export", str(maps)], capsys)
    assert (status, out) == (2, "")
    assert err == (f"yomu: error: {maps} is too large (more than 200 bytes; "
                   "the limit is 200 bytes)\n")


@pytest.mark.parametrize(("size", "message"), [
    ("abc", "'abc' is not a size; write WIDTHxHEIGHT"),
    ("1280", "'1280' is not a size"),
    ("1280x860x2", "'1280x860x2' is not a size"),
    ("-5x100", "'-5x100' is not a size"),
    ("20000x20000", "20000x20000 is out of range; each side must be 200 to 8192 pixels"),
    ("8193x860", "8193x860 is out of range"),
    ("199x860", "199x860 is out of range"),
    ("0x0", "0x0 is out of range"),
])
def test_bad_window_size_is_one_line_before_qt_starts(
        size: str, message: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: --size abc was a traceback; 20000x20000 took 8 GB."""
    status, out, err = run(["--screenshot", str(tmp_path / "x.png"), f"--size={size}"],
                           capsys)
    assert (status, out) == (2, "")
    assert err.startswith(f"yomu: error: argument --size: {message}")
    assert err.endswith("(see 'yomu --help')\n")
    assert err.count("\n") == 1
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize(("size", "expected"), [
    ("1280x860", (1280, 860)), ("200X8192", (200, 8192)), (" 640 x 480 ", (640, 480)),
])
def test_window_size_accepts_the_documented_form(size: str,
                                                 expected: tuple[int, int]) -> None:
    from reader.cli import window_parser

    assert window_parser().parse_args(["--size", size]).size == expected


def test_bad_window_size_never_creates_a_qt_object(tmp_path: Path) -> None:
    """Regression: 'QThread: Destroyed while thread is still running' after the error."""
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--screenshot", str(tmp_path / "x.png"),
         "--size", "abc"], capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 2
    assert result.stderr == ("yomu: error: argument --size: 'abc' is not a size; "
                             "write WIDTHxHEIGHT, e.g. 1280x860 (see 'yomu --help')\n")


def test_usage_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["export", "--format", "pdf"], capsys)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert err.startswith("yomu: error: argument --format: invalid choice: 'pdf'")


@pytest.mark.parametrize(("make", "message"), [
    ("file", "the data folder {dir} is a file, not a folder"),
    ("under a file", "cannot create the data folder {dir} (Not a directory)"),
])
def test_data_folder_that_cannot_be_made_is_one_line(
        make: str, message: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "plain").write_text("x", encoding="utf-8")
    folder = tmp_path / "plain" if make == "file" else tmp_path / "plain" / "data"
    status, out, err = run(["annotations", "--data-dir", str(folder), "export"], capsys)
    assert (status, out) == (2, "")
    assert err == f"yomu: error: {message.format(dir=folder)}\n"


def test_export_furigana_level(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--furigana-level keeps readings only on words with a kanji above the level."""
    source = tmp_path / "level.txt"
    source.write_text("日本の経済と曖昧な話。\n", encoding="utf-8")
    args = ["export", str(source), "--format", "text", "--aids", "furigana"]
    status, every, _ = run(args, capsys)
    assert status == 0
    assert "日本（にほん）" in every
    status, out, _ = run([*args, "--furigana-level", "grade5"], capsys)
    assert status == 0
    assert "日本（" not in out  # grade 1
    assert "経済（けいざい）" in out  # 済 is grade 6
    assert "曖昧（あいまい）" in out
    status, out, _ = run([*args, "--furigana-level", "joyo"], capsys)
    assert "（" not in out
    status, _, err = run([*args, "--furigana-level", "n3"], capsys)
    assert status == 2
    assert "invalid choice: 'n3'" in err


def test_export_leaves_out_known_words(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """As the window's export does; --all-readings keeps them."""
    from reader.core.known_words import KnownWords

    folder = tmp_path / "known"
    folder.mkdir()
    KnownWords(folder / "annotations.json").add("日本")
    source = tmp_path / "known.txt"
    source.write_text("日本の経済。\n", encoding="utf-8")
    args = ["export", str(source), "--format", "text", "--data-dir", str(folder)]
    status, out, _ = run(args, capsys)
    assert status == 0
    assert "日本の経済（けいざい）" in out
    status, out, _ = run([*args, "--all-readings"], capsys)
    assert "日本（にほん）の" in out


def test_export_with_damaged_known_words_is_one_line_and_touches_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "damaged"
    folder.mkdir()
    damaged = folder / "annotations.json"
    damaged.write_text("{not json", encoding="utf-8")
    source = tmp_path / "d.txt"
    source.write_text("日本の経済。\n", encoding="utf-8")
    args = ["export", str(source), "--format", "text", "--data-dir", str(folder)]
    status, out, err = run(args, capsys)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert "--all-readings" in err
    assert damaged.read_text(encoding="utf-8") == "{not json"
    assert sorted(p.name for p in folder.iterdir() if p.name != "cache") == [
        "annotations.json"
    ]
    status, out, _ = run([*args, "--all-readings"], capsys)
    assert status == 0
    assert "日本（にほん）" in out
