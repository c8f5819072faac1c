"""Child process of the crash test: changes annotations until it is killed.

Usage: python -m tests.core.annotations.anno_crash_child DB_PATH FIRST_SEQ SEED

Before each change it prints ``begin <seq>``; once the store has returned (the change
is saved) it prints ``saved <seq> <add|upd> <id>``. Notes are ``s<seq>``, so the parent
can tell which change a record holds.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from reader.core.annotations import Anchor, AnnotationStore
from tests.core.annotations.anno_support import seed_document


def main() -> None:
    path, seq, rng = Path(sys.argv[1]), int(sys.argv[2]), random.Random(sys.argv[3])
    doc = seed_document()
    store = AnnotationStore(doc, path)
    ids = [a.id for a in store.all()]
    blocks = [b for b in doc.blocks if len(b.text) > 4]
    while True:
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
