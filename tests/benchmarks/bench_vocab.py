"""Benchmark of the vocabulary store against plain ``json`` + fsync (run by hand).

    .venv/bin/python tests/benchmarks/bench_vocab.py

Prints ``key=value`` lines: for 100, 1,000 and 10,000 words on the interview, the
time to add one word and to delete one (each one atomic, fsynced write of the whole
file) against a plain ``json.dump`` + fsync of the same data. The goal is a ratio of
at most 1.5 at every size (issue 12).
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

from reader.core.annotations import Anchor  # noqa: E402
from reader.core.document import Document  # noqa: E402
from reader.core.source import load_document  # noqa: E402
from reader.core.vocabulary import VocabDraft, VocabularyStore  # noqa: E402

SIZES = (100, 1_000, 10_000)
REPEAT = 9


def _median(fn: Callable[[], object], repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _drafts(doc: Document, n: int, rng: random.Random) -> list[VocabDraft]:
    spots = [
        (b, s) for b in doc.blocks if len(b.text) > 12 for s in range(len(b.text) - 4)
    ]
    out = []
    for i, (block, start) in enumerate(rng.sample(spots, n)):  # distinct places
        anchor = Anchor.from_selection(doc, block.id, start, block.id, start + 3)
        word = block.text[start : start + 3]
        out.append(
            VocabDraft(
                word,
                word,
                "かんじ",
                "kanji",
                f"meaning {i}",
                0,
                block.text[:60],
                0,
                anchor,
            )  # fmt: skip
        )
    return out


def _plain_dump(path: Path, data: object) -> None:
    with path.open("w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())


def bench(doc: Document, n: int, folder: Path) -> None:
    rng = random.Random(n)
    path = folder / f"vocab-{n}.json"
    drafts = _drafts(doc, n + REPEAT, rng)
    seeded = VocabularyStore(doc)
    entries = [seeded.add(d) for d in drafts[:n]]
    VocabularyStore(doc, path).add_many(entries)

    store = VocabularyStore(doc, path)
    assert len(store) == n
    extra = iter(drafts[n:])
    added: list[str] = []
    add = _median(lambda: added.append(store.add(next(extra)).id))
    gone = iter(added)
    delete = _median(lambda: store.delete(next(gone)))
    data = json.loads(path.read_text(encoding="utf-8"))
    plain = _median(lambda: _plain_dump(folder / "plain.json", data))
    store.close()
    print(f"n={n} file_kb={path.stat().st_size // 1024}")
    print(
        f"n={n} add_ms={add * 1e3:.2f} plain_dump_fsync_ms={plain * 1e3:.2f}"
        f" add_ratio={add / plain:.2f}"
    )
    print(
        f"n={n} delete_ms={delete * 1e3:.2f} plain_dump_fsync_ms={plain * 1e3:.2f}"
        f" delete_ratio={delete / plain:.2f}"
    )


def main() -> None:
    doc = load_document()
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR")) as tmp:
        for n in SIZES:
            bench(doc, n, Path(tmp))


if __name__ == "__main__":
    main()
