"""Wire the application together, in one place and a fixed order:
Chromium flags and URL scheme, QApplication, data folder, settings, translations,
document, cached readings, main window.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from reader.core.text.source import load_document
from reader.paths import DataPaths, data_dir

#: Chromium's own logging: only fatal messages (0 info, 1 warning, 2 error, 3 fatal);
#: without it every run prints Vulkan, D-Bus and GL errors (issue 10, defect 12).
CHROMIUM_QUIET = ("--log-level=3", "--disable-logging")


def has_display() -> bool:
    """Whether a window can be shown: a display server, or a platform needing none."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def chromium_flags(offscreen: bool, verbose: bool = False) -> str:
    """Flags Qt WebEngine needs here: no sandbox as root, no GPU without a screen,
    and Chromium's logging off unless ``verbose``."""
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    wanted = [] if verbose else list(CHROMIUM_QUIET)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        wanted.append("--no-sandbox")  # Chromium refuses to start sandboxed as root
    if offscreen:
        wanted.append("--disable-gpu")
    return " ".join(dict.fromkeys([*flags, *wanted]))


def prepare_environment(offscreen: bool, verbose: bool = False) -> None:
    """Set what must be set before Qt starts."""
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = chromium_flags(
        offscreen or os.environ.get("QT_QPA_PLATFORM") == "offscreen", verbose
    )
    if not verbose:
        from reader.ui.quiet import install_quiet_handler, quiet_environment

        quiet_environment()
        install_quiet_handler()
    from reader.ui.scheme import register_scheme

    register_scheme()


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
    prepare_environment(offscreen=screenshot is not None, verbose=args.verbose)
    from reader.single_instance import LockError, acquire

    root = data_dir(args.data_dir)
    try:
        lock = acquire(root)
    except LockError as exc:
        print(f"yomu: error: {exc}", file=sys.stderr)
        return 2
    if lock is None:
        return _hand_over(root, args.source)
    try:
        return _run_window(args, root)
    finally:
        lock.unlock()


def _run_window(args: argparse.Namespace, root: Path) -> int:
    """The window over data folder ``root``, whose lock this process holds."""
    from reader.single_instance import InstanceServer
    from reader.ui.application import application
    from reader.ui.i18n import Translations
    from reader.ui.settings_model import SettingsModel
    from reader.ui.settings_store import SettingsStore
    from reader.ui.window_host import WindowHost

    app = application(sys.argv[0])
    # Listen at once: a later start asks this socket whether the lock is live.
    paths = DataPaths(root)
    server = InstanceServer(root)
    settings = SettingsModel(
        SettingsStore(paths.settings), overrides=command_line_settings(args)
    )
    translations = Translations()
    translations.apply(settings.value.language)
    doc = load_document(args.source, paths.cache)
    host = WindowHost(paths, settings, translations, server)
    host.show_first(doc)
    screenshot: Path | None = args.screenshot
    if screenshot is not None:
        from reader.ui.screenshot import take_screenshot

        status = take_screenshot(app, host.current(), screenshot, args.size)
    else:
        host.current().show()
        status = app.exec()
    # Delete the page and the window (the last one opened) while the application
    # still exists.
    window = host.current()
    window.view.release()
    import shiboken6

    shiboken6.delete(window)
    return status


def command_line_settings(args: argparse.Namespace) -> dict[str, Any]:
    """The settings the command line gives, for this run only (never saved)."""
    given = {
        "aids": args.aids,
        "theme": args.theme,
        "language": args.lang,
        "vertical": args.vertical,
    }
    return {name: value for name, value in given.items() if value is not None}


def _hand_over(root: Path, source: Path | None = None) -> int:
    """Another window holds this data folder: bring it forward (with ``source``
    open in it, as a reader who opens a file expects) instead of a second writer."""
    from reader.single_instance import TIMEOUT_MS, ConnectionLost, send

    command = "activate" if source is None else f"open {source.resolve()}"
    try:
        reply = send(root, command, patience_ms=TIMEOUT_MS)
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
    if reply.startswith("error "):
        print(f"yomu: error: {reply.removeprefix('error ')}", file=sys.stderr)
        return 2
    if source is not None:
        print(f"yomu: opened {source.name} in the window already open over this data "
              "folder")
        return 0
    print("yomu: already open over this data folder; brought that window forward")
    return 0
