"""Benchmark of dictionary look-up (run by hand: ``python tests/benchmarks/bench_lookup.py``).

Prints key=value lines:
- ``first_lookup_ms``: the first look-up in a fresh process, opening the dictionary
  and the analyzer (goal <= 400 ms); ``import_ms`` is the import of the package
  (mostly the readings package, which the window has imported already), and
  ``first_lookup_with_import_ms`` the two together.
- ``lookup_median_ms`` / ``lookup_p95_ms``: a look-up at the start of every word of
  the interview, dictionary open (goal <= 30 ms median, <= 80 ms p95: the core part
  of "click to popup drawn"); ``kanji_median_ms`` for the popup's kanji section.
- ``baseline_jamdict_median_ms``: jamdict's own ``lookup`` of each word's text, the
  alternative this module replaces, on the same words.
- ``coverage``: the share of the interview's kanji words (readings engine on this
  branch) whose look-up finds an entry read as the engine reads them (goal >= 0.97),
  and ``missing=`` lines for the rest.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

T0 = time.perf_counter()
from reader.core.lookup import Lookup, LookupResult, WordMatch  # noqa: E402

IMPORT_MS = (time.perf_counter() - T0) * 1000

from reader.core.readings import ReadingEngine, Word  # noqa: E402
from reader.core.readings.kana import has_kanji, to_hiragana  # noqa: E402
from reader.core.source import load_document  # noqa: E402


def _words() -> list[tuple[str, Word]]:
    doc = load_document()
    engine = ReadingEngine()
    return [
        (block.text, word)
        for block in doc.blocks
        for word in engine.read(block.text)
        if word.kana is not None and word.text.strip()
    ]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _fits(match: WordMatch, text: str, kana: str) -> int:
    """How much of ``text`` (read ``kana``) the match explains; 0 if it misreads it."""
    written = to_hiragana(match.surface_reading or "")
    size = min(match.length, len(text))
    if not written or match.surface[:size] != text[:size]:
        return 0
    short, long_ = sorted((written, kana), key=len)
    return size if long_.startswith(short) else 0


def covered(lookup: Lookup, block: str, word: Word, first: LookupResult) -> str:
    """``whole``: one entry covers the word with its reading; ``parts``: entries
    read right cover its kanji one after the other (並列 + 的); ``""``: neither.
    """
    kana = to_hiragana(word.kana or "")
    result, pos, parts = first, 0, 0
    while has_kanji(word.text[pos:]):
        fits = [_fits(m, word.text[pos:], kana) for m in result.words]
        size = max(fits, default=0)
        if not size:
            return ""
        best = result.words[fits.index(size)]
        kana = kana[len(best.surface_reading or "") :]
        pos, parts = pos + size, parts + 1
        result = lookup.at(block, word.start + pos)
    return "whole" if parts <= 1 else "parts"


def main() -> None:
    """Measure and print the figures."""
    lookup = Lookup()
    start = time.perf_counter()
    lookup.at("食べました", 0)
    first = (time.perf_counter() - start) * 1000
    print(f"import_ms={IMPORT_MS:.1f}")
    print(f"first_lookup_ms={first:.1f}")
    print(f"first_lookup_with_import_ms={IMPORT_MS + first:.1f}")
    words = _words()
    times: list[float] = []
    misses: list[str] = []
    kinds: list[str] = []
    for text, word in words:
        start = time.perf_counter()
        result = lookup.at(text, word.start, word.kana)
        times.append((time.perf_counter() - start) * 1000)
        if has_kanji(word.text):
            kinds.append(covered(lookup, text, word, result))
            if not kinds[-1]:
                misses.append(f"{word.text}({word.kana})")
    kanji_times = []
    for _, word in [w for w in words if has_kanji(w[1].text)][:300]:
        start = time.perf_counter()
        lookup.kanji(word.text)
        kanji_times.append((time.perf_counter() - start) * 1000)
    print(f"words={len(words)}")
    print(f"lookup_median_ms={statistics.median(times):.2f}")
    print(f"lookup_p95_ms={_percentile(times, 0.95):.2f}")
    print(f"lookup_max_ms={max(times):.2f}")
    print(f"kanji_median_ms={statistics.median(kanji_times):.2f}")
    _baseline([w.text for _, w in words[:200]])
    print(f"kanji_words={len(kinds)}")
    print(f"coverage={(len(kinds) - len(misses)) / len(kinds):.4f}")
    print(f"coverage_one_entry={kinds.count('whole') / len(kinds):.4f}")
    for miss in sorted(set(misses)):
        print(f"missing={miss}")


def _baseline(texts: list[str]) -> None:
    try:
        from jamdict import Jamdict
    except ImportError:
        print("baseline_jamdict_median_ms=unavailable")
        return
    jam = Jamdict()
    jam.lookup("食べる")
    times = []
    for text in texts:
        start = time.perf_counter()
        jam.lookup(text, strict_lookup=True)
        times.append((time.perf_counter() - start) * 1000)
    print(f"baseline_jamdict_median_ms={statistics.median(times):.2f}")


if __name__ == "__main__":
    main()
