"""Shared test set-up: headless Qt, Chromium flags, and data folders under tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt WebEngine must be imported, and its flags set, before any QApplication exists.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (
    "--no-sandbox --disable-gpu --disable-logging"
)
os.environ.setdefault("QT_LOGGING_RULES", "qt.webenginecontext.debug=false")
from PySide6 import QtWebEngineWidgets  # noqa: E402,F401

from reader.ui.scheme import register_scheme  # noqa: E402

register_scheme()

from hypothesis import settings  # noqa: E402

# CI runs the same examples every time (a red CI must be reproducible); a developer's
# run explores new ones (`make test` there keeps the random default) and found the
# 1へん ruby bug.
settings.register_profile("ci", derandomize=True, deadline=None)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

from reader.core.document import Document  # noqa: E402
from reader.core.resources import bundled_seed_path  # noqa: E402
from reader.core.source import load_document  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point data, config and cache folders at tmp_path: tests never touch a home."""
    monkeypatch.setenv("YOMU_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The bundled interview as text."""
    return bundled_seed_path().read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc() -> Document:
    """The bundled interview, parsed."""
    return load_document()
