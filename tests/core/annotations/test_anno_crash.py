"""Fault test: a writer killed with SIGKILL at random moments loses nothing it saved.

The child (``anno_crash_child.py``) reports each change after the store returned; the
parent kills it after a random number of changes: right after a ``saved`` line, right
after a ``begin`` line (the change is being made), or inside the write, with the
temporary file complete and not yet renamed (the child holds there on request). After
every kill the database must open cleanly and hold every reported change (plus, at
most, the one in flight). Parent and child work in lock-step (see ``_run_child``).
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


def _line(proc: subprocess.Popen[str], word: str) -> list[str]:
    """The child's next line, which must start with ``word``."""
    assert proc.stdout is not None
    line = proc.stdout.readline().split()
    assert line[:1] == [word], f"expected {word!r} from the child, got {line}"
    return line


def _has_temp_file(path: Path) -> bool:
    prefix = f".{path.name}."
    return any(n.startswith(prefix) and n.endswith(".tmp") for n in os.listdir(path.parent))


def _run_child(path: Path, state: Expected, rng: random.Random) -> int | None:
    """Run one child, kill it; returns the seq of the change in flight, if any.

    Lock-step: the child makes a change only when told to, so at most one change
    is in flight when it is killed, however busy the machine. Whatever the child
    printed before it died is read to the end: a ``saved`` line there is a change
    that must have landed.
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [
            sys.executable,
            str(HERE / "anno_crash_child.py"),
            str(path),
            str(state.seq),
            str(rng.random()),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdin is not None
    assert proc.stdout is not None
    target, mode, in_flight = rng.randint(1, 12), rng.choice(MODES), None
    for n in range(target + 1):
        last = n == target
        if last and mode == "after-save":
            break  # every change so far is saved; the child waits for a command
        proc.stdin.write("go-hold\n" if last and mode == "in-write" else "go\n")
        proc.stdin.flush()
        seq = int(_line(proc, "begin")[1])
        if last:
            in_flight = seq
            if mode == "in-write":
                _line(proc, "writing")  # temp file written, not yet renamed
                state.tmp_seen += _has_temp_file(path)
            break
        _, _, _, ann_id = _line(proc, "saved")
        state.notes[ann_id], state.seq = seq, seq + 1
    proc.kill()
    proc.wait()
    rest = proc.stdout.read()  # drain the pipe: the child may have saved meanwhile
    proc.stdout.close()
    proc.stdin.close()
    assert proc.returncode == -9, "the child must have been killed, not crashed"
    for line in rest.splitlines():  # at most the change in flight, saved
        word, seq_text, _, ann_id = line.split()
        assert word == "saved"
        assert in_flight is not None
        assert int(seq_text) == in_flight
        state.notes[ann_id], state.seq = in_flight, in_flight + 1
        state.in_flight_landed += 1
        in_flight = None
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
