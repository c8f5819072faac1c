"""One module owns every location: the data folder and each file in it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader import paths
from reader.paths import DataFolderError, DataPaths, data_dir, locate


def test_every_file_lives_in_the_data_folder(tmp_path: Path) -> None:
    p = DataPaths(tmp_path)
    assert p.annotations == tmp_path / "annotations.json"
    assert p.lock == tmp_path / "annotations.lock"
    assert p.settings == tmp_path / "settings.ini"
    assert p.user_corrections == tmp_path / "corrections.tsv"
    assert p.readings_cache == tmp_path / "cache" / "readings.json"
    assert p.page_cache == tmp_path / "cache"
    assert paths.readings_cache_path(tmp_path) == p.readings_cache


def test_socket_name_is_per_folder(tmp_path: Path) -> None:
    one, two = DataPaths(tmp_path / "a"), DataPaths(tmp_path / "b")
    assert one.socket_name != two.socket_name
    assert one.socket_name == DataPaths(tmp_path / "a").socket_name
    assert one.socket_name.startswith("yomu-")


def test_override_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    assert data_dir() == tmp_path / "env"
    chosen = locate(tmp_path / "flag")
    assert chosen.root == tmp_path / "flag"
    assert chosen.root.is_dir()  # created
    assert chosen.annotations == tmp_path / "flag" / "annotations.json"


def test_a_file_is_not_a_data_folder(tmp_path: Path) -> None:
    file = tmp_path / "file"
    file.write_text("", encoding="utf-8")
    with pytest.raises(DataFolderError, match="is a file"):
        data_dir(file)


def test_importing_paths_imports_no_qt() -> None:
    """The command line uses this module; Qt comes only for the platform's folder."""
    code = "import sys, reader.paths; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == "False"


def test_core_and_test_setup_import_no_qt() -> None:
    """Core tests run without Qt WebEngine: the root conftest and reader.core import
    no Qt at all."""
    code = ("import sys, tests.conftest, reader.core.page.layout, reader.core.annotations;"
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True,
                            text=True, check=True, cwd=Path(__file__).parent.parent)
    assert result.stdout.strip() == "[]"


def test_each_text_has_its_own_readings_cache_and_the_interview_keeps_its_file(
    tmp_path: Path,
) -> None:
    p = paths.DataPaths(tmp_path)
    interview = p.readings_cache_for("bundled:seed.txt")
    first = p.readings_cache_for("file:/texts/a.txt")
    second = p.readings_cache_for("file:/texts/b.txt")
    assert interview == p.readings_cache  # where earlier versions kept it
    assert len({interview, first, second}) == 3
    assert first.parent == second.parent == p.cache
