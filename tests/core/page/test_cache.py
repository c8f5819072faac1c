"""The page cache on disk: written atomically, a failed write leaves nothing behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.core.page.cache import PageCache, body_key
from reader.core.page.render import RenderOptions
from reader.core.text.document import Document
from reader.core.text.parse import parse_document


def test_store_and_load(tmp_path: Path) -> None:
    cache = PageCache(tmp_path / "cache")
    cache.store("t-k1", 0, ["<p>本文</p>", "<p>次</p>"])
    cache.store("t-k1", 3, ["<p>三</p>"])
    assert cache.load("t-k1", 0) == ["<p>本文</p>", "<p>次</p>"]
    assert cache.load("t-k1", 3) == ["<p>三</p>"]
    assert cache.load("t-k1", 1) is None
    cache.store("t-k2", 0, ["<p>二</p>"])
    assert cache.load("t-k1", 0) is None  # one text and setting kept, not all ever
    assert cache.load("t-k2", 0) == ["<p>二</p>"]


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


def test_each_text_keeps_its_own_page(tmp_path: Path) -> None:
    cache = PageCache(tmp_path / "cache")
    cache.store("aaaa-1", 0, ["<p>A</p>"])
    cache.store("bbbb-1", 0, ["<p>B</p>"])
    assert cache.load("aaaa-1", 0) == ["<p>A</p>"]  # opening B kept A's page
    cache.store("aaaa-2", 0, ["<p>A2</p>"])
    assert cache.load("aaaa-1", 0) is None  # A's older rendering went
    assert cache.load("bbbb-1", 0) == ["<p>B</p>"]


def test_a_page_from_before_pages_were_per_text_is_dropped(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    old = folder / "page-0123456789abcdef01234567.html"  # one page, no text, no chunk
    old.write_text("<p>old</p>", encoding="utf-8")
    PageCache(folder).store("aaaa-1", 0, ["<p>A</p>"])
    assert not old.exists()


def test_the_key_names_the_text(seed_doc: Document) -> None:
    other = parse_document("別の文章\n\n本文です。", "other.txt", key="file:/t/o.txt")
    opts = RenderOptions()
    first = body_key(seed_doc, "e", opts).split("-")[0]
    assert first == body_key(seed_doc, "f", opts).split("-")[0]
    assert first != body_key(other, "e", opts).split("-")[0]
