"""Benchmark of the find bar in the window: keystroke to hits painted (run by hand).

    .venv/bin/python tests/benchmarks/bench_find_window.py

Opens the reading window offscreen (warm readings cache) on the interview and on a
text ten times its size (bench_find.py's), opens the find bar and types queries
one key at a time, as text, kana and romaji (bench_find.QUERIES). For each key it
takes the time from the key event to the page's report that the marks are drawn
(two animation frames after find.js set them: ``FindController.painted``), and
prints per size and kind:

- ``keystroke_painted_median_ms`` / ``_p95_ms``: the goal is a median <= 50 ms at
  the interview's size (issue 12);
- ``baseline_frame_ms``: the same round trip with no hits (an empty query's marks
  cleared), measured in the same run: what any change of the page costs here;
- ``baseline_find_ms``: ``FindIndex.find`` alone on the same prefixes.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from reader.core.text.source import load_document  # noqa: E402
from reader.ui.main_window import MainWindow  # noqa: E402
from tests.benchmarks.bench_find import QUERIES, _same_readings, _scaled  # noqa: E402
from tests.benchmarks.bench_lookup_window import (  # noqa: E402
    open_window,
    percentile,
    run_until,
)


def type_key(window: MainWindow, char: str) -> float:
    """One key into the find field; ms from the key to the marks drawn."""
    painted: list[float] = []
    window.finder.painted.connect(painted.append)
    field = window.find_bar.field
    t0 = time.perf_counter()
    if char.isascii():
        QTest.keyClicks(field, char)
    else:  # QTest types ASCII only: kana come as an input method commits them
        field.insert(char)
    run_until(lambda: bool(painted), 10_000)
    elapsed = (time.perf_counter() - t0) * 1e3
    window.finder.painted.disconnect(painted.append)
    return elapsed if painted else float("nan")


def clear(window: MainWindow) -> float:
    """Empty the field and send no hits; ms to drawn: the baseline round trip."""
    field = window.find_bar.field
    field.blockSignals(True)
    field.clear()
    field.blockSignals(False)
    painted: list[float] = []
    window.finder.painted.connect(painted.append)
    t0 = time.perf_counter()
    window.finder.search("")
    run_until(lambda: bool(painted), 10_000)
    window.finder.painted.disconnect(painted.append)
    return (time.perf_counter() - t0) * 1e3


def bench(label: str, window: MainWindow) -> None:
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    run_until(lambda: window.finder.ready and window.find_bar.isVisible())
    index = window.finder.index
    assert index is not None
    frames = [clear(window) for _ in range(10)]
    for kind, queries in QUERIES.items():
        keys: list[float] = []
        core: list[float] = []
        hits = 0
        for query in queries:
            clear(window)
            for i, char in enumerate(query):
                keys.append(type_key(window, char))
                t0 = time.perf_counter()
                index.find(query[: i + 1])
                core.append((time.perf_counter() - t0) * 1e3)
            hits += len(window.finder.hits)
        print(
            f"size={label} kind={kind} keys={len(keys)} hits={hits}"
            f" keystroke_painted_median_ms={statistics.median(keys):.1f}"
            f" keystroke_painted_p95_ms={percentile(keys, 0.95):.1f}"
            f" baseline_frame_ms={statistics.median(frames):.1f}"
            f" baseline_find_ms={statistics.median(core):.2f}"
        )


def main() -> int:
    app = QApplication(sys.argv)  # noqa: F841 - kept alive for the run
    doc = load_document()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        window = open_window(doc, folder / "1x")
        bench("1x", window)
        readings = window.readings
        window.close()
        big = _scaled(doc, 10, folder)
        assert _same_readings(big, readings, doc)
        window = open_window(big, folder / "10x")
        print(f"size=10x chars={len(big.source)} blocks={len(big.blocks)}")
        bench("10x", window)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
