"""The readings cache: computed once, loaded afterwards, rebuilt when damaged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.core.readings import Corrections, ReadingCache, ReadingEngine, Word
from reader.core.readings import cache as cache_module
from reader.core.readings.cache import FORMAT

BLOCKS = [("b1", "彼は語っている。車を止める"), ("b2", "35人だった\n2人の同僚"), ("b3", "")]


class CountingEngine(ReadingEngine):
    """An engine that counts how often it computes readings."""

    def __init__(self, corrections: Corrections | None = None) -> None:
        super().__init__(corrections)
        self.calls = 0

    def read(self, text: str) -> tuple[Word, ...]:
        self.calls += 1
        return super().read(text)


@pytest.fixture
def cache_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "readings.json"


def test_computed_once_then_loaded(cache_file: Path) -> None:
    first = CountingEngine()
    expected = ReadingCache(cache_file, first).read_blocks(BLOCKS)
    assert first.calls == len(BLOCKS)
    second = CountingEngine()
    loaded = ReadingCache(cache_file, second).read_blocks(BLOCKS)
    assert second.calls == 0
    assert loaded == expected


def test_progress_is_reported(cache_file: Path) -> None:
    seen: list[tuple[int, int]] = []
    ReadingCache(cache_file, ReadingEngine()).read_blocks(
        BLOCKS, lambda done, total: seen.append((done, total))
    )
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_version_change_invalidates(cache_file: Path) -> None:
    ReadingCache(cache_file, CountingEngine()).read_blocks(BLOCKS)
    changed = CountingEngine(Corrections.bundled().with_user("彼", "かの"))
    words = ReadingCache(cache_file, changed).read_blocks(BLOCKS)
    assert changed.calls == len(BLOCKS)
    assert words["b1"][0].kana == "かの"


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xff garbage \x80",
        b'{"format": 1, "version": ',
        b"[1, 2, 3]",
        b'{"format": 1, "texts": []}',
        b"",
    ],
    ids=["garbage", "truncated", "list", "wrong-shape", "empty"],
)
def test_damaged_cache_is_rebuilt(cache_file: Path, content: bytes) -> None:
    cache_file.parent.mkdir(parents=True)
    cache_file.write_bytes(content)
    engine = CountingEngine()
    words = ReadingCache(cache_file, engine).read_blocks(BLOCKS)
    assert engine.calls == len(BLOCKS)
    assert "".join(w.text for w in words["b2"]) == BLOCKS[1][1]
    assert header(cache_file)["format"] == FORMAT


def header(path: Path) -> dict[str, Any]:
    """The cache file's first line: format, engine version and the entries' index."""
    first = path.read_bytes().split(b"\n", 1)[0]
    data: dict[str, Any] = json.loads(first)
    return data


def rewrite_entries(path: Path, entry: str) -> None:
    """Replace every entry of the cache file by ``entry`` (JSON), index kept valid."""
    data = header(path)
    index = {key: [i * len(entry), len(entry)] for i, key in enumerate(data["index"])}
    text = json.dumps({**data, "index": index}) + "\n" + entry * len(index)
    path.write_text(text, encoding="utf-8")


def test_damaged_entry_is_recomputed(cache_file: Path) -> None:
    engine = ReadingEngine()
    ReadingCache(cache_file, engine).read_blocks(BLOCKS)
    rewrite_entries(cache_file, '[["x",0,"wrong",null]]')
    counting = CountingEngine()
    words = ReadingCache(cache_file, counting).read_blocks(BLOCKS)
    assert counting.calls == len(BLOCKS)
    assert words == ReadingCache(cache_file, engine).read_blocks(BLOCKS)


def test_write_is_atomic_and_leaves_no_temp_files(cache_file: Path) -> None:
    ReadingCache(cache_file, ReadingEngine()).read_blocks(BLOCKS)
    assert [p.name for p in cache_file.parent.iterdir()] == [cache_file.name]


def test_unwritable_folder_is_not_fatal(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    words = ReadingCache(blocker / "readings.json", ReadingEngine()).read_blocks(BLOCKS)
    assert set(words) == {"b1", "b2", "b3"}


def test_alternative_readings_survive_the_cache(cache_file: Path) -> None:
    expected = ReadingCache(cache_file, ReadingEngine()).read_blocks(BLOCKS)
    assert any(word.alternative for word in expected["b1"])
    loaded = ReadingCache(cache_file, ReadingEngine()).load_cached(BLOCKS)
    assert loaded == expected


def test_warm_load_decodes_only_the_blocks_asked_for(
    cache_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A warm start of a long book unpacked every block before the first page."""
    expected = ReadingCache(cache_file, ReadingEngine()).read_blocks(BLOCKS)
    decoded: list[str] = []
    original = cache_module.unpack

    def counting(packed: list[Any], text: str) -> tuple[Word, ...]:
        decoded.append(text)
        return original(packed, text)

    monkeypatch.setattr(cache_module, "unpack", counting)
    loaded = ReadingCache(cache_file, CountingEngine()).load_cached(BLOCKS)
    assert loaded is not None
    assert decoded == []
    assert loaded["b2"] == expected["b2"]
    assert decoded == [BLOCKS[1][1]]
    assert dict(loaded) == expected


def test_damaged_entry_found_late_is_recomputed_with_one_line(
    cache_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ReadingCache(cache_file, ReadingEngine()).read_blocks(BLOCKS)
    rewrite_entries(cache_file, '[["x",0,"wrong",null]]')
    engine = CountingEngine()
    loaded = ReadingCache(cache_file, engine).load_cached(BLOCKS)
    assert loaded is not None  # the index is sound: entries are read when asked for
    words = loaded["b1"]
    assert "".join(w.text for w in words) == BLOCKS[0][1]
    assert engine.calls == 1
    assert [r.getMessage() for r in caplog.records] == [
        "readings cache entry of b1 is damaged; recomputing"
    ]


def test_damaged_index_is_said_in_one_line_and_rebuilt(
    cache_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ReadingCache(cache_file, ReadingEngine()).read_blocks(BLOCKS)
    data = cache_file.read_bytes()
    cache_file.write_bytes(data.replace(b'"index"', b'"inxed"', 1))
    engine = CountingEngine()
    assert ReadingCache(cache_file, engine).load_cached(BLOCKS) is None
    assert len(caplog.records) == 1
    assert "damaged" in caplog.records[0].getMessage()
    ReadingCache(cache_file, engine).read_blocks(BLOCKS)
    assert header(cache_file)["index"]  # rebuilt
