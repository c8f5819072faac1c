"""A long text's parse kept in the cache folder: the same document, or a new parse."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from reader.core.text import parsed
from reader.core.text.source import load_document
from tests.benchmarks.long_text import long_text

DATA = Path(__file__).parent / "data"


@pytest.fixture
def novel(tmp_path: Path) -> Path:
    path = tmp_path / "novel.txt"
    path.write_text(long_text(parsed.MIN_CHARS), encoding="utf-8")
    return path


def _kept(folder: Path) -> list[Path]:
    return sorted(folder.glob("parsed-*.bin"))


@pytest.mark.parametrize("name", ["novel", "kokoro_utf8.txt", "rashomon_sjis.txt"])
def test_the_kept_parse_is_the_same_document(
    novel: Path, tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Aozora files: notation taken out, ruby and metadata kept (short ones too, here).
    monkeypatch.setattr(parsed, "MIN_CHARS", 1)
    path = novel if name == "novel" else DATA / name
    cache = tmp_path / "cache"
    fresh = load_document(path)
    first = load_document(path, cache)
    assert len(_kept(cache)) == 1
    again = load_document(path, cache)
    assert fresh == first == again
    assert again.source == fresh.source
    assert again.ruby == fresh.ruby
    assert again.meta == fresh.meta
    assert [b.id for b in again.blocks] == [b.id for b in fresh.blocks]
    assert again.get(fresh.blocks[-1].id) == fresh.blocks[-1]


def test_an_edited_text_is_parsed_again(novel: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_document(novel, cache)
    edited = novel.read_text(encoding="utf-8").replace("第1回", "第一回", 1)
    novel.write_text(edited, encoding="utf-8")
    doc = load_document(novel, cache)
    assert doc == load_document(novel)
    assert any(b.text == "第一回" for b in doc.blocks)


def test_a_short_text_keeps_no_file(tmp_path: Path) -> None:
    load_document(None, tmp_path / "cache")
    assert not (tmp_path / "cache").exists()


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", b"{not marshal"])
def test_a_damaged_file_is_parsed_again_and_rewritten(
    novel: Path, tmp_path: Path, damage: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    cache = tmp_path / "cache"
    load_document(novel, cache)
    [kept] = _kept(cache)
    kept.write_bytes(damage)
    with caplog.at_level(logging.INFO, logger="reader.core.text.parsed"):
        doc = load_document(novel, cache)
    assert doc == load_document(novel)
    assert len([r for r in caplog.records if "parsing again" in r.message]) == 1
    assert kept.stat().st_size > 1000  # written again


def test_a_cache_that_cannot_be_written_costs_only_time(
    novel: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    assert load_document(novel, blocker) == load_document(novel)


def test_a_file_of_another_text_is_not_used(novel: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    other = tmp_path / "other.txt"
    other.write_text(long_text(parsed.MIN_CHARS + 5000), encoding="utf-8")
    load_document(other, cache)
    # The other text's file, put where this text's would be, is not this text.
    theirs = _kept(cache)[0]
    mine = parsed.cache_file(cache, load_document(novel).key)
    theirs.rename(mine)
    assert load_document(novel, cache) == load_document(novel)
