"""Child process of the crash test: changes annotations, one per command, until killed.

Usage: python -m tests.core.annotations.anno_crash_child DB_PATH FIRST_SEQ SEED

It makes one change per line the parent sends (the handshake keeps at most one change
in flight, whatever the machine's load). Before each change it prints ``begin <seq>``;
once the store has returned (the change is saved) ``saved <seq> <add|upd> <id>``.
On ``go-hold`` it also stops inside the write, with the temporary file complete and
not yet renamed over the database, prints ``writing <seq>`` and waits there (to be
killed). Notes are ``s<seq>``, so the parent can tell which change a record holds.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path
from typing import Any

from reader.core.annotations import Anchor, AnnotationStore
from tests.core.annotations.anno_support import seed_document

_real_replace = os.replace
_hold: list[int] = []  # the seq to hold in the next os.replace, if any


def _replace(src: Any, dst: Any) -> None:
    if _hold:
        print(f"writing {_hold.pop()}", flush=True)
        sys.stdin.readline()  # the parent kills the process here
    _real_replace(src, dst)


def main() -> None:
    path, seq, rng = Path(sys.argv[1]), int(sys.argv[2]), random.Random(sys.argv[3])
    doc = seed_document()
    store = AnnotationStore(doc, path)
    ids = [a.id for a in store.all()]
    blocks = [b for b in doc.blocks if len(b.text) > 4]
    os.replace = _replace  # type: ignore[assignment]  # the store's write calls it
    while command := sys.stdin.readline().strip():
        if command == "go-hold":
            _hold.append(seq)
        print(f"begin {seq}", flush=True)
        if len(ids) < 5 or rng.random() < 0.4:
            block = rng.choice(blocks)
            start = rng.randrange(len(block.text) - 3)
            anchor = Anchor.from_selection(doc, block.id, start, block.id, start + 3)
            ids.append(store.add(anchor, note=f"s{seq}").id)
            print(f"saved {seq} add {ids[-1]}", flush=True)
        else:
            target = rng.choice(ids)
            store.update(target, note=f"s{seq}")
            print(f"saved {seq} upd {target}", flush=True)
        seq += 1


if __name__ == "__main__":
    main()
