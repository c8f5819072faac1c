"""Measure the candidate analyzers on the development set (run by hand).

``python tests/benchmarks/bench_analyzers.py`` prints key=value lines for raw
pykakasi, the project's engine, fugashi + unidic-lite and SudachiPy +
sudachidict-core (each analyzer alone: its cut, its kana reading): kanji words
read wrong per text and their mean, romaji CER where the reader makes romaji,
characters per second on the whole set (dictionary loaded first), the time to
load, the size installed, and the peak memory each adds to a Python process
(resident set measured in a child process, since tracemalloc does not see C
allocations). Needs fugashi, unidic-lite, sudachipy and sudachidict-core.
"""

from __future__ import annotations

import importlib.util
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.core.readings.devset import engines  # noqa: E402
from tests.core.readings.devset.score import (  # noqa: E402
    Unit,
    load_all,
    report,
    score_units,
    word_romaji,
    word_units,
)

#: name -> (loader building the analyzer, units of a text, packages installed)
READERS: dict[str, tuple[Callable[[], object], Callable[[str], list[Unit]], list[str]]] = {
    "pykakasi": (engines._kakasi, engines.kakasi_units, ["pykakasi", "jaconv"]),
    "fugashi_unidic_lite": (
        engines.fugashi_tagger,
        engines.fugashi_units,
        ["fugashi", "unidic_lite"],
    ),
    "sudachi_core": (
        engines.sudachi_tokenizer,
        engines.sudachi_units,
        ["sudachipy", "sudachidict_core"],
    ),
}


def _package_mb(names: list[str]) -> float:
    total = 0
    for name in names:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            continue
        folder = Path(spec.origin).parent
        total += sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    return total / 2**20


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux's VmHWM).

    ``getrusage``'s maxrss would do, but it survives ``exec``: a child started by
    a large parent reports the parent's peak.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(name: str) -> None:
    """In a fresh process: peak RSS before and after loading and reading the set."""
    texts = [dev.text for dev in load_all()]
    before = peak_rss_mb()
    start = time.perf_counter()
    if name == "yomu":
        from reader.core.readings import ReadingEngine

        engine = ReadingEngine()
        engine.read("日本語")
        load_s = time.perf_counter() - start
        start = time.perf_counter()
        for text in texts:
            engine.read(text)
    else:
        loader, units, _ = READERS[name]
        loader()
        units("日本語")
        load_s = time.perf_counter() - start
        start = time.perf_counter()
        for text in texts:
            units(text)
    read_s = time.perf_counter() - start
    after = peak_rss_mb()
    chars = sum(len(text) for text in texts)
    print(
        json.dumps(
            {"load_s": load_s, "cps": chars / read_s, "rss_added_mb": after - before}
        )
    )


def _measure(name: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", name],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    """Score and measure every reader."""
    from reader.core.readings import ReadingEngine

    devs = load_all()
    engine = ReadingEngine()
    yomu = []
    for dev in devs:
        words = engine.read(dev.text)
        yomu.append(score_units(dev, word_units(words), word_romaji(words)))
    report("yomu", yomu)
    kakasi = [
        score_units(dev, engines.kakasi_units(dev.text), engines.kakasi_romaji(dev.text))
        for dev in devs
    ]
    report("pykakasi", kakasi)
    for name in ("fugashi_unidic_lite", "sudachi_core"):
        units = READERS[name][1]
        report(name, [score_units(dev, units(dev.text)) for dev in devs])
    for name in ("yomu", *READERS):
        figures = _measure(name)
        for key, value in figures.items():
            print(f"{name}.{key}={value:.3f}")
        if name in READERS:
            print(f"{name}.installed_mb={_package_mb(READERS[name][2]):.1f}")
    print(
        "note=cps: characters per second over the whole development set with the "
        "dictionary already loaded; rss_added_mb: peak resident memory added by "
        "loading the reader and reading the set, in a fresh process"
    )


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        _child(sys.argv[2])
    else:
        main()
