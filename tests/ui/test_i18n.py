"""Interface translations: complete, compiled, and switchable at run time."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.core.resources import resource_path
from tests.ui.conftest import WindowFactory

BIN = Path(sys.executable).parent
UI_SOURCES = sorted(str(p) for p in Path("reader/ui").glob("*.py"))


def test_every_message_is_translated() -> None:
    ts = resource_path("i18n/yomu_ja.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts
    assert 'type="vanished"' not in ts
    assert len(re.findall("<source>", ts)) >= 40


def test_no_string_in_the_code_is_missing_from_the_ts(tmp_path: Path) -> None:
    copy = tmp_path / "yomu_ja.ts"
    shutil.copy(resource_path("i18n/yomu_ja.ts"), copy)
    result = subprocess.run([str(BIN / "pyside6-lupdate"), *UI_SOURCES, "-ts", str(copy)],
                            capture_output=True, text=True, check=True)
    assert "0 new" in result.stdout + result.stderr


def test_committed_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    qm = tmp_path / "yomu_ja.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(resource_path("i18n/yomu_ja.ts")),
                    "-qm", str(qm)], capture_output=True, check=True)
    assert qm.read_bytes() == resource_path("i18n/yomu_ja.qm").read_bytes()


def test_switching_to_japanese_and_back(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.set_language("ja")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:3] == ["ファイル(&F)", "編集(&E)", "表示(&V)"]
    assert window.sidebar.windowTitle() == "セクション"
    assert window.sidebar.model.index(0, 0).data() == "はじめに"
    assert window.actions_.aids.checkedAction().data() == window.settings.aids
    window.set_language("en")
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.sidebar.model.index(0, 0).data() == "Introduction"
