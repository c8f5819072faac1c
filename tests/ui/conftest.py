"""Fixtures for tests that open the reading window."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6 import QtWebEngineWidgets  # noqa: F401 - before any QApplication
from pytestqt.qtbot import QtBot

from reader.core.annotations import AnnotationStore
from reader.core.readings import ReadingCache, ReadingEngine, Word
from reader.core.text.document import Document
from reader.paths import DataPaths, readings_cache_path
from reader.ui.context import ReaderContext
from reader.ui.i18n import Translations
from reader.ui.main_window import MainWindow
from reader.ui.scheme import register_scheme
from reader.ui.settings_model import SettingsModel
from reader.ui.settings_store import SettingsStore

# Qt WebEngine and the yomu: scheme must be set up before any QApplication exists
# (the root conftest has set the platform and Chromium flags by now).
register_scheme()

WAIT_MS = 30_000
WindowFactory = Callable[..., MainWindow]


def make_context(doc: Document, root: Path, cached: Mapping[str, Sequence[Word]] | None,
                 annotations: AnnotationStore | None) -> ReaderContext:
    """The services of a window over data folder ``root``, wired as reader.app does."""
    paths = DataPaths(root)
    return ReaderContext(doc, paths, SettingsModel(SettingsStore(paths.settings)),
                         Translations(), cached, annotations)


@pytest.fixture(scope="session")
def warm_cache(tmp_path_factory: pytest.TempPathFactory, seed_doc: Document) -> Path:
    """A readings cache of the interview, computed once for the whole session."""
    path = readings_cache_path(tmp_path_factory.mktemp("warm"))
    ReadingCache(path, ReadingEngine()).read_blocks(
        (b.id, b.text) for b in seed_doc.blocks
    )
    return path


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir(exist_ok=True)
    return path


def close_windows(windows: list[MainWindow]) -> None:
    """Close the windows a fixture opened (page before profile), and fail the test
    if any page script raised an error."""
    errors = [e for w in windows if shiboken6.isValid(w) for e in w.view.script_errors]
    for window in windows:
        if shiboken6.isValid(window):
            window.close()
            window.view.release()
            shiboken6.delete(window)
    assert errors == [], "the page script raised errors"


@pytest.fixture
def make_window(
    qtbot: QtBot, seed_doc: Document, warm_cache: Path, data_dir: Path
) -> Iterator[WindowFactory]:
    """Opens windows over ``data_dir`` (warm cache unless ``cold=True``)."""
    windows: list[MainWindow] = []

    def factory(
        *, cold: bool = False, folder: Path | None = None, wait: bool = True
    ) -> MainWindow:
        root = folder or data_dir
        cache = readings_cache_path(root)
        if not cold and not cache.exists():
            cache.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(warm_cache, cache)
        cached = ReadingCache(cache, ReadingEngine()).load_cached(
            [(b.id, b.text) for b in seed_doc.blocks]
        )
        annotations = AnnotationStore(seed_doc, root / "annotations.json")
        ctx = make_context(seed_doc, root, cached, annotations)
        window = MainWindow(ctx)
        window.resize(1000, 700)
        window.show()
        windows.append(window)
        if wait:
            qtbot.waitUntil(lambda: window.settled, timeout=WAIT_MS)
            # The restored position settles over a few frames (until its block is
            # drawn); a test's own scroll before that would be put back.
            qtbot.waitUntil(
                lambda: js(qtbot, window, "window.yomu.settling()") is False,
                timeout=WAIT_MS,
            )
        return window

    yield factory
    close_windows(windows)


@pytest.fixture
def make_doc_window(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[[Document], MainWindow]]:
    """Opens a window over another document (readings computed cold), each in a
    data folder of its own."""
    windows: list[MainWindow] = []

    def factory(doc: Document) -> MainWindow:
        root = tmp_path / f"doc{len(windows)}"
        root.mkdir()
        ctx = make_context(doc, root, None, AnnotationStore(doc, root / "annotations.json"))
        window = MainWindow(ctx)
        window.resize(1000, 700)
        window.show()
        windows.append(window)
        qtbot.waitUntil(lambda: window.settled, timeout=WAIT_MS)
        return window

    yield factory
    close_windows(windows)


def js(qtbot: QtBot, window: MainWindow, script: str) -> Any:
    """Run ``script`` in the page and return its value."""
    with qtbot.waitCallback(timeout=WAIT_MS) as callback:
        window.view.page().runJavaScript(script, 0, callback)
    return callback.args[0] if callback.args else None


def js_json(qtbot: QtBot, window: MainWindow, expression: str) -> Any:
    """The value of a JavaScript expression, passed as JSON (arrays do not survive
    runJavaScript's own conversion)."""
    return json.loads(js(qtbot, window, f"JSON.stringify({expression})") or "null")
