"""The window over a store it must not write (issue 7, item 2): a notice, no change."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.conftest import WAIT_MS, WindowFactory


def test_a_newer_store_opens_read_only_with_a_notice(
    make_window: WindowFactory, data_dir: Path, qtbot: QtBot
) -> None:
    """Regression: a newer file was called damaged, moved aside and replaced."""
    path = data_dir / "annotations.json"
    text = json.dumps({"_meta": {"schema": {"schema_version": 9}}, "tags": {}})
    path.write_text(text, encoding="utf-8")
    window = make_window()
    qtbot.waitUntil(lambda: window.data_warning is not None, timeout=WAIT_MS)
    assert window.data_warning is not None
    assert "read-only" in window.data_warning.text()
    assert "schema version 9" in window.data_warning.text()
    assert window.notes is not None
    assert window.notes.store.read_only is not None
    assert path.read_text(encoding="utf-8") == text
    assert sorted(p.name for p in data_dir.iterdir() if "annotations" in p.name) == [
        "annotations.json"
    ]
