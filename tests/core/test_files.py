"""One atomic write and one "keep a damaged file aside", used by every writer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.core import files


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_atomic_write_replaces_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text("old", encoding="utf-8")
    files.atomic_write(path, "新しい")
    assert path.read_text(encoding="utf-8") == "新しい"
    assert leftovers(tmp_path) == []


def test_atomic_write_that_fails_keeps_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.json"
    path.write_text("old", encoding="utf-8")

    def refuse(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="No space"):
        files.atomic_write(path, "new")
    assert path.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_keep_aside_moves_the_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "corrections.tsv"
    path.write_text("broken", encoding="utf-8")
    aside = files.keep_aside(path, "damaged")
    assert aside is not None
    assert not path.exists()
    assert aside.name.startswith("corrections.tsv.damaged-")
    assert aside.read_text(encoding="utf-8") == "broken"


def test_keep_aside_of_a_missing_file_is_none(tmp_path: Path) -> None:
    assert files.keep_aside(tmp_path / "gone.tsv") is None


def test_aside_names_never_collide(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    names = set()
    for _ in range(3):
        path.write_text("x", encoding="utf-8")
        names.add(files.copy_aside(path, "corrupt").name)
    assert len(names) == 3


def test_repair_write_keeps_the_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text("damaged", encoding="utf-8")
    aside = files.repair_write(path, "repaired")
    assert path.read_text(encoding="utf-8") == "repaired"
    assert aside.read_text(encoding="utf-8") == "damaged"


def test_remove_stale_temps_only_removes_temps(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    stale = tmp_path / ".a.json.x1y2.tmp"
    stale.write_text("", encoding="utf-8")
    other = tmp_path / ".a.json.keep"
    other.write_text("", encoding="utf-8")
    assert files.remove_stale_temps(path) == [stale]
    assert other.exists()
