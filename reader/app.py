"""Wire the application together, in one place and a fixed order:
Chromium flags and URL scheme, QApplication, data folder, settings, translations,
document, cached readings, main window.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from reader.core.annotations import AnnotationStore, StoreError
from reader.core.document import Document
from reader.core.readings import ReadingCache, ReadingEngine, Word
from reader.core.source import load_document
from reader.core.user_corrections import engine_for
from reader.paths import APP_NAME, ORG_NAME, data_dir, readings_cache_path


def has_display() -> bool:
    """Whether a window can be shown: a display server, or a platform needing none."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def chromium_flags(offscreen: bool) -> str:
    """Flags Qt WebEngine needs here: no sandbox as root, no GPU without a screen."""
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    wanted = ["--disable-logging"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        wanted.append("--no-sandbox")  # Chromium refuses to start sandboxed as root
    if offscreen:
        wanted.append("--disable-gpu")
    return " ".join(dict.fromkeys([*flags, *wanted]))


def prepare_environment(offscreen: bool) -> None:
    """Set what must be set before Qt starts."""
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = chromium_flags(
        offscreen or os.environ.get("QT_QPA_PLATFORM") == "offscreen"
    )
    from reader.ui.scheme import register_scheme

    register_scheme()


def cached_readings(
    doc: Document, cache_path: Path, engine: ReadingEngine
) -> Mapping[str, Sequence[Word]] | None:
    """Readings straight from the cache, or None if any block would need computing."""
    cache = ReadingCache(cache_path, engine)
    return cache.load_cached([(b.id, b.text) for b in doc.blocks])


def run_app(args: argparse.Namespace) -> int:
    """Open the reading window (or take a screenshot of it) and run the event loop."""
    screenshot: Path | None = args.screenshot
    if screenshot is None and not has_display():
        print(
            "yomu: error: no display to open a window on (DISPLAY and "
            "WAYLAND_DISPLAY are unset); try 'xvfb-run yomu', or "
            "'yomu --screenshot out.png' for a picture",
            file=sys.stderr,
        )
        return 2
    prepare_environment(offscreen=screenshot is not None)
    from reader.ui.single_instance import LockError, acquire

    root = data_dir(args.data_dir)
    try:
        lock = acquire(root)
    except LockError as exc:
        print(f"yomu: error: {exc}", file=sys.stderr)
        return 2
    if lock is None:
        return _hand_over(root)
    try:
        return _run_window(args, root)
    finally:
        lock.unlock()


def _run_window(args: argparse.Namespace, root: Path) -> int:
    """The window over data folder ``root``, whose lock this process holds."""
    from PySide6.QtWidgets import QApplication

    from reader.ui.i18n import Translations
    from reader.ui.main_window import MainWindow, ReaderContext
    from reader.ui.settings_store import SettingsStore
    from reader.ui.single_instance import InstanceServer

    existing = QApplication.instance()
    app = (
        existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    )
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName("Yomu")
    app.setStyle("Fusion")  # follows the light/dark colour scheme on every platform
    # Listen at once: a later start asks this socket whether the lock is live.
    server = InstanceServer(root)
    store = SettingsStore(root)
    settings = store.load()
    for name, value in (
        ("aids", args.aids),
        ("theme", args.theme),
        ("language", args.lang),
    ):
        if value is not None:
            settings = settings.with_value(name, value)
    if args.vertical:
        settings = settings.with_value("vertical", True)
    store.save(settings)
    translations = Translations()
    translations.apply(settings.language)
    doc = load_document(args.source)
    cache_path = readings_cache_path(root)
    engine = engine_for(root)
    ctx = ReaderContext(
        doc,
        store,
        cache_path,
        translations,
        cached_readings(doc, cache_path, engine),
        open_annotations(doc, root),
        server,
        engine,
    )
    window = MainWindow(ctx)
    screenshot: Path | None = args.screenshot
    if screenshot is not None:
        from reader.ui.screenshot import take_screenshot

        status = take_screenshot(app, window, screenshot, args.size)
    else:
        window.show()
        status = app.exec()
    # Delete the page and the window while the application still exists.
    window.view.release()
    import shiboken6

    shiboken6.delete(window)
    return status


def _hand_over(root: Path) -> int:
    """Another window holds this data folder: bring it forward instead of a writer."""
    from reader.ui.single_instance import TIMEOUT_MS, ConnectionLost, send

    try:
        reply = send(root, "activate", patience_ms=TIMEOUT_MS)
    except TimeoutError:
        print(
            "yomu: already open over this data folder; that window is busy and "
            "comes forward when it is free"
        )
        return 0
    except ConnectionLost:
        reply = None
    if reply is None:
        print(
            f"yomu: error: the Yomu window over {root} stopped answering; try again",
            file=sys.stderr,
        )
        return 2
    print("yomu: already open over this data folder; brought that window forward")
    return 0


def open_annotations(doc: Document, root: Path) -> AnnotationStore | None:
    """The annotations store in ``root`` (repaired if damaged; read-only if it may
    not be written); None (and a message) if it cannot be used at all."""
    try:
        return AnnotationStore(doc, root / "annotations.json")
    except StoreError as exc:
        print(f"yomu: annotations disabled: {exc}", file=sys.stderr)
        return None
