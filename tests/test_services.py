"""Readings through a data folder's cache, with the reader's corrections."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reader.core.readings import ReadingEngine, Word, make_correction
from reader.core.readings.user_corrections import save_user_corrections
from reader.core.text.parse import parse_document
from reader.core.text.source import parse_text
from reader.paths import DataPaths
from reader.services import cached_readings, compute_readings

TEXT = "# 題\n\n話題を変えます。\n"


def reading_of(words: Sequence[Word]) -> str:
    return "".join(s.reading or "" for w in words for s in w.segments)


def test_compute_readings_fills_the_folder_cache(tmp_path: Path) -> None:
    doc = parse_document(TEXT, "test.txt")
    paths = DataPaths(tmp_path)
    cache = paths.readings_cache_for(doc.key)  # each text has its own
    assert cached_readings(doc, cache, ReadingEngine()) is None  # cold
    readings = compute_readings(doc, tmp_path)
    assert set(readings) == {b.id for b in doc.blocks}
    assert cache.exists()
    warm = cached_readings(doc, cache, ReadingEngine())
    assert warm == readings


def test_compute_readings_applies_the_readers_corrections(tmp_path: Path) -> None:
    doc = parse_document(TEXT, "test.txt")
    paths = DataPaths(tmp_path)
    save_user_corrections(paths.user_corrections, (make_correction("話題", "はなしだい"),))
    readings = compute_readings(doc, tmp_path)
    block = next(b for b in doc.blocks if b.text.startswith("話題"))
    assert "はなしだい" in reading_of(readings[block.id])


AOZORA = (
    "潮の話\n寺田寅彦\n\n"
    "-------------------------------------------------------\n"
    "【テキスト中に現れる記号について】\n\n《》：ルビ\n"
    "-------------------------------------------------------\n\n"
    "　満潮《みちしお》の時刻は場所によって違う。\n"
    "　満潮の時に船を出す。\n"
    "　室《へや》に入った。\n"
    "　別の室で待った。\n"
)


def test_a_word_the_text_glosses_once_reads_so_where_it_recurs(tmp_path: Path) -> None:
    # Authors gloss a word at its first use; a gloss of two characters or more
    # carries through the document (glosses.py), a one-kanji gloss stays put.
    doc = parse_text(AOZORA, "shio.txt")
    assert doc.ruby, "the text is read as Aozora notation"
    readings = compute_readings(doc, tmp_path)
    second = next(b for b in doc.blocks if b.text.startswith("満潮の時に"))
    assert reading_of(readings[second.id]).startswith("みちしお")
    other_room = next(b for b in doc.blocks if b.text.startswith("別の室"))
    assert "へや" not in reading_of(readings[other_room.id])
    plain = parse_document(AOZORA.replace("《みちしお》", "").replace("《へや》", ""), "t")
    words = compute_readings(plain, tmp_path / "plain")
    first = next(b for b in plain.blocks if b.text.startswith("満潮の時に"))
    assert reading_of(words[first.id]).startswith("まんちょう")  # without the gloss
