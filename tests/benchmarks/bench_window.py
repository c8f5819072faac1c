"""Benchmark of the reading window (run by hand: ``python tests/benchmarks/bench_window.py``).

Prints key=value lines, each figure against a baseline measured in the same run:
1. start-up: process spawn to the page painted with furigana, the real app (``yomu
   --screenshot``) with an empty and a warm readings cache, against a bare
   QWebEngineView loading the same pre-rendered page from a file;
2. aid switch: ``set_option("aids", …)`` until painted, against a bare class flip
   on the same page (and against flipping the aids classes directly);
3. peak memory: the summed RSS of a start-up child and all its descendants.
Child processes are in bench_window_child.py; runs are interleaved, medians shown.
"""

from __future__ import annotations

import ast
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
CHILD = Path(__file__).with_name("bench_window_child.py")
RUNS = 5
SWITCHES = 20
SAMPLE_S = 0.02


@dataclass
class Run:
    """One start-up child: spawn to painted, spawn to exit, peak RSS of its tree."""

    painted_s: float
    wall_s: float
    peak_rss_mb: float
    page_loads: int


def compile_bytecode() -> None:
    """Byte-compile the package, as an installation (or ``make run``) has it.

    Where the environment sets PYTHONDONTWRITEBYTECODE, an uncompiled checkout
    compiles ~150 modules at every start (0.2 s) that the bare view never pays.
    """
    import compileall

    compileall.compile_dir(ROOT / "reader", quiet=1)


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu",
        QT_LOGGING_RULES="qt.webenginecontext.debug=false",
        PYTHONPATH=str(ROOT),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "share"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    return env


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it, from the ppid field of /proc/*/stat."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0  # gone, or a zombie without memory


def parse(stdout: str) -> dict[str, str]:
    pairs = (line.partition("=") for line in stdout.splitlines())
    return {key: value for key, sep, value in pairs if sep}


def run_child(args: list[str], env: dict[str, str]) -> tuple[dict[str, str], Run]:
    """Spawn a child, sample its tree's RSS until it exits, and time it."""
    spawned = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    peak = 0
    while True:
        peak = max(peak, sum(rss_kb(pid) for pid in descendants(proc.pid)))
        try:
            proc.wait(timeout=SAMPLE_S)  # the sampling interval, ended by the exit
            break
        except subprocess.TimeoutExpired:
            continue
    wall = time.monotonic() - spawned
    out = parse(proc.stdout.read() if proc.stdout else "")
    painted = float(out.get("painted", "-1"))
    if proc.returncode != 0 or painted < 0:
        raise RuntimeError(f"child {args[0]} failed (status {proc.returncode})")
    loads = int(out.get("page_loads", "0"))
    return out, Run(painted - spawned, wall, peak / 1024, loads)


def bare_page(data: Path, out: Path) -> Path:
    """The app's page, with readings from ``data``'s cache, CSS inline, no scripts."""
    from reader.core import resources
    from reader.core.page.layout import reading_page_html
    from reader.core.readings import ReadingEngine
    from reader.core.settings import Settings
    from reader.core.text.source import load_document
    from reader.paths import readings_cache_path
    from reader.services import cached_readings
    from reader.ui.page_loader import body_classes, root_style

    doc = load_document(None)
    readings = cached_readings(doc, readings_cache_path(data), ReadingEngine())
    if not readings:
        raise RuntimeError("the warm-up run left no readings cache")
    settings = Settings(aids="furigana", theme="light")
    html = reading_page_html(
        doc, readings, body_classes(settings), root_style(settings)
    )
    css = resources.read_text("page/page.css")
    html = html.replace(
        '<link rel="stylesheet" href="yomu://app/page.css">', f"<style>{css}</style>"
    )
    html = html.replace('<script src="yomu://app/qwebchannel.js"></script>', "")
    html = html.replace('<script type="module" src="yomu://app/page.js"></script>', "")
    html = html.replace('<script src="yomu://app/lookup.js"></script>', "")
    if 'src="yomu:' in html:
        raise RuntimeError("the bare page still loads a script from yomu:")
    out.write_text(html, encoding="utf-8")
    return out


def median(runs: list[Run], field: str) -> float:
    values: list[float] = [getattr(run, field) for run in runs]
    return statistics.median(values)


def startup(tmp: Path, env: dict[str, str]) -> dict[str, list[Run]]:
    """Warm up once (filling the warm cache), then interleave cold, warm and bare."""
    warm = tmp / "warm"
    png = str(tmp / "shot.png")
    run_child(["app", str(warm), png], env)
    page = str(bare_page(warm, tmp / "bare.html"))
    run_child(["bare", page, png], env)
    runs: dict[str, list[Run]] = {"cold": [], "warm": [], "bare": []}
    for index in range(RUNS):
        runs["cold"].append(run_child(["app", str(tmp / f"cold{index}"), png], env)[1])
        runs["warm"].append(run_child(["app", str(warm), png], env)[1])
        runs["bare"].append(run_child(["bare", page, png], env)[1])
    return runs


def aid_switch(tmp: Path, env: dict[str, str]) -> dict[str, float]:
    """Median milliseconds of app switches, bare flips and direct aids-class flips."""
    out = subprocess.run(
        [sys.executable, str(CHILD), "switch", str(tmp / "warm"), str(SWITCHES)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    values = parse(out)
    return {
        key: statistics.median(ast.literal_eval(values[f"{key}_ms"]))
        for key in ("app", "bare", "css")
    }


def goal(name: str, ratio: float, limit: float) -> str:
    verdict = "met" if ratio <= limit else "missed"
    return f"goal_{name}=<= {limit} ({verdict})"


def main() -> None:
    """Measure and print the figures."""
    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="bench-window-") as folder:
        tmp = Path(folder)
        env = child_env(tmp)
        runs = startup(tmp, env)
        switch = aid_switch(tmp, env)
    cold, warm, bare = (median(runs[k], "painted_s") for k in ("cold", "warm", "bare"))
    print(f"runs={RUNS}")
    print(f"startup_cold_app_s={cold:.3f}")
    print(f"startup_warm_app_s={warm:.3f}")
    print(f"startup_bare_s={bare:.3f}")
    print(f"startup_cold_ratio={cold / bare:.3f}")
    print(f"startup_warm_ratio={warm / bare:.3f}")
    print(goal("startup_cold_ratio", cold / bare, 1.3))
    print(goal("startup_warm_ratio", warm / bare, 1.15))
    for kind in ("cold", "warm", "bare"):
        print(f"exit_{kind}_s={median(runs[kind], 'wall_s'):.3f}")
        print(f"page_loads_{kind}={[run.page_loads for run in runs[kind]]}")
    print(f"switches={SWITCHES}")
    print(f"aid_switch_app_ms={switch['app']:.1f}")
    print(f"aid_switch_bare_ms={switch['bare']:.1f}")
    print(f"aid_switch_ratio={switch['app'] / switch['bare']:.3f}")
    print(goal("aid_switch_ratio", switch["app"] / switch["bare"], 1.5))
    print(f"aid_switch_aids_class_flip_ms={switch['css']:.1f}")
    print(f"aid_switch_vs_aids_class_flip_ratio={switch['app'] / switch['css']:.3f}")
    rss_cold, rss_warm = (
        median(runs["cold"], "peak_rss_mb"),
        median(runs["warm"], "peak_rss_mb"),
    )
    rss_bare = median(runs["bare"], "peak_rss_mb")
    print(f"peak_rss_app_mb={rss_warm:.1f}")
    print(f"peak_rss_cold_app_mb={rss_cold:.1f}")
    print(f"peak_rss_bare_mb={rss_bare:.1f}")
    print(f"peak_rss_ratio={rss_warm / rss_bare:.3f}")
    print(f"peak_rss_cold_ratio={rss_cold / rss_bare:.3f}")
    print(goal("peak_rss_ratio", rss_warm / rss_bare, 1.2))
    print(
        "note=times from spawn to the first paint (fonts ready + two frames) in the "
        "child; app=yomu --screenshot, bare=QWebEngineView on the same HTML from a "
        "file; RSS sums VmRSS over the process tree (shared pages count per process)"
    )


if __name__ == "__main__":
    main()
