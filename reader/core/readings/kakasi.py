"""The one module that talks to pykakasi, and repairs what it gets wrong.

pykakasi reads words without context; the engine asks it for the reading of each
word the analyzer found, to compare the two and to read what the analyzer cannot.

pykakasi 2.3.0 defects handled here (design.md):

* text with newlines comes back with duplicated tokens: callers pass one line only,
  and this module refuses text that holds a line break;
* tokens can drop characters (``初步的`` loses ``的``): when the joined ``orig``
  fields differ from the input, the stretch is read again character by character;
* a token's reading can be empty (unknown characters such as 步 or 𠮷): the token
  keeps no reading;
* doubled sokuon (``入っ`` → ``いっっ``, ``放っ`` → ``ほうっっ``);
* the long-vowel mark inside hiragana readings (``大きか`` → ``おーきか``);
* small ke read as ``ゖ`` (``ヶ`` → ``ゖ``).
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reader.core.readings.kana import (
    has_kanji,
    is_hiragana_text,
    spell_out_long_marks,
    to_hiragana,
)

PYKAKASI_VERSION = importlib.metadata.version("pykakasi")


@dataclass(frozen=True)
class Token:
    """One pykakasi token after repair.

    Attributes:
        orig: the exact slice of the input it covers.
        hira: its reading in hiragana (ー kept only where ``orig`` has it), or
            ``None`` when pykakasi knows no reading.
    """

    orig: str
    hira: str | None


def _factory() -> Callable[[], Any]:
    """pykakasi's converter class, imported on first use: a start from a warm cache
    needs no pykakasi at all. (pykakasi ships untyped: one typed name here.)"""
    import pykakasi

    constructor: Callable[[], Any] = pykakasi.kakasi
    return constructor


@lru_cache(maxsize=1)
def _kakasi() -> Any:
    # Building the converter loads its dictionaries: do it once per process.
    return _factory()()


def convert(text: str) -> list[Token]:
    """Tokens covering ``text`` exactly, with pykakasi's known defects repaired.

    Args:
        text: a stretch of Japanese without line breaks.

    Raises:
        ValueError: ``text`` holds a line break (pykakasi duplicates tokens there).
    """
    if "\n" in text or "\r" in text:
        raise ValueError("convert() takes one line at a time")
    if not text:
        return []
    return [_repair(orig, hira) for orig, hira in _checked(text)]


@lru_cache(maxsize=16384)
def reading(text: str) -> str | None:
    """pykakasi's reading of ``text`` alone (no context), or ``None`` where it has
    none for some character."""
    tokens = convert(text)
    if any(token.hira is None for token in tokens):
        return None
    return "".join(token.hira or "" for token in tokens)


def _raw(text: str) -> list[tuple[str, str]]:
    return [(str(t["orig"]), str(t["hira"])) for t in _kakasi().convert(text)]


def _checked(text: str) -> list[tuple[str, str]]:
    raw = _raw(text)
    if "".join(orig for orig, _ in raw) == text:
        return raw
    # A dropped character (初步的 loses 的): read the stretches between characters
    # pykakasi cannot read on their own, and those characters alone.
    out: list[tuple[str, str]] = []
    stretch = ""
    for ch in text:
        single = _single(ch)
        if single[1] or not has_kanji(ch):
            stretch += ch
            continue
        out += _stretch(stretch)
        out.append(single)
        stretch = ""
    return out + _stretch(stretch)


def _stretch(text: str) -> list[tuple[str, str]]:
    raw = _raw(text) if text else []
    if "".join(orig for orig, _ in raw) == text:
        return raw
    return [_single(ch) for ch in text]


def _single(ch: str) -> tuple[str, str]:
    tokens = _kakasi().convert(ch)
    if "".join(str(t["orig"]) for t in tokens) != ch:
        return ch, ""
    return ch, "".join(str(t["hira"]) for t in tokens)


def _repair(orig: str, hira: str) -> Token:
    if not hira:
        return Token(orig, None if has_kanji(orig) else to_hiragana(orig))
    hira = hira.replace("ゖ", "か").replace("ゕ", "か")
    while "っっ" in hira:
        hira = hira.replace("っっ", "っ")
    if "ー" in hira and "ー" not in orig:
        hira = spell_out_long_marks(hira)
    if not is_hiragana_text(hira):
        # Some characters come back unconverted (々 alone → 々): no reading then.
        return Token(orig, None if has_kanji(orig) else to_hiragana(orig))
    return Token(orig, hira)
