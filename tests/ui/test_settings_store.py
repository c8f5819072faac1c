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


def test_positions_are_kept_per_document(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.ini")
    store.save_position("file:/texts/a.txt", "p1", 0.5, 40)
    store.save_position("file:/texts/b.txt", "p9", 0.0, 3)
    again = SettingsStore(tmp_path / "settings.ini")
    assert again.position("file:/texts/a.txt") == ("p1", 0.5)
    assert again.position("file:/texts/b.txt") == ("p9", 0.0)
    assert again.percent_read("file:/texts/a.txt") == 40
    assert again.percent_read("file:/texts/c.txt") is None


def test_a_position_saved_by_digest_moves_to_the_documents_key(
    tmp_path: Path,
) -> None:
    """Before positions were per document, they were kept under the text's digest
    (``position/<doc_id>/block``); an interview read then keeps its place."""
    path = tmp_path / "settings.ini"
    path.write_text(
        "[position]\n0123456789abcdef\\block=tu-1234\n0123456789abcdef\\fraction=0.25\n",
        encoding="utf-8",
    )
    store = SettingsStore(path)
    assert store.position("bundled:seed.txt", "0123456789abcdef") == ("tu-1234", 0.25)
    text = path.read_text(encoding="utf-8")
    assert "0123456789abcdef" not in text  # moved, not copied
    assert SettingsStore(path).position("bundled:seed.txt") == ("tu-1234", 0.25)


def test_the_digest_does_not_override_a_position_kept_by_key(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.ini")
    store.save_position("bundled:seed.txt", "new", 0.0)
    store._qs.setValue("position/0123456789abcdef/block", "old")
    assert store.position("bundled:seed.txt", "0123456789abcdef") == ("new", 0.0)


@pytest.mark.parametrize(
    ("saved", "expected"),
    [(["/a.txt"], ["/a.txt"]), (["/a.txt", "/b.txt"], ["/a.txt", "/b.txt"]), ([], [])],
)
def test_recent_files_round_trip(
    tmp_path: Path, saved: list[str], expected: list[str]
) -> None:
    SettingsStore(tmp_path / "settings.ini").save_recent(saved)
    assert SettingsStore(tmp_path / "settings.ini").recent() == expected


def test_recent_files_are_at_most_ten(store: SettingsStore) -> None:
    store.save_recent([f"/t{i}.txt" for i in range(15)])
    assert len(store.recent()) == 10
