"""Benchmark of the readings layer (run by hand: ``python tests/benchmarks/bench_readings.py``).

Prints key=value lines: the time to read the whole interview from scratch with a
fresh engine, the time to load the same readings from the cache file, their ratio, and
the time to export the interview (readings at hand) as HTML, text and Markdown.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reader.core.export import ExportFormat, export_document  # noqa: E402
from reader.core.readings import ReadingCache, ReadingEngine  # noqa: E402
from reader.core.render import Aids  # noqa: E402
from reader.core.resources import bundled_seed_path  # noqa: E402
from reader.core.source import load_document  # noqa: E402


def _blocks() -> list[tuple[str, str]]:
    lines = bundled_seed_path().read_text(encoding="utf-8").split("\n")
    return [(f"line-{index}", line) for index, line in enumerate(lines) if line.strip()]


def main() -> None:
    """Measure and print the figures."""
    blocks = _blocks()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "readings.json"
        start = time.perf_counter()
        ReadingCache(path, ReadingEngine()).read_blocks(blocks)
        compute = time.perf_counter() - start
        engine = ReadingEngine()
        start = time.perf_counter()
        ReadingCache(path, engine).read_blocks(blocks)
        load = time.perf_counter() - start
        size = path.stat().st_size
    print(f"blocks={len(blocks)}")
    print(f"readings_compute_s={compute:.3f}")
    print(f"readings_cached_load_s={load:.3f}")
    print(f"cached_ratio={load / compute:.3f}")
    print(f"cache_file_bytes={size}")
    export_times()
    print(
        "note=compute includes loading pykakasi's dictionaries and the bundled "
        "corrections (fresh engine); cached load excludes building the engine; "
        "goal cached_ratio <= 0.05"
    )


def export_times() -> None:
    """Median time of each export format with both aids (readings computed first)."""
    doc = load_document()
    engine = ReadingEngine()
    readings = {b.id: engine.read(b.text) for b in doc.blocks}
    for fmt in ExportFormat:
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            export_document(doc, readings, fmt, Aids.BOTH)
            runs.append(time.perf_counter() - start)
        print(f"export_{fmt.value}_s={sorted(runs)[2]:.3f}")


if __name__ == "__main__":
    main()
