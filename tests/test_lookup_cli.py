"""``yomu lookup``: text and JSON output, and its exit statuses."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from reader.cli import main


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


def test_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["lookup", "食べました。"], capsys)
    assert (status, err) == (0, "")
    first = out.splitlines()[0]
    assert first.startswith("食べました → 食べる (polite past)  たべる  taberu")
    assert "[common]" in first
    assert "  1. [Ichidan verb, transitive verb] to eat" in out
    assert "Kanji:" in out
    # KANJIDIC2 has the old four JLPT levels: labelled so, not mistaken for N4.
    assert "9 strokes, grade 2, old JLPT 4, frequency 328" in out


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["lookup", "高くなかった", "--json"], capsys)
    assert status == 0
    data = json.loads(out)
    best = data["words"][0]
    assert (best["form"], best["reading"], best["romaji"], best["inflection"]) == (
        "高い",
        "たかい",
        "takai",
        "negative past",
    )
    assert "high" in best["senses"][0]["glosses"]
    assert data["kanji"][0]["literal"] == "高"
    assert data["kanji"][0]["grade"] == 2


def test_a_name_comes_first_when_it_is_longer(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["lookup", "ソニー"], capsys)
    assert status == 0
    assert out.splitlines()[:2] == ["Names:", "  ソニー  ソニー  sonī  Sony (company)"]


def test_nothing_found_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["lookup", "xyzzy"], capsys)
    assert (status, out) == (1, "")
    assert err == "yomu lookup: nothing found for 'xyzzy'\n"


def test_missing_dictionary_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "jamdict_data", None)
    status, out, err = run(["lookup", "食べる"], capsys)
    assert (status, out) == (2, "")
    assert err.startswith("yomu lookup: error: The dictionary is not installed")
    assert "pip install jamdict-data" in err
    assert err.count("\n") == 1  # one line, no traceback


def test_damaged_dictionary_exits_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    broken = tmp_path / "jamdict.db"
    broken.write_bytes(b"\x00garbage" * 512)
    monkeypatch.setattr("reader.core.lookup.lookup.default_path", lambda: broken)
    status, _, err = run(["lookup", "食べる"], capsys)
    assert status == 2
    assert "The dictionary is damaged" in err
    assert err.count("\n") == 1


def test_no_text_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["lookup"])
    assert info.value.code == 2
    assert "TEXT" in capsys.readouterr().err
