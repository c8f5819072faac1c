"""Child processes of bench_long_text.py (not run by hand, never by pytest).

    bench_long_text_child.py first DATA_DIR SOURCE    the window, to its first paint
    bench_long_text_child.py switch DATA_DIR SOURCE N aid switches in the window

SOURCE is a text file, or ``-`` for the bundled interview. ``first`` prints
``painted`` (the first page painted: text, with readings when the cache is warm)
and, on a cold start, ``readings_painted`` (the first page painted again with its
readings); times are time.monotonic(), comparable with the parent's.
"""

import time

T0 = time.monotonic()  # before anything heavy is imported

import os  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from functools import partial  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

AIDS = ["none", "furigana", "romaji", "both"]
IDLE_MS = 1500  # open after the first paint, so that peak memory sees it in use


def open_window(data_dir: str, source: str) -> tuple[Any, Any]:
    """The window as reader.app wires it (no single-instance lock, no server)."""
    from reader.app import prepare_environment

    prepare_environment(offscreen=True)
    from PySide6.QtWidgets import QApplication

    from reader.core.annotations import AnnotationStore
    from reader.core.readings.user_corrections import engine_for
    from reader.core.text.source import load_document
    from reader.paths import DataPaths
    from reader.services import cached_readings
    from reader.ui.context import ReaderContext
    from reader.ui.i18n import Translations
    from reader.ui.main_window import MainWindow
    from reader.ui.settings_model import SettingsModel
    from reader.ui.settings_store import SettingsStore

    app = QApplication([sys.argv[0]])
    paths = DataPaths(Path(data_dir))
    settings = SettingsModel(SettingsStore(paths.settings))
    settings.set("aids", "furigana")
    doc = load_document(None if source == "-" else Path(source), paths.cache)
    engine = engine_for(paths.user_corrections)
    ctx = ReaderContext(
        doc,
        paths,
        settings,
        Translations(),
        cached_readings(doc, paths.readings_cache_for(doc.key), engine),
        AnnotationStore(doc, paths.annotations),
        None,
        engine,
    )
    window = MainWindow(ctx)
    window.resize(1280, 860)
    window.show()
    return app, window


def close(app: Any, window: Any) -> None:
    import shiboken6

    window.close()
    window.view.release()
    shiboken6.delete(window)
    del app


def run_first(data_dir: str, source: str) -> int:
    """Time the first painted page (and, cold, the first page with readings)."""
    from PySide6.QtCore import QTimer

    app, window = open_window(data_dir, source)
    loader = window.loader
    cold = not loader.has_readings
    marks: dict[str, float] = {}

    def first_has_readings() -> bool:
        return bool(loader._in_page.get(loader.first_chunk()))  # noqa: SLF001

    def on_painted() -> None:
        now = time.monotonic()
        marks.setdefault("painted", now)
        if cold and first_has_readings():
            marks.setdefault("readings_painted", now)
        if "readings_painted" in marks or not cold:
            QTimer.singleShot(IDLE_MS, app.quit)
        else:
            QTimer.singleShot(50, lambda: window.view.call("whenPainted"))

    window.view.bridge.painted.connect(on_painted)
    window.page_shown.connect(lambda: window.view.call("whenPainted"))
    QTimer.singleShot(600_000, app.quit)
    app.exec()
    print(f"t0={T0}\npainted={marks.get('painted', -1.0)}")
    if cold:
        print(f"readings_painted={marks.get('readings_painted', -1.0)}", flush=True)
        os._exit(0)  # not waiting for the rest of the book's readings
    close(app, window)
    return 0


def run_switch(data_dir: str, source: str, count: int) -> int:
    """Milliseconds of aid switches in the window, each until painted."""
    from PySide6.QtCore import QEventLoop, QTimer

    app, window = open_window(data_dir, source)
    view = window.view

    def timed(change: Callable[[], None]) -> float:
        loop = QEventLoop()
        view.bridge.painted.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        start = time.perf_counter()
        change()
        view.call("whenPainted")
        loop.exec()
        view.bridge.painted.disconnect(loop.quit)
        return (time.perf_counter() - start) * 1000

    while not window.settled:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    # Into the middle of the text: a switch there must cost what is on screen.
    middle = window.doc.blocks[len(window.doc.blocks) // 2].id
    timed(partial(window.scroll_to_block, middle))
    timed(lambda: None)
    start = AIDS.index(window.settings.aids) + 1
    app_ms = [
        timed(partial(window.set_option, "aids", AIDS[(start + i) % 4]))
        for i in range(count)
    ]
    print(f"app_ms={app_ms}")
    close(app, window)
    return 0


if __name__ == "__main__":
    mode, data, src = sys.argv[1:4]
    if mode == "first":
        sys.exit(run_first(data, src))
    sys.exit(run_switch(data, src, int(sys.argv[4])))
