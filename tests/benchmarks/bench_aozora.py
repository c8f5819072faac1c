"""Benchmark of opening Aozora Bunko texts (run by hand).

    .venv/bin/python tests/benchmarks/bench_aozora.py

Prints ``key=value`` lines for the large benchmark text of issue 13 (five Sōseki
novels joined, ``tests/benchmarks/data/SOURCES.md``): its size as stored and as read,
the median time to turn it into a document (``aozora_ms``: notation read, ruby and
headings kept, blocks and sections built), against parsing the text as read as a
plain text in the same run (``plain_ms``, the parse every text pays), and the time to
lay the author's ruby over the engine's words of every block once the readings are
in hand (``ruby_overlay_ms``; the words are computed first, outside the timing, on
the first ``OVERLAY_BLOCKS`` blocks). Decoding from Shift_JIS is timed against UTF-8
(``decode_cp932_ms`` / ``decode_utf8_ms``).
"""

from __future__ import annotations

import lzma
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.readings import ReadingEngine  # noqa: E402
from reader.core.readings.fixed import with_fixed  # noqa: E402
from reader.core.text.parse import parse_document  # noqa: E402
from reader.core.text.source import parse_text  # noqa: E402

DATA = ROOT / "tests" / "benchmarks" / "data" / "aozora_soseki.txt.xz"
REPEAT = 5
OVERLAY_BLOCKS = 400


def _median_ms(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    text = lzma.decompress(DATA.read_bytes()).decode("utf-8")
    doc = parse_text(text, DATA.stem)
    print(f"stored_chars={len(text)}")
    print(f"read_chars={len(doc.source)}")
    print(f"blocks={len(doc.blocks)} sections={len(doc.sections)} ruby={len(doc.ruby)}")
    aozora = _median_ms(lambda: parse_text(text, DATA.stem))
    plain = _median_ms(lambda: parse_document(doc.source, DATA.stem))
    print(f"aozora_ms={aozora:.0f}")
    print(f"plain_ms={plain:.0f}")
    print(f"aozora_vs_plain={aozora / plain:.2f}")
    utf8 = text.encode("utf-8")
    cp932 = text.encode("cp932", errors="replace")
    print(f"decode_utf8_ms={_median_ms(lambda: utf8.decode('utf-8')):.1f}")
    print(f"decode_cp932_ms={_median_ms(lambda: cp932.decode('cp932')):.1f}")
    engine = ReadingEngine()
    blocks = [b for b in doc.blocks if doc.block_ruby(b)][:OVERLAY_BLOCKS]
    words = {b.id: engine.read(b.text) for b in blocks}
    spans = {
        b.id: [(r.start, r.end, r.reading) for r in doc.block_ruby(b)] for b in blocks
    }

    def overlay() -> None:
        for b in blocks:
            with_fixed(b.text, words[b.id], spans[b.id], engine.read)

    chars = sum(len(b.text) for b in blocks)
    print(f"ruby_overlay_ms={_median_ms(overlay):.0f} (blocks={len(blocks)} chars={chars})")


if __name__ == "__main__":
    main()
