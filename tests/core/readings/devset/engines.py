"""Other readers, as units the scorer judges: analyzers alone and raw pykakasi.

Each ``*_units(text)`` reads ``text`` line by line and returns :class:`Unit` s
covering it. An analyzer's reading of a token is its kana reading (hiragana);
a token without kanji is read as its own kana, since no reader changes those.
fugashi and SudachiPy are imported only when asked for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from reader.core.readings import ReadingEngine
from tests.core.readings.devset.score import Unit, has_kanji, hiragana, word_units

JAPANESE = re.compile(r"[\u3041-\u30fa\u30fc-\u30ff\u3400-\u9fff\uf900-\ufaff々〆〇ヶ]")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _unit(start: int, surface: str, kana: str | None) -> Unit:
    if not JAPANESE.search(surface):
        return Unit(start, start + len(surface), surface)
    if not has_kanji(surface) or not kana:
        return Unit(start, start + len(surface), hiragana(surface))
    return Unit(start, start + len(surface), hiragana(kana))


def _tokens_to_units(
    text: str, tokenize: Callable[[str], list[tuple[str, str | None]]]
) -> list[Unit]:
    units: list[Unit] = []
    for offset, line in _lines(text):
        pos = 0
        for surface, kana in tokenize(line):
            start = line.find(surface, pos)
            if start < 0:
                continue  # the analyzer changed the text: leave it uncovered
            units.append(_unit(offset + start, surface, kana))
            pos = start + len(surface)
    return units


@cache
def fugashi_tagger() -> Any:
    """A fugashi tagger over unidic-lite (built once)."""
    import fugashi  # type: ignore[import-not-found,unused-ignore]

    return fugashi.Tagger()


def fugashi_tokens(line: str) -> list[tuple[str, str | None]]:
    """UniDic short units of ``line`` with their kana readings."""
    return [
        (node.surface, getattr(node.feature, "kana", None))
        for node in fugashi_tagger()(line)
    ]


def fugashi_units(text: str) -> list[Unit]:
    """fugashi + unidic-lite alone."""
    return _tokens_to_units(text, fugashi_tokens)


@cache
def sudachi_tokenizer() -> Any:
    """A SudachiPy tokenizer over sudachidict-core (built once)."""
    from sudachipy import Dictionary  # type: ignore[import-not-found,unused-ignore]

    return Dictionary(dict="core").create()


def sudachi_tokens(line: str) -> list[tuple[str, str | None]]:
    """SudachiPy's mode-C words of ``line`` with their readings."""
    from sudachipy import SplitMode  # type: ignore[import-not-found,unused-ignore]

    if not line:
        return []
    return [
        (m.surface(), m.reading_form())
        for m in sudachi_tokenizer().tokenize(line, SplitMode.C)
    ]


def sudachi_units(text: str) -> list[Unit]:
    """SudachiPy + sudachidict-core alone."""
    return _tokens_to_units(text, sudachi_tokens)


@cache
def _kakasi() -> Any:
    import pykakasi

    return pykakasi.kakasi()  # type: ignore[no-untyped-call]


def kakasi_tokens(line: str) -> list[dict[str, str]]:
    """Raw pykakasi tokens of one line."""
    return list(_kakasi().convert(line)) if line else []


def kakasi_units(text: str) -> list[Unit]:
    """Raw pykakasi 2.3, no repairs."""
    return _tokens_to_units(
        text, lambda line: [(t["orig"], t["hira"]) for t in kakasi_tokens(line)]
    )


def kakasi_romaji(text: str) -> list[str]:
    """Raw pykakasi's Hepburn, its tokens joined by single spaces, per line."""
    return [
        " ".join(
            t["hepburn"].strip()
            for t in kakasi_tokens(line)
            if JAPANESE.search(t["orig"]) and t["hepburn"].strip()
        )
        for _, line in _lines(text)
    ]


def yomu_units(text: str) -> list[Unit]:
    """The project's engine on this branch, bundled corrections applied."""
    return word_units(ReadingEngine().read(text))
