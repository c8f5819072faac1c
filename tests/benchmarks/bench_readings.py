"""Benchmark of the readings layer (run by hand: ``python tests/benchmarks/bench_readings.py``).

Prints key=value lines, each goal measured against raw pykakasi in the same run:

- ``cold_*``: the interview's readings computed from cold (fresh process: import,
  build the engine, read every line) against raw pykakasi doing the same; the
  median of five runs each, alternated. Goal ``cold_ratio <= 1.5``.
- ``devset_*``: kanji words read wrong per development text and their mean (goal
  ``<= 2.5``), romaji character error rate (goal ``<= 1.0``), characters per
  second on the set (engine warm), the same for raw pykakasi.
- ``rss_*``: peak resident memory of a fresh process that reads the whole set,
  with the engine and with raw pykakasi; their difference is what the analyzer
  (and the engine's own code) adds.
- ``interview_*``: share of the interview's kanji words read as proofread (goal
  ``>= 99.5``), and how far its romaji moved from the proofread engine's.
- ``editions_*``: five stories in both their historical-kana and modern-kana
  editions (``tests/core/readings/editions/``): the share of kanji whose reading
  differs between the two editions, and the romaji CER of the one against the
  other, the engine against raw pykakasi (no goal in the issue; lower is better).
- the readings cache and the export times, as before.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _cold_child(mode: str) -> None:
    """The interview from cold in this fresh process: nothing of ours imported yet.

    The clock starts before the engine (or pykakasi) is imported, so whatever is
    loaded at import time counts too.
    """
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    lines = [line for line in seed.read_text(encoding="utf-8").split("\n") if line.strip()]
    start = time.perf_counter()
    if mode == "cold-yomu":
        from reader.core.readings import ReadingEngine

        engine = ReadingEngine()
        for line in lines:
            engine.read(line)
    else:
        import pykakasi

        kakasi = pykakasi.kakasi()  # type: ignore[no-untyped-call]
        for line in lines:
            kakasi.convert(line)
    print(json.dumps({"seconds": time.perf_counter() - start}))


if __name__ == "__main__" and sys.argv[1:2] == ["--child"] and "cold" in sys.argv[2]:
    _cold_child(sys.argv[2])
    sys.exit(0)

from reader.core.page.export import ExportFormat, export_document  # noqa: E402
from reader.core.page.render import Aids  # noqa: E402
from reader.core.readings import ReadingCache, ReadingEngine  # noqa: E402
from reader.core.resources import bundled_seed_path  # noqa: E402
from reader.core.text.source import load_document  # noqa: E402
from tests.core.readings.devset import engines  # noqa: E402
from tests.core.readings.devset.score import (  # noqa: E402
    TextScore,
    load,
    load_all,
    mean,
    read_as_distributed,
    score_units,
    word_romaji,
    word_units,
)


def _blocks() -> list[tuple[str, str]]:
    lines = bundled_seed_path().read_text(encoding="utf-8").split("\n")
    return [(f"line-{index}", line) for index, line in enumerate(lines) if line.strip()]


def peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux's VmHWM; 0 where unknown).

    ``getrusage``'s maxrss survives ``exec``, so a child would report its parent's.
    """
    status = Path("/proc/self/status")
    if not status.exists():
        return 0.0
    for line in status.read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _rss_child(mode: str) -> None:
    """Peak memory reading the development set, in this fresh process."""
    texts = [dev.text for dev in load_all()]
    if mode == "rss-yomu":
        engine = ReadingEngine()
        for text in texts:
            engine.read(text)
    else:
        for text in texts:
            engines.kakasi_units(text)
    print(json.dumps({"peak_rss_mb": peak_rss_mb()}))


def _run_child(mode: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def cold_times() -> None:
    """The interview from cold, the engine against raw pykakasi."""
    yomu, kakasi = [], []
    for _ in range(5):
        yomu.append(_run_child("cold-yomu")["seconds"])
        kakasi.append(_run_child("cold-kakasi")["seconds"])
    yomu_s, kakasi_s = statistics.median(yomu), statistics.median(kakasi)
    print(f"cold_interview_chars={len(bundled_seed_path().read_text(encoding='utf-8'))}")
    print(f"cold_yomu_s={yomu_s:.3f}")
    print(f"cold_pykakasi_s={kakasi_s:.3f}")
    print(f"cold_ratio={yomu_s / kakasi_s:.2f}")


def devset_figures() -> None:
    """Accuracy per development text, romaji CER, and speed, against pykakasi."""
    devs = load_all()
    engine = ReadingEngine()
    engine.read(devs[0].text)  # warm: dictionaries loaded
    scores: list[TextScore] = []
    spent = 0.0
    for dev in devs:
        start = time.perf_counter()
        words = engine.read(dev.text)
        spent += time.perf_counter() - start
        scores.append(score_units(dev, word_units(words), word_romaji(words)))
    chars = sum(len(dev.text) for dev in devs)
    kakasi: list[TextScore] = []
    kakasi_spent = 0.0
    for dev in devs:
        start = time.perf_counter()
        units = engines.kakasi_units(dev.text)
        kakasi_spent += time.perf_counter() - start
        kakasi.append(score_units(dev, units, engines.kakasi_romaji(dev.text)))
    for score in scores:
        print(f"devset_{score.name}_kanji_words={score.kanji_words}")
        print(f"devset_{score.name}_wrong_pct={score.wrong_pct:.2f}")
        print(f"devset_{score.name}_unglossed_wrong_pct={score.unglossed_wrong_pct:.2f}")
        print(f"devset_{score.name}_romaji_cer_pct={score.cer_pct:.2f}")
    print(f"devset_mean_wrong_pct={mean([s.wrong_pct for s in scores]):.2f}")
    unglossed = mean([s.unglossed_wrong_pct for s in scores])
    print(f"devset_mean_unglossed_wrong_pct={unglossed:.2f}")
    print(f"devset_mean_romaji_cer_pct={mean([s.cer_pct or 0.0 for s in scores]):.2f}")
    print(f"devset_pykakasi_mean_wrong_pct={mean([s.wrong_pct for s in kakasi]):.2f}")
    print(
        "devset_pykakasi_mean_romaji_cer_pct="
        f"{mean([s.cer_pct or 0.0 for s in kakasi]):.2f}"
    )
    # The same texts as distributed: Aozora files with the author's ruby, which
    # Yomu shows over its span and carries to later uses of the glossed word.
    ruby = [
        score_units(dev, word_units(w), word_romaji(w))
        for dev in devs
        for w in [read_as_distributed(dev, engine)]
    ]
    print(f"devset_with_ruby_mean_wrong_pct={mean([s.wrong_pct for s in ruby]):.2f}")
    print(
        "devset_with_ruby_mean_romaji_cer_pct="
        f"{mean([s.cer_pct or 0.0 for s in ruby]):.2f}"
    )
    print(f"devset_chars={chars}")
    print(f"devset_yomu_chars_per_s={chars / spent:.0f}")
    print(f"devset_pykakasi_chars_per_s={chars / kakasi_spent:.0f}")


def memory_figures() -> None:
    """Peak memory reading the set: the engine against raw pykakasi."""
    yomu = _run_child("rss-yomu")["peak_rss_mb"]
    kakasi = _run_child("rss-pykakasi")["peak_rss_mb"]
    print(f"rss_yomu_peak_mb={yomu:.1f}")
    print(f"rss_pykakasi_peak_mb={kakasi:.1f}")
    print(f"rss_analyzer_added_mb={yomu - kakasi:.1f}")


def interview_figures() -> None:
    """The interview against its proofread reference."""
    dev = load("interview")
    words = ReadingEngine().read(dev.text)
    score = score_units(dev, word_units(words), word_romaji(words))
    print(f"interview_kanji_words={score.kanji_words}")
    print(f"interview_right_pct={100 - score.wrong_pct:.2f}")
    print(f"interview_romaji_moved_pct={score.cer_pct:.2f}")
    for miss in score.misses[:20]:
        print(f"interview_miss={miss.start}:{miss.text}:{miss.got}!={miss.want}")


def cache_figures() -> None:
    """Computing the interview through the cache, then loading it back."""
    blocks = _blocks()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "readings.json"
        start = time.perf_counter()
        ReadingCache(path, ReadingEngine()).read_blocks(blocks)
        compute = time.perf_counter() - start
        engine = ReadingEngine()
        start = time.perf_counter()
        ReadingCache(path, engine).read_blocks(blocks)
        load_s = time.perf_counter() - start
        size = path.stat().st_size
    print(f"blocks={len(blocks)}")
    print(f"readings_compute_s={compute:.3f}")
    print(f"readings_cached_load_s={load_s:.3f}")
    print(f"cached_ratio={load_s / compute:.3f}")
    print(f"cache_file_bytes={size}")


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


def editions_figures() -> None:
    """Historical against modern kana usage: the engine and raw pykakasi."""
    from tests.core.readings.editions import compare

    for label, read in (("yomu", compare.yomu), ("pykakasi", compare.pykakasi)):
        scores = compare.compare(read)
        differ = statistics.mean(score.differ_pct for score in scores)
        cer = statistics.mean(score.romaji_cer for score in scores)
        print(f"editions_{label}_differ_pct={differ:.2f}")
        print(f"editions_{label}_romaji_cer_pct={cer:.2f}")


def main() -> None:
    """Measure and print the figures."""
    cold_times()
    devset_figures()
    editions_figures()
    memory_figures()
    interview_figures()
    cache_figures()
    export_times()
    print(
        "note=goals: cold_ratio <= 1.5, devset_mean_wrong_pct <= 2.5, "
        "devset_mean_romaji_cer_pct <= 1.0, interview_right_pct >= 99.5, "
        "cached_ratio <= 0.05; cold runs are fresh processes (median of 5), "
        "compute includes loading dictionaries and the bundled corrections"
    )


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        _rss_child(sys.argv[2])
    else:
        main()
