"""Readings of a story's historical-kana edition against its modern-kana edition.

Run ``python -m tests.core.readings.editions.compare`` from the repository root;
import :func:`compare` from a benchmark. Sources: ``SOURCES.md`` here.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from reader.core.readings import ReadingEngine
from reader.core.readings.furigana import split
from tests.core.readings.devset import engines
from tests.core.readings.devset.score import (
    Unit,
    has_kanji,
    mean,
    word_romaji,
)

EDITIONS = Path(__file__).resolve().parent
STORIES = ("rashomon", "toshishun", "yabu", "haguruma", "kappa")

#: A reader: text in, units and romaji lines out.
Reader = Callable[[str], tuple[Sequence[Unit], Sequence[str]]]


@dataclass(frozen=True)
class PairScore:
    """One story: kanji compared, how many read differently, romaji CER."""

    name: str
    kanji: int
    differ: int
    romaji_cer: float

    @property
    def differ_pct(self) -> float:
        return 100 * self.differ / self.kanji if self.kanji else 0.0


def _kana_at(text: str, units: Sequence[Unit]) -> list[str | None]:
    """For each character, the reading over its run of kanji.

    Each unit's kana is split over its text as furigana is (okurigana matched
    as themselves, or as their modern spelling: 考へ read かんがえ gives 考
    かんが), so readers that give a token's whole kana and readers that give
    ruby are compared alike.
    """
    out: list[str | None] = [None] * len(text)
    for unit in units:
        pos = unit.start
        for segment in split(text[unit.start : unit.end], unit.kana):
            for i in range(pos, pos + len(segment.text)):
                out[i] = segment.reading
            pos += len(segment.text)
    return out


def compare_pair(name: str, read: Reader) -> PairScore:
    """How differently ``read`` reads the two editions of story ``name``."""
    old = (EDITIONS / f"{name}.kyu.txt").read_text(encoding="utf-8")
    new = (EDITIONS / f"{name}.shin.txt").read_text(encoding="utf-8")
    old_units, old_romaji = read(old)
    new_units, new_romaji = read(new)
    old_kana, new_kana = _kana_at(old, old_units), _kana_at(new, new_units)
    kanji = differ = 0
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for i, j, size in matcher.get_matching_blocks():
        for k in range(size):
            if has_kanji(new[j + k]):
                kanji += 1
                differ += old_kana[i + k] != new_kana[j + k]
    old_line, new_line = " ".join(old_romaji), " ".join(new_romaji)
    cer = Levenshtein.distance(old_line, new_line) / max(len(new_line), 1)
    return PairScore(name, kanji, differ, 100 * cer)


def yomu(text: str) -> tuple[Sequence[Unit], Sequence[str]]:
    words = ReadingEngine().read(text)
    units = []
    for word in words:
        pos = word.start
        for segment in word.segments:  # the ruby as shown
            end = pos + len(segment.text)
            units.append(Unit(pos, end, segment.kana))
            pos = end
    return units, word_romaji(words)


def analyzer_alone(text: str) -> tuple[Sequence[Unit], Sequence[str]]:
    return engines.fugashi_units(text), []


def pykakasi(text: str) -> tuple[Sequence[Unit], Sequence[str]]:
    return engines.kakasi_units(text), engines.kakasi_romaji(text)


def compare(read: Reader) -> list[PairScore]:
    return [compare_pair(name, read) for name in STORIES]


def report(label: str, scores: list[PairScore], romaji: bool = True) -> None:
    for s in scores:
        line = f"{label}.{s.name}: kanji={s.kanji} differ_pct={s.differ_pct:.2f}"
        print(line + (f" romaji_cer_pct={s.romaji_cer:.2f}" if romaji else ""))
    print(f"{label}.mean_differ_pct={mean([s.differ_pct for s in scores]):.2f}")
    if romaji:
        print(f"{label}.mean_romaji_cer_pct={mean([s.romaji_cer for s in scores]):.2f}")


def main() -> None:
    report("yomu", compare(yomu))
    report("analyzer_alone", compare(analyzer_alone), romaji=False)
    report("pykakasi", compare(pykakasi))


if __name__ == "__main__":
    main()
