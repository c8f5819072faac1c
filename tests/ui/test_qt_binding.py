"""Regression: PySide6 6.12.0 dropped a reference to True on every Signal.emit.

After a few thousand emits (scrolling reports the position each frame) Python
deallocated True and the app died with "bool_dealloc". pyproject.toml excludes that
release; this test fails if a build with the same fault is installed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    moved = Signal(str, float)


def test_signal_emit_keeps_references_to_true() -> None:
    emitter = Emitter()
    received: list[float] = []
    emitter.moved.connect(lambda _b, f: received.append(f))
    before = sys.getrefcount(True)
    for i in range(200):
        emitter.moved.emit("block", i / 200)
    assert len(received) == 200
    assert sys.getrefcount(True) - before > -50  # 6.12.0 loses exactly 200
