"""Child processes of bench_window.py (not run by hand, never by pytest).

    bench_window_child.py app DATA_DIR PNG   the real app (yomu --screenshot)
    bench_window_child.py bare HTML PNG      a bare QWebEngineView on a static page
    bench_window_child.py switch DATA_DIR N  aid switches in the real window

Prints key=value lines; times are time.monotonic(), comparable with the parent's.
"""

import time

T0 = time.monotonic()  # before anything heavy is imported

import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from functools import partial  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

# Two frames after fonts are in, then a title change the parent view can see.
PAINT_JS = (
    "document.fonts.ready.then(() => requestAnimationFrame(() => "
    "requestAnimationFrame(() => { document.title = 'painted'; })))"
)
AIDS = ["none", "furigana", "romaji", "both"]


def run_app(data_dir: str, png: str) -> int:
    """The real wiring through the command line, timing the first paint."""
    import reader.ui.screenshot as shot
    from reader.cli import main

    marks: dict[str, float] = {}
    original = shot.take_screenshot

    def timed(app: Any, window: Any, path: Path, size: tuple[int, int]) -> int:
        window.view.bridge.painted.connect(
            lambda: marks.setdefault("painted", time.monotonic())
        )
        status: int = original(app, window, path, size)
        marks["page_loads"] = window.loader.page_generation  # pages or block sets sent
        return status

    shot.take_screenshot = timed
    status = main(["--screenshot", png, "--data-dir", data_dir, "--aids", "furigana"])
    print(f"t0={T0}\npainted={marks.get('painted', -1.0)}")
    print(f"page_loads={int(marks.get('page_loads', 0))}")
    return status


def run_bare(html: str, png: str) -> int:
    """A bare view: load the page, wait for two frames, grab it like the app does."""
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    view = QWebEngineView()
    view.resize(1280, 860)
    marks: dict[str, float] = {}

    def on_title(title: str) -> None:
        if title == "painted" and "painted" not in marks:
            marks["painted"] = time.monotonic()
            view.grab().save(png)
            app.quit()

    view.titleChanged.connect(on_title)
    view.loadFinished.connect(lambda _ok: view.page().runJavaScript(PAINT_JS))
    view.load(QUrl.fromLocalFile(html))
    view.show()
    app.exec()
    print(f"t0={T0}\npainted={marks.get('painted', -1.0)}\npage_loads=1")
    return 0


def wait_for(
    signal: Any, trigger: Callable[[], None], timeout_ms: int = 30_000
) -> None:
    """Run ``trigger`` and the event loop until ``signal`` fires."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    trigger()
    loop.exec()
    signal.disconnect(loop.quit)


def run_switch(data_dir: str, count: int) -> int:
    """Time aid switches in the real window against bare class flips on its page."""
    from reader.app import prepare_environment
    from reader.core.readings import ReadingEngine
    from reader.services import cached_readings

    prepare_environment(offscreen=True)
    import shiboken6
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from reader.core.text.source import load_document
    from reader.paths import DataPaths
    from reader.ui.context import ReaderContext
    from reader.ui.i18n import Translations
    from reader.ui.main_window import MainWindow
    from reader.ui.settings_model import SettingsModel
    from reader.ui.settings_store import SettingsStore

    app = QApplication([sys.argv[0]])
    root = Path(data_dir)
    doc = load_document(None)
    paths = DataPaths(root)
    ctx = ReaderContext(
        doc,
        paths,
        SettingsModel(SettingsStore(paths.settings)),
        Translations(),
        cached_readings(doc, paths.readings_cache, ReadingEngine()),
    )
    window = MainWindow(ctx)
    window.resize(1280, 860)
    window.show()
    view = window.view
    painted = view.bridge.painted

    def timed(change: Callable[[], None]) -> float:
        def trigger() -> None:
            change()
            view.call("whenPainted")

        start = time.perf_counter()
        wait_for(painted, trigger)
        return (time.perf_counter() - start) * 1000

    def js(script: str) -> Callable[[], None]:
        return lambda: view.page().runJavaScript(script)

    def flip(mode: str) -> Callable[[], None]:
        return js(
            f"for (const v of {AIDS}) document.body.classList.toggle("
            f"'aids-' + v, v === '{mode}')"
        )

    while not window.settled:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    timed(lambda: None)  # first paint
    start = AIDS.index(window.settings.aids) + 1
    app_ms: list[float] = []
    bare_ms: list[float] = []
    css_ms: list[float] = []
    for i in range(count):
        mode, following = AIDS[(start + i) % 4], AIDS[(start + i + 1) % 4]
        app_ms.append(timed(partial(window.set_option, "aids", mode)))
        bare_ms.append(timed(js("document.body.classList.toggle('x')")))
        css_ms.append(timed(flip(following)))
        css_ms.append(timed(flip(mode)))
    print(f"app_ms={app_ms}\nbare_ms={bare_ms}\ncss_ms={css_ms}")
    window.close()
    view.release()
    shiboken6.delete(window)
    del app
    return 0


if __name__ == "__main__":
    mode, first, second = sys.argv[1:4]
    if mode == "app":
        sys.exit(run_app(first, second))
    if mode == "bare":
        sys.exit(run_bare(first, second))
    sys.exit(run_switch(first, int(second)))
