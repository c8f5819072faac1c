"""The page cache on disk: written atomically, a failed write leaves nothing behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.core.page.cache import PageCache


def test_store_and_load(tmp_path: Path) -> None:
    cache = PageCache(tmp_path / "cache")
    cache.store("k1", "<p>本文</p>")
    assert cache.load("k1") == "<p>本文</p>"
    cache.store("k2", "<p>二</p>")
    assert cache.load("k1") is None  # one page kept, not one per setting ever


def test_failed_write_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: the page cache left its temp file behind when the rename failed."""
    folder = tmp_path / "cache"

    def refuse(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    PageCache(folder).store("k", "<p>x</p>")  # a cache that cannot be written: no error
    assert list(folder.iterdir()) == []
