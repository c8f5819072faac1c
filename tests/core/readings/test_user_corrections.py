"""The reader's own reading corrections: saved, reloaded, and damaged files."""

from __future__ import annotations

from pathlib import Path

from reader.core.page.textforms import inline_readings
from reader.core.readings import ReadingEngine, make_correction
from reader.core.readings.user_corrections import (
    engine_for,
    load_user_corrections,
    save_user_corrections,
)
from reader.paths import DataPaths


def test_saved_corrections_change_the_engine(tmp_path: Path) -> None:
    text = "この方法は新しい方が考えた。"
    before = inline_readings(ReadingEngine().read(text))
    assert "方法（ほうほう）" in before
    path = DataPaths(tmp_path).user_corrections
    save_user_corrections(path, (make_correction("方", "かた", before="い", after="が"),))
    assert load_user_corrections(path)[0].surface == "方"
    engine = engine_for(DataPaths(tmp_path).user_corrections)
    after = inline_readings(engine.read(text))
    assert "新（あたら）しい方（かた）が" in after
    assert "方法（ほうほう）" in after  # the context keeps it to that place
    assert engine.version_key != ReadingEngine().version_key  # caches rebuild


def test_no_file_means_bundled_corrections(tmp_path: Path) -> None:
    assert load_user_corrections(DataPaths(tmp_path).user_corrections) == ()
    assert engine_for(DataPaths(tmp_path).user_corrections).version_key == ReadingEngine().version_key


def test_damaged_file_is_set_aside_not_overwritten(tmp_path: Path) -> None:
    path = DataPaths(tmp_path).user_corrections
    path.write_bytes(b"\xff\xfe not utf-8 \x00")
    assert load_user_corrections(path) == ()
    aside = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1
    assert aside[0].read_bytes() == b"\xff\xfe not utf-8 \x00"
    assert engine_for(DataPaths(tmp_path).user_corrections).version_key == ReadingEngine().version_key
