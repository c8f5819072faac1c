"""The page cache on disk: written atomically, a failed write leaves nothing behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.core.page.cache import PageCache


def test_store_and_load(tmp_path: Path) -> None:
    cache = PageCache(tmp_path / "cache")
    cache.store("k1", 0, ["<p>本文</p>", "<p>次</p>"])
    cache.store("k1", 3, ["<p>三</p>"])
    assert cache.load("k1", 0) == ["<p>本文</p>", "<p>次</p>"]
    assert cache.load("k1", 3) == ["<p>三</p>"]
    assert cache.load("k1", 1) is None
    cache.store("k2", 0, ["<p>二</p>"])
    assert cache.load("k1", 0) is None  # one text and setting kept, not all ever
    assert cache.load("k2", 0) == ["<p>二</p>"]


@pytest.mark.parametrize("content", ["not json", '{"a": 1}', "[1, 2]", ""])
def test_damaged_chunk_is_not_cached(tmp_path: Path, content: str) -> None:
    cache = PageCache(tmp_path)
    (tmp_path / "page-k-0.html").write_text(content, encoding="utf-8")
    assert cache.load("k", 0) is None


def test_failed_write_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: the page cache left its temp file behind when the rename failed."""
    folder = tmp_path / "cache"

    def refuse(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    PageCache(folder).store("k", 0, ["<p>x</p>"])  # cannot be written: no error
    assert list(folder.iterdir()) == []
