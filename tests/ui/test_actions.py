"""The settings actions follow the settings model, and set it."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from pytestqt.qtbot import QtBot

from reader.ui.actions import Actions
from reader.ui.settings_model import SettingsModel
from reader.ui.settings_store import SettingsStore


@pytest.fixture
def model(tmp_path: Path) -> SettingsModel:
    return SettingsModel(SettingsStore(tmp_path / "settings.ini"))


@pytest.fixture
def actions(model: SettingsModel, qtbot: QtBot) -> Actions:
    return Actions(QObject(), model)


def test_actions_start_checked_as_the_settings(actions: Actions) -> None:
    assert actions.aids.checkedAction().data() == "furigana"
    assert actions.theme.checkedAction().data() == "system"
    assert not actions.furigana_hover.isChecked()


def test_a_triggered_action_sets_its_option(actions: Actions,
                                            model: SettingsModel) -> None:
    romaji = next(a for a in actions.aids.actions() if a.data() == "romaji")
    romaji.trigger()
    assert model.value.aids == "romaji"
    actions.furigana_hover.trigger()
    assert model.value.furigana_style == "hover"
    actions.romaji_ascii.trigger()
    assert model.value.romaji_style == "ascii"


def test_a_changed_option_checks_its_action(actions: Actions,
                                            model: SettingsModel) -> None:
    model.set("theme", "dark")
    assert actions.theme.checkedAction().data() == "dark"
    model.set("vertical", True)
    assert actions.vertical.isChecked()
    model.set("line_spacing", 3.0)
    assert actions.spacing.checkedAction().data() == "3.0"


def test_deleted_actions_stop_following(actions: Actions, model: SettingsModel) -> None:
    """Rebuilt in another language, the old actions must not be called again."""
    actions.delete()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(actions.theme)
    assert model.set("theme", "sepia")  # no RuntimeError from deleted actions
