"""Settings, reading positions and window state in the INI file."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ui.settings_store import SettingsStore


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "settings.ini")


def test_bad_saved_values_fall_back_to_defaults(store: SettingsStore) -> None:
    store.save_option("aids", "subtitles")
    store.save_option("font_size", "huge")
    settings = store.load()
    assert settings.aids == "furigana"
    assert settings.font_size == 20


@pytest.mark.parametrize(("fraction", "expected"), [
    (0.25, 0.25), (7.0, 1.0), (-1.0, 0.0), ("nonsense", 0.0)])
def test_position_round_trip_clamped(tmp_path: Path, fraction: object,
                                     expected: float) -> None:
    store = SettingsStore(tmp_path / "settings.ini")
    store.save_position("doc", "p12", fraction)  # type: ignore[arg-type]
    assert SettingsStore(tmp_path / "settings.ini").position("doc") == ("p12", expected)


def test_no_position_yet(store: SettingsStore) -> None:
    assert store.position("doc") is None
