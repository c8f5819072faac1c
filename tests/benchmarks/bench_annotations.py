"""Benchmark of the annotation store against plain ``json`` + fsync (run by hand).

    .venv/bin/python tests/benchmarks/bench_annotations.py

Prints ``key=value`` lines: for 100, 1,000 and 10,000 annotations on the seed,

* ``load``: the time to open the store (read the file, check every record, build the
  objects; placing them in the text waits for first use) against a plain
  ``json.load`` of the same file;
* ``load_all``: opening plus the first ``all()``, which places every annotation (what
  the window does before it paints), against the same ``json.load``;
* ``add``: the time to add one annotation (one atomic, fsynced write) against a plain
  ``json.dump`` + fsync of the same records.

The goal is a ratio of at most 1.5 at every size for ``load`` and ``add``.

Then the worst case of placing one anchor (issue 7, item 8): a quote of 6,000 and of
``MAX_FUZZY_LEN`` characters that almost matches the text (one character in 40
changed), placed by the fuzzy matcher, against the plain exact placement of the same
quote where it is. difflib took 49 s for the 6,000-character case; the goal is well
under a second (``fuzzy_ms``), whatever the ratio.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.annotations import Anchor, Annotation, AnnotationStore  # noqa: E402
from reader.core.annotations.anchoring import MAX_FUZZY_LEN, Resolver  # noqa: E402
from reader.core.document import Document  # noqa: E402
from tests.core.annotations.anno_support import seed_document  # noqa: E402

SIZES = (100, 1_000, 10_000)
REPEAT = 7


def _median(fn: Callable[[], object], repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _records(doc: Document, n: int, rng: random.Random) -> list[Annotation]:
    blocks = [b for b in doc.blocks if len(b.text) > 12]
    out = []
    for i in range(n):
        block = rng.choice(blocks)
        start = rng.randrange(len(block.text) - 10)
        anchor = Anchor.from_selection(doc, block.id, start, block.id, start + 10)
        out.append(Annotation(f"{i:032x}", doc.doc_id, anchor, note=f"ノート {i}"))
    return out


def _plain_dump(path: Path, records: dict[str, object]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        json.dump(records, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())


def _plain_load(path: Path) -> object:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def _open_and_place(doc: Document, path: Path) -> None:
    store = AnnotationStore(doc, path)
    store.all()
    store.close()


def bench(doc: Document, n: int, folder: Path) -> None:
    rng = random.Random(n)
    path = folder / f"store-{n}.json"
    store = AnnotationStore(doc, path)
    store.add_many(_records(doc, n, rng))
    store.close()
    assert len(AnnotationStore(doc, path)) == n

    load = _median(lambda: AnnotationStore(doc, path).close())
    load_all = _median(lambda: _open_and_place(doc, path))
    plain_load = _median(lambda: _plain_load(path))

    store = AnnotationStore(doc, path)
    block = doc.blocks[20]
    anchors = [
        Anchor.from_selection(doc, block.id, i, block.id, i + 5) for i in range(REPEAT)
    ]
    it = iter(anchors)
    add = _median(lambda: store.add(next(it), note="x"))
    records = json.loads(path.read_text(encoding="utf-8"))
    plain_dump = _median(lambda: _plain_dump(folder / "plain.json", records))
    store.close()

    print(f"n={n} file_kb={path.stat().st_size // 1024}")
    print(
        f"n={n} load_ms={load * 1e3:.2f} plain_json_load_ms={plain_load * 1e3:.2f}"
        f" load_ratio={load / plain_load:.2f}"
    )
    print(
        f"n={n} load_all_ms={load_all * 1e3:.2f} plain_json_load_ms="
        f"{plain_load * 1e3:.2f} load_all_ratio={load_all / plain_load:.2f}"
    )
    print(
        f"n={n} add_ms={add * 1e3:.2f} plain_dump_fsync_ms={plain_dump * 1e3:.2f}"
        f" add_ratio={add / plain_dump:.2f}"
    )


def _near_miss(source: str, start: int, length: int) -> str:
    chars = list(source[start : start + length])
    for i in range(0, len(chars), 40):
        chars[i] = "ゑ"
    return "".join(chars)


def _placing(doc: Document, length: int) -> tuple[float, float]:
    """Median seconds to place a near miss of ``length`` characters, and the same
    quote where it is."""
    source = doc.source * (1 + length // len(doc.source))
    wide = Document(doc.name, source, doc.blocks, doc.sections)
    resolver = Resolver(wide)
    quote = _near_miss(source, 1000, length)
    near = Anchor("gone", 0, "gone", length, 1000, 1000 + length, quote)
    exact = Anchor.from_source_range(wide, 1000, 1000 + length)
    assert resolver.resolve(exact) is not None
    fuzzy = _median(lambda: resolver.resolve(near), 3)
    plain = _median(lambda: resolver.resolve(exact), 3)
    return fuzzy, plain


def bench_fuzzy(doc: Document) -> None:
    for length in (6_000, MAX_FUZZY_LEN):
        fuzzy, plain = _placing(doc, length)
        print(
            f"quote_chars={length} fuzzy_ms={fuzzy * 1e3:.1f}"
            f" exact_placement_ms={plain * 1e3:.3f} fuzzy_ratio={fuzzy / plain:.0f}"
        )


def main() -> None:
    doc = seed_document()
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR")) as tmp:
        for n in SIZES:
            bench(doc, n, Path(tmp))
    bench_fuzzy(doc)


if __name__ == "__main__":
    main()
