"""Benchmark of one very long paragraph (run by hand:
``python tests/benchmarks/bench_long_paragraph.py [CHARS]``, default 60,000).

Prints key=value lines. The page is shown in a bare ReadingView twice in the same
run: as rendered now (long blocks in parts, reader/core/page/layout.py split_words), and as
the baseline with parts switched off (one paragraph, as before). For each: page
loaded to the script's first report, an aid switch, and a selection in the middle
mapped to offsets.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox --disable-gpu --disable-logging"
from PySide6 import QtWebEngineWidgets  # noqa: E402,F401

from reader.ui.scheme import register_scheme  # noqa: E402

register_scheme()

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from reader.core.page import layout as page  # noqa: E402
from reader.core.readings import ReadingEngine, Word  # noqa: E402
from reader.core.settings import Settings  # noqa: E402
from reader.core.text.parse import parse_document  # noqa: E402
from reader.ui.page_loader import body_classes, render_options, root_style  # noqa: E402
from reader.ui.reading_view import ReadingView  # noqa: E402

SENTENCES = ["今日は天気が良いので公園へ散歩に行きました。", "彼は東京で日本語を勉強している。",
             "エージェントの世界に話題を移しましょう。"]
TIMEOUT_MS = 600_000


def wait(start: Callable[[Callable[[Any], None]], None]) -> tuple[float, Any]:
    """Seconds until ``start``'s callback is called, and its value."""
    loop, out = QEventLoop(), []

    def done(value: Any) -> None:
        out.append(value)
        loop.quit()

    began = time.perf_counter()
    start(done)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    loop.exec()
    return time.perf_counter() - began, out[0] if out else None


def measure(view: ReadingView, html: str, block: str, middle: int) -> dict[str, float]:
    def js(script: str) -> Callable[[Callable[[Any], None]], None]:
        return lambda done: view.page().runJavaScript(script, 0, done)

    def load(done: Callable[[Any], None]) -> None:
        view.ready.connect(lambda: done(None))
        view.show_page(html)

    ready, _ = wait(load)
    view.ready.disconnect()
    aids, _ = wait(js("window.yomu.setAids('none'); window.yomu.setAids('both'); 1"))
    select, _ = wait(js(f"window.yomu.selectBlockRange('{block}', {middle}, "
                        f"{middle + 10}); JSON.stringify(window.yomu.selectionRanges())"))
    return {"ready_s": ready, "aids_s": aids, "select_s": select}


def main() -> None:
    chars = int(sys.argv[1]) if len(sys.argv) > 1 else 60_000
    body = "".join(SENTENCES[i % 3] for i in range(chars // 15 + 1))[:chars]
    doc = parse_document(f"長い段落\n\n{body}\n", "long.txt")
    engine = ReadingEngine()
    readings: dict[str, tuple[Word, ...]] = {b.id: engine.read(b.text) for b in doc.blocks}
    block = max(doc.blocks, key=lambda b: len(b.text))
    settings = Settings().with_value("aids", "both")
    app = QApplication([])
    view = ReadingView()
    view.resize(1000, 700)
    view.show()
    figures: dict[str, dict[str, float]] = {}
    for name, part_chars in (("parts", page.PART_CHARS), ("baseline", 10**12)):
        page.PART_CHARS = part_chars
        body_html = page.render_body(doc, readings, render_options(settings))
        html = page.page_html(doc, body_html, body_classes(settings), root_style(settings))
        figures[name] = measure(view, html, block.id, len(block.text) // 2)
    print(f"chars={chars}")
    print(f"parts={len(page.split_words(readings[block.id], 800))}")
    for key in ("ready_s", "aids_s", "select_s"):
        now, before = figures["parts"][key], figures["baseline"][key]
        print(f"{key}={now:.2f} baseline_{key}={before:.2f} speedup_{key}={before / now:.0f}x")
    view.release()
    del app


if __name__ == "__main__":
    main()
