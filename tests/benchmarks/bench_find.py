"""Benchmark of find by text, kana and romaji (run by hand).

    .venv/bin/python tests/benchmarks/bench_find.py

Prints ``key=value`` lines for the interview and for a text ten times its size:
the time to build the index once (``build_ms``), and the median time from a query
string to its hits (``find_ms``: folding the query, searching the three keys,
mapping hits back to base text) for queries typed as text, kana and romaji, against
a plain ``str.find`` loop over the source text for the same query as written
(``str_find_ms``), the least any find can do. The goal is a median under 50 ms at
the interview's size by every kind of query (issue 12); the page's painting of the
hits, keystroke to marks drawn, is measured in the window by bench_find_window.py.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.find import FindIndex  # noqa: E402
from reader.core.readings import ReadingCache, ReadingEngine, Word  # noqa: E402
from reader.core.text.document import Document  # noqa: E402
from reader.core.text.source import load_document  # noqa: E402

REPEAT = 15
QUERIES = {
    "text": ["各社", "強化学習", "モデル", "AI", "考え"],
    "kana": ["かくしゃ", "きょうかがくしゅう", "もでる", "かんがえ", "こんぴゅーた"],
    "romaji": ["kakusha", "kyōka gakushū", "moderu", "kangae", "kyouka"],
}


def _median(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _plain_find(source: str, needle: str) -> int:
    count, at = 0, source.find(needle)
    while at >= 0:
        count += 1
        at = source.find(needle, at + len(needle))
    return count


def _readings(doc: Document, folder: Path) -> dict[str, tuple[Word, ...]]:
    cache = ReadingCache(folder / "readings.json", ReadingEngine())
    return cache.read_blocks((b.id, b.text) for b in doc.blocks)


def _scaled(doc: Document, times: int, folder: Path) -> Document:
    path = folder / "big.txt"
    body = doc.source.split("\n", 1)[1]  # one title, the rest repeated
    path.write_text(doc.source + ("\n" + body) * (times - 1), encoding="utf-8")
    return load_document(path)


def _same_readings(
    doc: Document, known: Mapping[str, Sequence[Word]], like: Document
) -> dict[str, Sequence[Word]]:
    by_text = {b.text: known[b.id] for b in like.blocks if b.id in known}
    return {b.id: by_text[b.text] for b in doc.blocks if b.text in by_text}


def bench(label: str, doc: Document, readings: Mapping[str, Sequence[Word]]) -> None:
    t0 = time.perf_counter()
    index = FindIndex(doc, readings)
    build = time.perf_counter() - t0
    print(f"size={label} chars={len(doc.source)} build_ms={build * 1e3:.0f}")
    for kind, queries in QUERIES.items():
        find = statistics.median(_median(_finder(index, q)) for q in queries)
        hits = sum(len(index.find(q)) for q in queries)
        plain = statistics.median(_median(_str_finder(doc.source, q)) for q in queries)
        print(
            f"size={label} kind={kind} find_ms={find * 1e3:.3f} hits={hits}"
            f" str_find_ms={plain * 1e3:.3f} ratio={find / plain:.1f}"
        )


def _finder(index: FindIndex, query: str) -> Callable[[], object]:
    return lambda: index.find(query)


def _str_finder(source: str, query: str) -> Callable[[], object]:
    return lambda: _plain_find(source, query)


def main() -> None:
    doc = load_document()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        readings = _readings(doc, folder)
        bench("1x", doc, readings)
        big = _scaled(doc, 10, folder)
        bench("10x", big, _same_readings(big, readings, doc))


if __name__ == "__main__":
    main()
