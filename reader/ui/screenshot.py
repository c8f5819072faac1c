"""``yomu --screenshot FILE``: open offscreen, wait until painted, save a PNG."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from reader.core.annotations import AnnotationStore
from reader.ui.main_window import MainWindow

TIMEOUT_MS = 180_000
SETTLE_MS = 300


def _run_until(window: MainWindow, done: Callable[[], bool]) -> bool:
    """Run the event loop until ``done()`` after a page or readings event."""
    loop = QEventLoop()

    def check() -> None:
        if done():
            loop.quit()

    window.page_shown.connect(check)
    window.readings_ready.connect(check)
    window.view.bridge.painted.connect(check)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    QTimer.singleShot(0, check)
    loop.exec()
    return done()


def repair_notice(store: AnnotationStore) -> str | None:
    """One line on how a damaged annotations file was repaired, as the window's
    dialog says it; None when nothing was repaired (a repair always keeps the
    damaged file aside)."""
    report = store.load_report
    if report.moved_aside is None:
        return None
    done = [f"kept {len(store)} annotation(s)"]
    if report.skipped:
        done.append(f"left out {report.skipped} unreadable record(s)")
    done.append(f"the damaged file was kept as {report.moved_aside}")
    reason = f" ({report.reason})" if report.reason else ""
    return f"yomu: annotations file was damaged{reason}; " + "; ".join(done)


def take_screenshot(
    app: QApplication, window: MainWindow, path: Path, size: tuple[int, int]
) -> int:
    """Show ``window`` at ``size`` (checked by the command line), wait for readings
    and paint, save it to ``path``."""
    if window.notes is not None and (notice := repair_notice(window.notes.store)):
        print(notice, file=sys.stderr)
    window.resize(*size)
    window.show()
    ok = _run_until(window, lambda: window.settled)
    if ok:
        painted: list[bool] = []
        window.view.bridge.painted.connect(lambda: painted.append(True))
        window.view.call("whenPainted")
        ok = _run_until(window, lambda: bool(painted))
    if not ok:
        print("yomu: error: the page was not painted in time", file=sys.stderr)
        return 1
    # Chromium has drawn the frame; Qt receives it from the GPU process a moment
    # later. The page has no signal for that, so give it a short settle time.
    loop = QEventLoop()
    QTimer.singleShot(SETTLE_MS, loop.quit)
    loop.exec()
    path.parent.mkdir(parents=True, exist_ok=True)
    saved = window.grab().save(str(path))
    window.close()
    app.processEvents()
    if not saved:
        print(f"yomu: error: cannot write {path}", file=sys.stderr)
        return 2
    print(path)
    return 0
