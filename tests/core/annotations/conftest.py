"""Fixtures for the annotation tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.annotations import AnnotationStore
from reader.core.text.document import Document
from tests.core.annotations.anno_support import (
    StoreFactory,
    lines_document,
    seed_document,
)

TEXT = (
    "吾輩は猫である。名前はまだ無い。\n"
    "どこで生れたかとんと見当がつかぬ。\n"
    "\n"
    "何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。\n"
    "Hello 😀 world, emoji outside the BMP.\n"
)


@pytest.fixture
def doc() -> Document:
    """A small document: four blocks, one with a character outside the BMP."""
    return lines_document(TEXT, "neko.txt", speakers={1: "夏目"})


@pytest.fixture(scope="session")
def seed_doc() -> Document:
    """The bundled interview, one block per line."""
    return seed_document()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the on-disk store of a test lives."""
    return tmp_path / "annotations.json"


@pytest.fixture
def open_store(db_path: Path) -> Iterator[StoreFactory]:
    """Open stores on ``db_path`` (or another path); all are closed afterwards."""
    opened: list[AnnotationStore] = []

    def factory(document: Document, path: Path | None = None) -> AnnotationStore:
        store = AnnotationStore(document, path or db_path)
        opened.append(store)
        return store

    yield factory
    for store in opened:
        store.close()
