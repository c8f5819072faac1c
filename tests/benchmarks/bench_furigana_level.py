"""Benchmark of furigana by level (run by hand:
``python tests/benchmarks/bench_furigana_level.py``).

Prints key=value lines, each against a baseline measured in the same run, on the
interview's readings:
- ``render_keys_ms`` / ``render_plain_ms``: the page body with each furigana ruby's
  word and level marks (what the window renders on a cold start) against the same
  body without them (``word_keys=False``); ``body_kb`` / ``body_plain_kb`` their size.
- ``table_ms``: reading resources/readings/kanji_levels.tsv, once per process.
- ``export_text_ms_<level>``: the text export at a level, against ``all``.
- ``hidden_share_<level>``: the share of furigana rubies the level hides.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reader.core.choices import Aids, FuriganaLevel  # noqa: E402
from reader.core.page import levels  # noqa: E402
from reader.core.page.export import ExportFormat, export_document  # noqa: E402
from reader.core.page.layout import render_body  # noqa: E402
from reader.core.page.render import RenderOptions  # noqa: E402
from reader.core.text.source import load_document  # noqa: E402
from reader.services import compute_readings  # noqa: E402

RUNS = 7


def _medians_ms(*actions: Callable[[], object]) -> list[float]:
    """Median time of each action, runs interleaved after one warm-up each."""
    times: list[list[float]] = [[] for _ in actions]
    for action in actions:
        action()
    for _ in range(RUNS):
        for action, spent in zip(actions, times, strict=True):
            start = time.perf_counter()
            action()
            spent.append((time.perf_counter() - start) * 1000)
    return [statistics.median(spent) for spent in times]


def main() -> None:
    doc = load_document()
    with tempfile.TemporaryDirectory() as folder:
        readings = compute_readings(doc, Path(folder))
    start = time.perf_counter()
    levels.kanji_levels()
    print(f"table_ms={(time.perf_counter() - start) * 1000:.2f}")

    page = RenderOptions(offsets=False, parens=False, word_keys=True)
    plain = RenderOptions(offsets=False, parens=False)
    keys_ms, plain_ms = _medians_ms(
        lambda: render_body(doc, readings, page),
        lambda: render_body(doc, readings, plain),
    )
    print(f"render_keys_ms={keys_ms:.1f}")
    print(f"render_plain_ms={plain_ms:.1f}")
    print(f"body_kb={len(render_body(doc, readings, page).encode()) / 1024:.0f}")
    print(f"body_plain_kb={len(render_body(doc, readings, plain).encode()) / 1024:.0f}")

    rubies = [
        w for words in readings.values() for w in words for s in w.segments if s.reading
    ]
    chosen = (FuriganaLevel.ALL, FuriganaLevel.GRADE3, FuriganaLevel.JOYO,
              FuriganaLevel.JLPT2)

    def export(level: FuriganaLevel) -> Callable[[], object]:
        return lambda: export_document(
            doc, readings, ExportFormat.TEXT, Aids.FURIGANA, level=level
        )

    for level, ms in zip(chosen, _medians_ms(*map(export, chosen)), strict=True):
        hidden = sum(levels.furigana_hidden(w, frozenset(), level) for w in rubies)
        print(f"export_text_ms_{level}={ms:.1f}")
        print(f"hidden_share_{level}={hidden / len(rubies):.3f}")


if __name__ == "__main__":
    main()
