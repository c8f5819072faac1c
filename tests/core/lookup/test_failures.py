"""A missing or damaged dictionary gives one clear message; hostile text is data."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.lookup import DictionaryError, Lookup, credit_line
from reader.core.lookup.dictionary import Database, default_path


def test_missing_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jamdict_data", None)  # import fails
    with pytest.raises(DictionaryError, match="pip install jamdict-data"):
        default_path()


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="missing"):
        Database(tmp_path / "jamdict.db")


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "jamdict.db"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(DictionaryError, match="damaged") as info:
        Database(path)
    assert "\n" not in str(info.value)


def test_a_database_without_the_tables(tmp_path: Path) -> None:
    path = tmp_path / "jamdict.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE Kanji (ID INTEGER, idseq INTEGER, text TEXT)")
    db.close()
    with pytest.raises(DictionaryError, match="damaged.*Kana"):
        Database(path)


def test_a_table_damaged_after_opening(tmp_path: Path) -> None:
    path = tmp_path / "jamdict.db"
    with sqlite3.connect(path) as db:
        for table in ("Kanji", "Kana", "Sense", "SenseGloss", "NEKanji", "character"):
            db.execute(f"CREATE TABLE {table} (x INTEGER)")
        db.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    db.close()
    # The tables lack their columns: the first look-up fails with the message.
    with pytest.raises(DictionaryError, match="damaged"):
        Lookup(opener=lambda: Database(path), analyzer=lambda: None).at("食べる", 0)


def test_an_opener_failing_is_asked_once() -> None:
    calls: list[int] = []

    def opener() -> Database:
        calls.append(1)
        raise DictionaryError("The dictionary is not installed")

    lookup = Lookup(opener=opener, analyzer=lambda: None)
    for _ in range(3):
        with pytest.raises(DictionaryError, match="not installed"):
            lookup.at("食べる", 0)
    with pytest.raises(DictionaryError):
        lookup.kanji("食")
    assert len(calls) == 1


def test_nothing_opens_before_the_first_look_up() -> None:
    calls: list[int] = []

    def opener() -> Database:
        calls.append(1)
        return Database(default_path())

    lookup = Lookup(opener=opener)
    assert calls == []
    lookup.at("食べる", 0)
    lookup.at("食べる", 0)
    assert calls == [1]


def test_start_up_imports_no_dictionary() -> None:
    code = (
        "import sys, reader.cli, reader.app; "
        "print(any(m in sys.modules for m in "
        "('fugashi', 'jamdict_data', 'reader.core.lookup')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_open_in_a_worker_then_look_up_here() -> None:
    lookup = Lookup()
    worker = threading.Thread(target=lookup.open)
    worker.start()
    worker.join()
    assert lookup.at("食べる", 0).best is not None


HOSTILE = [
    "<script>alert(1)</script>食べる",
    "食べ\ud800る",
    "\x00食べる",
    "食べる" * 10_000,
    "'); DROP TABLE Kanji; --食べる",
    "\u202e食べる",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_only_looked_up(lookup: Lookup, text: str) -> None:
    for offset in range(-1, 12):
        result = lookup.at(text, offset)
        for word in result.words:
            assert text[offset : offset + word.length] == word.surface
    assert lookup.at("食べる", 0).best is not None  # the tables are still there


def test_dictionary_text_comes_back_unescaped(lookup: Lookup) -> None:
    # Glosses are plain strings: escaping is the UI's job, done once.
    best = lookup.at("食べる", 0).best
    assert best is not None
    assert "to live on (e.g. a salary)" in best.entry.senses[1].glosses


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=30), offset=st.integers(min_value=-2, max_value=32))
def test_any_text_and_point(text: str, offset: int) -> None:
    lookup = _SHARED
    result = lookup.at(text, offset)
    assert result.offset == offset
    for word in result.words:
        assert text[offset : offset + word.length] == word.surface
        assert word.reading
        assert word.romaji


_SHARED = Lookup()


def test_credit_line_names_the_data_and_its_licence() -> None:
    line = credit_line()
    for part in ("JMdict", "JMnedict", "KANJIDIC2", "EDRDG", "Attribution-ShareAlike"):
        assert part in line
    assert "https://www.edrdg.org/edrdg/licence.html" in line
