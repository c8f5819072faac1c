"""Benchmark of the look-up popup in the window (run by hand:
``python tests/benchmarks/bench_lookup_window.py [--words N] [--shots DIR]``).

Opens the reading window offscreen on the interview (warm readings cache), then
clicks (real mouse events on the view) the first character of words of the
interview, one after another, and prints key=value lines:
- ``first_click_ms``: the first click, which imports and opens the dictionary and
  the analyzer in the worker (goal <= 400 ms);
- ``click_drawn_median_ms`` / ``click_drawn_p95_ms``: from the click event in the
  page to the frame with the popup painted, dictionary open (goals <= 30 / 80 ms);
- ``baseline_core_median_ms`` / ``baseline_core_p95_ms``: ``Lookup.at`` alone on the
  same words in the same run, the part of the time that is not the window's.
With ``--shots DIR`` it also saves the popup in light, dark, sepia and vertical
writing as PNGs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")

from PySide6 import QtWebEngineWidgets  # noqa: E402,F401
from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from reader.ui.scheme import register_scheme  # noqa: E402

register_scheme()

from reader.core.readings import ReadingCache, ReadingEngine  # noqa: E402
from reader.core.text.document import Document  # noqa: E402
from reader.core.text.source import load_document  # noqa: E402
from reader.paths import DataPaths  # noqa: E402
from reader.ui.context import ReaderContext  # noqa: E402
from reader.ui.i18n import Translations  # noqa: E402
from reader.ui.lookup_popup import has_content  # noqa: E402
from reader.ui.main_window import MainWindow  # noqa: E402
from reader.ui.settings_model import SettingsModel  # noqa: E402
from reader.ui.settings_store import SettingsStore  # noqa: E402


def run_until(done: object, timeout_ms: int = 30_000) -> bool:
    """Spin the event loop until ``done()`` is true (or the time is up)."""
    deadline = time.perf_counter() + timeout_ms / 1000
    while not done() and time.perf_counter() < deadline:  # type: ignore[operator]
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return bool(done())  # type: ignore[operator]


def js(window: MainWindow, script: str) -> object:
    box: list[object] = []
    window.view.page().runJavaScript(script, 0, lambda value: box.append(value))
    run_until(lambda: bool(box))
    return box[0] if box else None


def open_window(doc: Document, root: Path) -> MainWindow:
    paths = DataPaths(root)
    cache = paths.readings_cache
    cache.parent.mkdir(parents=True, exist_ok=True)
    pairs = [(b.id, b.text) for b in doc.blocks]
    ReadingCache(cache, ReadingEngine()).read_blocks(pairs)
    cached = ReadingCache(cache, ReadingEngine()).load_cached(pairs)
    settings = SettingsModel(SettingsStore(paths.settings))
    window = MainWindow(ReaderContext(doc, paths, settings, Translations(), cached))
    window.resize(1000, 720)
    window.show()
    run_until(lambda: window.settled, 120_000)
    return window


def char_point(window: MainWindow, block: str, offset: int) -> QPoint | None:
    """The middle of a character, once the page has stopped moving."""
    js(window, f"window.yomu.scrollToBlock('{block}')")
    run_until(lambda: js(window, "window.yomu.settling()") is False)
    points = [measure(window, block, offset)]
    for _ in range(50):
        points.append(measure(window, block, offset))
        if points[-1] == points[-2]:
            break
    return points[-1]


def measure(window: MainWindow, block: str, offset: int) -> QPoint | None:
    xy = js(
        window,
        f"JSON.stringify((() => {{ const r = window.yomu.rangeFor('{block}', {offset},"
        f" {offset + 1}); const q = r && r.getClientRects()[0];"
        " return q ? [q.left + q.width / 2, q.top + q.height / 2] : null; })())",
    )
    xy = json.loads(str(xy or "null"))
    if not isinstance(xy, list):
        return None
    return QPoint(round(xy[0]), round(xy[1]))


def click_and_wait(window: MainWindow, point: QPoint) -> float | None:
    """Click; the page's click-to-drawn time of the popup with an entry, or None."""
    times: list[float] = []
    hits: list[bool] = []

    def on_drawn(ms: float, found: bool) -> None:
        hits.append(found)
        if found:
            times.append(ms)

    js(window, "window.yomuLookup.close()")  # the last popup may cover the word
    window.lookup.drawn.connect(on_drawn)
    target = window.view.focusProxy()
    assert target is not None
    QTest.mouseMove(target, point)
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    run_until(lambda: bool(times), 5_000)
    window.lookup.drawn.disconnect(on_drawn)
    return times[0] if times else None


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def shots(window: MainWindow, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    cases = [("light", False, "tu-bdddd1ee", 70), ("dark", False, "tu-a49caddd", 97),
             ("sepia", False, "tu-1a9a984a", 103), ("light", True, "tu-bdddd1ee", 70)]
    for theme, vertical, block, offset in cases:
        js(window, "window.yomuLookup.close()")
        window.set_option("theme", theme)
        window.set_option("vertical", vertical)
        point = char_point(window, block, offset)
        if point is None:
            continue
        ms = click_and_wait(window, point)
        print(f"shot_click_ms={ms} point={point.x()},{point.y()}")
        js(window, "document.querySelector('.lu-kanji-button').click()")
        run_until(lambda: "strokes" in str(js(window, "document.querySelector('.lookup').innerText")), 5000)
        loop = QEventLoop()
        QTimer.singleShot(1500, loop.quit)  # the flash of the block scrolled to ends
        loop.exec()
        name = f"lookup-{theme}{'-vertical' if vertical else ''}.png"
        window.grab().save(str(folder / name))
        print(f"shot={folder / name}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--shots", type=Path)
    args = parser.parse_args()
    app = QApplication(sys.argv)  # noqa: F841 - kept alive for the run
    doc = load_document()
    with tempfile.TemporaryDirectory() as tmp:
        window = open_window(doc, Path(tmp))
        words = [
            (b.id, w)
            for b in doc.blocks
            for w in window.readings.get(b.id, ())
            if has_content(w) and not w.text.isascii()
        ]
        step = max(1, len(words) // max(args.words, 1))
        chosen = words[::step][: args.words]
        clicks: list[float] = []
        first: float | None = None
        missed = 0
        for block, word in chosen:
            point = char_point(window, block, word.start)
            ms = click_and_wait(window, point) if point is not None else None
            if ms is None:
                missed += 1
            elif first is None:
                first = ms
            else:
                clicks.append(ms)
        lookup = window.lookup._dictionary()
        core: list[float] = [float("nan")] if not chosen else []
        for block, word in chosen:
            text = doc.block(block).text
            t0 = time.perf_counter()
            lookup.at(text, word.start, word.kana)
            core.append((time.perf_counter() - t0) * 1000)
        print(f"words={len(chosen)} missed={missed}")
        print(f"first_click_ms={first:.1f}" if first is not None else "first_click_ms=nan")
        if clicks:
            print(f"click_drawn_median_ms={statistics.median(clicks):.1f}")
            print(f"click_drawn_p95_ms={percentile(clicks, 0.95):.1f}")
        print(f"baseline_core_median_ms={statistics.median(core):.2f}")
        print(f"baseline_core_p95_ms={percentile(core, 0.95):.2f}")
        if args.shots is not None:
            shots(window, args.shots)
        window.close()
        window.view.release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
