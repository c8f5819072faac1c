"""Fault test: a writer killed with SIGKILL at random moments loses nothing it saved.

The child (``anno_crash_child.py``) reports each change after the store returned; the
parent kills it after a random number of reports: right after a ``saved`` line, right
after a ``begin`` line (the change is being made), or once the child's temporary file
has appeared (the write itself is under way: between ``mkstemp`` and ``os.replace``). After every kill the database
must open cleanly and hold every reported change (plus, at most, the one in flight).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.annotations import Anchor, Annotation, AnnotationStore
from tests.core.annotations.anno_support import SEED, seed_document

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
KILLS = 30
PRELOAD = 1500  # makes each write take long enough to be hit mid-way
MODES = ("after-save", "after-begin", "in-write")
MAX_POLLS = 200_000


@dataclass
class Expected:
    """What the parent knows was saved: id -> seq of the last saved note."""

    notes: dict[str, int] = field(default_factory=dict)
    seq: int = 0
    in_flight_landed: int = 0
    mid_write_kills: int = 0
    temps_removed: int = 0
    tmp_seen: int = 0


def _preload(path: Path) -> set[str]:
    doc = seed_document()
    store = AnnotationStore(doc, path)
    rng = random.Random(1)
    blocks = [b for b in doc.blocks if len(b.text) > 4]
    made = []
    for i in range(PRELOAD):
        block = rng.choice(blocks)
        start = rng.randrange(len(block.text) - 3)
        anchor = Anchor.from_selection(doc, block.id, start, block.id, start + 3)
        made.append(Annotation(f"{i:032x}", doc.doc_id, anchor, note="pre"))
    added = store.add_many(made)  # random places repeat: duplicates merge
    store.close()
    return {a.id for a in added}


def _wait_for_temp_file(path: Path, extra_polls: int) -> bool:
    """Poll (no sleeping) until the child's temp file exists, then a little longer.

    The temp file lives from the start of the write to ``os.replace``: killing then
    interrupts the write itself. Gives up after a bounded number of polls.
    """
    pattern = f".{path.name}."
    for _ in range(MAX_POLLS):
        if any(name.startswith(pattern) for name in os.listdir(path.parent)):
            for _ in range(extra_polls):
                os.listdir(path.parent)
            return True
    return False


def _run_child(path: Path, state: Expected, rng: random.Random) -> int | None:
    """Run one child, kill it; returns the seq of the change in flight, if any."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [
            sys.executable,
            str(HERE / "anno_crash_child.py"),
            str(path),
            str(state.seq),
            str(rng.random()),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    target, mode, in_flight = rng.randint(1, 12), rng.choice(MODES), None
    saved = 0
    for line in proc.stdout:
        word, seq, *rest = line.split()
        if word == "begin":
            in_flight = int(seq)
            if saved == target:
                if mode == "in-write":
                    state.tmp_seen += _wait_for_temp_file(path, rng.randint(0, 40))
                break  # kill while this change is being made or written
            continue
        kind, ann_id = rest
        state.notes[ann_id] = int(seq)
        state.seq, in_flight, saved = int(seq) + 1, None, saved + 1
        if saved == target and mode == "after-save":
            break
    proc.kill()
    proc.wait()
    proc.stdout.close()
    assert proc.returncode == -9, "the child must have been killed, not crashed"
    state.mid_write_kills += in_flight is not None
    return in_flight


def _check(
    path: Path, state: Expected, in_flight: int | None, preloaded: set[str]
) -> None:
    store = AnnotationStore(seed_document(), path)
    report = store.load_report
    assert report.moved_aside is None, report.reason
    assert report.skipped == 0
    state.temps_removed += len(report.removed_temps)
    extra = set()
    for ann_id, seq in state.notes.items():
        note = store.get(ann_id).note  # KeyError would mean a saved add was lost
        if note != f"s{seq}":
            assert note == f"s{in_flight}", f"{ann_id}: {note} after s{seq}"
            extra.add(ann_id)
    # Records the parent has not heard of, beyond the preloaded ones as they were:
    # only the change in flight may have made it (a new one, or a preloaded one).
    new = [a for a in store.all() if a.id not in state.notes and a.note != "pre"]
    assert len(new) + len(extra) <= 1
    assert all(a.note == f"s{in_flight}" for a in new)
    added = [a for a in new if a.id not in preloaded]
    assert len(store) == len(preloaded | state.notes.keys()) + len(added)
    landed = [a.id for a in new] + sorted(extra)
    if landed and in_flight is not None:  # the change in flight made it: now known
        state.notes.update(dict.fromkeys(landed, in_flight))
        state.seq = in_flight + 1
        state.in_flight_landed += 1
    store.close()


def test_sigkill_never_loses_a_saved_change(tmp_path: Path) -> None:
    assert SEED.exists()
    path = tmp_path / "annotations.json"
    preloaded = _preload(path)
    state, rng = Expected(), random.Random(20240607)
    for _ in range(KILLS):
        in_flight = _run_child(path, state, rng)
        _check(path, state, in_flight, preloaded)
    print(
        f"kills={KILLS} saved_changes_checked={len(state.notes)} last_seq={state.seq}"
        f" mid_write_kills={state.mid_write_kills}"
        f" in_flight_landed={state.in_flight_landed}"
        f" kills_with_temp_file_seen={state.tmp_seen}"
        f" temp_files_cleaned={state.temps_removed}"
    )
    assert state.mid_write_kills > 0
    assert state.tmp_seen > 0
    assert list(tmp_path.glob("*.corrupt-*")) == []
