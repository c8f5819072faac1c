"""Benchmark of a long text in the window (run by hand).

    python tests/benchmarks/bench_long_text.py [TEXT]

TEXT is the long text (at least 1,000,000 characters); without it one is made from
public-domain Aozora Bunko works (tests/benchmarks/long_text.py says which). Prints
key=value lines, each figure against a baseline measured in the same run:
1. time to the first painted page, warm and cold, of the long text and of the
   interview, against a bare QWebEngineView loading the interview's page (with its
   readings) from a file; cold, also the first page painted with its readings;
2. peak memory (RSS of the process tree) of those starts, against the bare view's
   and the interview's;
3. an aid switch in the middle of the long text against the same on the interview;
4. export of the long text as HTML, characters per second, cold and warm.
Child processes are in bench_long_text_child.py (and bench_window_child.py for the
bare view); runs are interleaved, medians shown.
"""

from __future__ import annotations

import ast
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_window import (  # noqa: E402
    bare_page,
    child_env,
    compile_bytecode,
    descendants,
    goal,
    parse,
    rss_kb,
)
from tests.benchmarks.long_text import long_text  # noqa: E402

CHILD = Path(__file__).with_name("bench_long_text_child.py")
BARE = Path(__file__).with_name("bench_window_child.py")
RUNS = 3
SWITCHES = 12
SAMPLE_S = 0.02
INTERVIEW = "-"


def run(
    script: Path, args: list[str], env: dict[str, str], need: str = "painted"
) -> tuple[dict[str, str], float]:
    """Run a child, sampling its tree's peak RSS (MiB); its key=value output."""
    proc = subprocess.Popen(
        [sys.executable, str(script), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    peak = 0
    while True:
        peak = max(peak, sum(rss_kb(pid) for pid in descendants(proc.pid)))
        try:
            proc.wait(timeout=SAMPLE_S)
            break
        except subprocess.TimeoutExpired:
            continue
    out = parse(proc.stdout.read() if proc.stdout else "")
    if proc.returncode != 0 or need not in out or out[need] == "-1.0":
        raise RuntimeError(f"child {args} failed (status {proc.returncode})")
    return out, peak / 1024


def first_paint(data: Path, source: str, env: dict[str, str]) -> dict[str, float]:
    """Seconds from the child's start to its first painted page, and peak MiB."""
    out, peak = run(CHILD, ["first", str(data), source], env)
    t0 = float(out["t0"])
    result = {"painted": float(out["painted"]) - t0, "rss": peak}
    if "readings_painted" in out:
        result["readings"] = float(out["readings_painted"]) - t0
    return result


def bare(page: Path, png: Path, env: dict[str, str]) -> dict[str, float]:
    out, peak = run(BARE, ["bare", str(page), str(png)], env)
    return {"painted": float(out["painted"]) - float(out["t0"]), "rss": peak}


def switches(data: Path, source: str, env: dict[str, str]) -> float:
    out, _ = run(CHILD, ["switch", str(data), source, str(SWITCHES)], env, "app_ms")
    times: list[float] = ast.literal_eval(out["app_ms"])
    return statistics.median(times)


def export_rate(source: Path, data: Path, out: Path, env: dict[str, str]) -> float:
    """Characters per second of ``yomu export`` to HTML (cold or warm by ``data``)."""
    start = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "reader",
            "export",
            str(source),
            "--data-dir",
            str(data),
            "--format",
            "html",
            "-o",
            str(out),
        ],
        env=env,
        check=True,
        capture_output=True,
    )
    return len(source.read_text(encoding="utf-8")) / (time.monotonic() - start)


def median(rows: list[dict[str, float]], key: str) -> float:
    return statistics.median(row[key] for row in rows)


def measure(
    tmp: Path, text: Path, env: dict[str, str]
) -> dict[str, list[dict[str, float]]]:
    """Warm both caches once, then interleave every kind of start."""
    warm_i, warm_l = tmp / "warm-interview", tmp / "warm-long"
    first_paint(warm_i, INTERVIEW, env)
    first_paint(warm_l, str(text), env)
    page = bare_page(warm_i, tmp / "bare.html")
    png = tmp / "bare.png"
    rows: dict[str, list[dict[str, float]]] = {
        k: [] for k in ("bare", "i_warm", "i_cold", "l_warm", "l_cold")
    }
    for n in range(RUNS):
        rows["bare"].append(bare(page, png, env))
        rows["i_warm"].append(first_paint(warm_i, INTERVIEW, env))
        rows["i_cold"].append(first_paint(tmp / f"cold-i{n}", INTERVIEW, env))
        rows["l_warm"].append(first_paint(warm_l, str(text), env))
        rows["l_cold"].append(first_paint(tmp / f"cold-l{n}", str(text), env))
    return rows


def report(rows: dict[str, list[dict[str, float]]]) -> None:
    bare_s, bare_mb = median(rows["bare"], "painted"), median(rows["bare"], "rss")
    print(f"runs={RUNS}")
    print(f"first_paint_bare_interview_s={bare_s:.3f}")
    limits = {"l_warm": 1.3, "l_cold": 2.0, "i_warm": 1.3, "i_cold": 1.5}
    for key, limit in limits.items():
        s = median(rows[key], "painted")
        print(f"first_paint_{key}_s={s:.3f}")
        print(f"first_paint_{key}_ratio={s / bare_s:.3f}")
        print(goal(f"first_paint_{key}_ratio", s / bare_s, limit))
    for key in ("i_cold", "l_cold"):
        s = median(rows[key], "readings")
        print(f"first_readings_{key}_s={s:.3f}")
        print(f"first_readings_{key}_ratio={s / bare_s:.3f}")
    print(f"peak_rss_bare_mb={bare_mb:.1f}")
    for key in ("i_warm", "i_cold", "l_warm", "l_cold"):
        print(f"peak_rss_{key}_mb={median(rows[key], 'rss'):.1f}")
    i_mb, l_mb = median(rows["i_warm"], "rss"), median(rows["l_warm"], "rss")
    print(f"peak_rss_i_warm_ratio={i_mb / bare_mb:.3f}")
    print(goal("peak_rss_i_warm_ratio", i_mb / bare_mb, 1.2))
    print(f"peak_rss_long_vs_interview_ratio={l_mb / i_mb:.3f}")
    print(goal("peak_rss_long_vs_interview_ratio", l_mb / i_mb, 2.0))


def main() -> None:
    """Measure and print the figures."""
    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="bench-long-") as folder:
        tmp = Path(folder)
        env = child_env(tmp)
        if len(sys.argv) > 1:
            text = Path(sys.argv[1]).resolve()
            origin = str(text)
        else:
            text = tmp / "long.txt"
            text.write_text(long_text(), encoding="utf-8")
            origin = "tests/benchmarks/long_text.py (Aozora Bunko works, joined)"
        chars = len(text.read_text(encoding="utf-8"))
        print(f"text={origin}\ntext_chars={chars}")
        out = tmp / "export.html"
        cold = export_rate(text, tmp / "warm-long", out, env)  # fills the cache
        warm = export_rate(text, tmp / "warm-long", out, env)
        print(f"export_cold_chars_per_s={cold:.0f}")
        print(f"export_warm_chars_per_s={warm:.0f}", flush=True)
        rows = measure(tmp, text, env)
        report(rows)
        i_ms = switches(tmp / "warm-interview", INTERVIEW, env)
        l_ms = switches(tmp / "warm-long", str(text), env)
        print(f"switches={SWITCHES}")
        print(f"aid_switch_interview_ms={i_ms:.1f}")
        print(f"aid_switch_long_ms={l_ms:.1f}")
        print(f"aid_switch_long_vs_interview_ratio={l_ms / i_ms:.3f}")
        print(goal("aid_switch_long_vs_interview_ratio", l_ms / i_ms, 1.2))
    print(
        "note=first paint: child start to the first page painted (fonts ready + two "
        "frames); cold runs start from an empty data folder; bare=QWebEngineView on "
        "the interview's page from a file; RSS sums VmRSS over the process tree"
    )


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
