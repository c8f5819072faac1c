"""Options given on the command line apply to that run only (issue 10, defect 5)."""

from __future__ import annotations

import configparser
import subprocess
import sys
from pathlib import Path

import pytest

from reader.app import command_line_settings
from reader.cli import main, window_parser

SAVED = "[reader]\naids=romaji\ntheme=sepia\nvertical=false\nlanguage=en\n"


@pytest.mark.parametrize(("argv", "expected"), [
    ([], {}),
    (["--vertical"], {"vertical": True}),
    (["--horizontal"], {"vertical": False}),
    (["--lang", "ja", "--aids", "both", "--theme", "dark"],
     {"language": "ja", "aids": "both", "theme": "dark"}),
])
def test_command_line_settings(argv: list[str], expected: dict[str, object]) -> None:
    assert command_line_settings(window_parser().parse_args(argv)) == expected


def test_vertical_and_horizontal_exclude_each_other(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--vertical", "--horizontal"]) == 2
    err = capsys.readouterr().err
    assert err == ("yomu: error: argument --horizontal: not allowed with argument "
                   "--vertical (see 'yomu --help')\n")


@pytest.mark.parametrize("flags", [
    ["--vertical", "--lang", "ja", "--aids", "both", "--theme", "dark"],
    ["--horizontal"],
])
def test_command_line_flags_are_not_saved_as_settings(
    tmp_path: Path, flags: list[str]
) -> None:
    """Regression: `--screenshot … --vertical` left every later start vertical, and
    `--lang ja` left it Japanese: the flags were written to settings.ini."""
    data = tmp_path / "data"
    data.mkdir()
    ini = data / "settings.ini"
    ini.write_text(SAVED, encoding="utf-8")
    source = tmp_path / "short.txt"
    source.write_text("短い話\n\n私は本を読む。\n", encoding="utf-8")
    shot = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--data-dir", str(data), "--screenshot",
         str(shot), "--size", "400x300", *flags, str(source)],
        capture_output=True, text=True, check=False, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 0
    saved = configparser.ConfigParser()
    saved.read(ini, encoding="utf-8")
    assert dict(saved["reader"]) == {
        "aids": "romaji", "theme": "sepia", "vertical": "false", "language": "en",
    }
