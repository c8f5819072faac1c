"""Stores sharing one file (annotations, vocabulary, known words, bookmarks) and an
import on a worker thread: one change's read-and-write never interleaves another's."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from reader.core.annotations.database import AnnotationDatabase, file_lock
from reader.core.annotations.storage import AtomicJSONStorage, Tables


def test_two_changes_to_one_file_from_two_threads_keep_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "annotations.json"
    first = AnnotationDatabase(path, storage=AtomicJSONStorage)
    second = AnnotationDatabase(path, storage=AtomicJSONStorage)
    first.apply({"annotations": ({}, [])})  # the file exists
    in_write = threading.Event()
    release = threading.Event()
    real_write = AtomicJSONStorage.write

    def slow_write(self: AtomicJSONStorage, data: Tables) -> None:
        if threading.current_thread().name == "importer":
            in_write.set()  # the import has read the file and is writing it
            assert release.wait(10)
        real_write(self, data)

    monkeypatch.setattr(AtomicJSONStorage, "write", slow_write)
    importer = threading.Thread(
        target=lambda: first.apply({"annotations": ({"a": {"id": "a"}}, [])}),
        name="importer",
    )
    importer.start()
    assert in_write.wait(10)
    # The import is between its read and its write: the file is locked to every
    # store on it, so another change cannot read the file until the write is done.
    lock = file_lock(second.storage)
    assert lock is file_lock(first.storage)
    assert not lock.acquire(blocking=False)  # type: ignore[attr-defined]
    release.set()
    importer.join(10)
    second.apply({"vocabulary": ({"v": {"id": "v"}}, [])})
    tables = AtomicJSONStorage(path).read() or {}
    assert "a" in tables["annotations"]
    assert "v" in tables["vocabulary"]
