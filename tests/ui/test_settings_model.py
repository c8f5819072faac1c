"""The settings model: one owner, one signal, and only the changed key saved."""

from __future__ import annotations

import configparser
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.settings import option_names
from reader.ui.settings_model import SettingsModel
from reader.ui.settings_store import SettingsStore


def saved_keys(path: Path) -> dict[str, str]:
    ini = configparser.ConfigParser()
    ini.read(path, encoding="utf-8")
    return dict(ini["reader"]) if ini.has_section("reader") else {}


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def test_a_change_saves_that_key_alone(ini: Path, qtbot: QtBot) -> None:
    """Regression: changing one setting rewrote all eleven keys of settings.ini."""
    model = SettingsModel(SettingsStore(ini))
    with qtbot.waitSignal(model.changed) as changed:
        assert model.set("aids", "romaji")
    assert changed.args == ["aids"]
    assert model.value.aids == "romaji"
    assert saved_keys(ini) == {"aids": "romaji"}
    model.set("font_size", 24)
    assert saved_keys(ini) == {"aids": "romaji", "font_size": "24"}


@pytest.mark.parametrize(("name", "value"), [
    ("aids", "furigana"),  # the default: no change
    ("aids", "subtitles"),  # not a choice
    ("colour", "red"),  # not an option
])
def test_no_change_no_signal_no_write(ini: Path, qtbot: QtBot, name: str,
                                      value: str) -> None:
    model = SettingsModel(SettingsStore(ini))
    with qtbot.assertNotEmitted(model.changed):
        assert not model.set(name, value)
    assert saved_keys(ini) == {}


def test_a_new_model_reads_what_was_saved(ini: Path) -> None:
    SettingsModel(SettingsStore(ini)).set("theme", "sepia")
    again = SettingsModel(SettingsStore(ini))
    assert again.value.theme == "sepia"
    assert set(saved_keys(ini)) <= set(option_names())


def test_overrides_apply_to_this_run_and_are_never_saved(ini: Path) -> None:
    """Regression (issue 10, defect 5): command-line options were saved."""
    SettingsModel(SettingsStore(ini)).set("theme", "sepia")
    model = SettingsModel(SettingsStore(ini), overrides={"vertical": True,
                                                         "language": "ja"})
    assert (model.value.vertical, model.value.language) == (True, "ja")
    model.set("aids", "both")  # a change made in the window is saved, alone
    assert saved_keys(ini) == {"theme": "sepia", "aids": "both"}
    again = SettingsModel(SettingsStore(ini)).value
    assert (again.vertical, again.language, again.theme) == (False, "system", "sepia")
