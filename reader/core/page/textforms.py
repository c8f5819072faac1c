"""Readings as plain text: ``漢字（かんじ）``, Anki's ``漢字[かんじ]``, romaji."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from enum import StrEnum
from typing import Any

from reader.core.choices import FuriganaLevel
from reader.core.page.levels import furigana_hidden
from reader.core.page.wordslice import slice_words
from reader.core.readings import RomajiStyle, Word, to_romaji
from reader.core.text.document import Document

_PUNCT = str.maketrans(
    {
        "、": ", ",
        "。": ". ",
        "，": ", ",
        "．": ". ",
        "！": "! ",
        "？": "? ",
        "：": ": ",
        "（": " (",
        "）": ") ",
        "「": " “",
        "」": "” ",
        "『": " “",
        "』": "” ",
        "・": " ",
        "　": " ",
        "(": " (",
        ")": ") ",
    }
)


class InlineForm(StrEnum):
    """How a reading is written after its kanji."""

    PAREN = "paren"  # 漢字（かんじ）
    ANKI = "anki"  # 漢字[かんじ], with a space before each reading's base


def inline_readings(
    words: Sequence[Word],
    form: InlineForm = InlineForm.PAREN,
    known: Collection[str] = frozenset(),
    level: FuriganaLevel = FuriganaLevel.ALL,
) -> str:
    """The words' base text with each kanji segment followed by its reading.

    Words in ``known`` (by ``Word.text``), and words whose kanji are all at or
    below ``level``, are written without readings.
    """
    out: list[str] = []
    for word in words:
        hidden = furigana_hidden(word, known, level)
        for seg in word.segments:
            if not seg.reading or hidden:
                out.append(seg.text)
            elif form is InlineForm.PAREN:
                out.append(f"{seg.text}（{seg.reading}）")
            else:
                # Anki's furigana filter takes the text back to the last space.
                out.append(f"{' ' if out else ''}{seg.text}[{seg.reading}]")
    return "".join(out)


def romaji_line(words: Sequence[Word], style: RomajiStyle = RomajiStyle.MACRON) -> str:
    """The words in romaji, separated by spaces; other text kept as it is."""
    line = ""
    previous_japanese = False
    for word in words:
        romaji = to_romaji(word, style)
        if romaji is None:
            other = word.text.translate(_PUNCT)
            gap = previous_japanese and not other[:1].isspace()
            line += (" " if gap else "") + other
        else:
            line += (" " if line and not line[-1].isspace() else "") + romaji
        previous_japanese = romaji is not None
    line = " ".join(line.split())
    for mark in (",", ".", "!", "?", ")", "”", ":"):
        line = line.replace(f" {mark}", mark)
    for mark in ("(", "“"):
        line = line.replace(f"{mark} ", mark)
    return line


def selection_text(
    doc: Document,
    readings: Mapping[str, Sequence[Word]],
    ranges: Sequence[Mapping[str, Any]],
    form: InlineForm,
    known: Collection[str] = frozenset(),
    level: FuriganaLevel = FuriganaLevel.ALL,
) -> str:
    """A page selection (``{b, s, e}`` per block) with readings inline, a line each.

    Words in ``known``, and words at or below ``level``, are written without
    readings.
    """
    lines = []
    for part in ranges:
        block = doc.get(part["b"])
        if block is None:
            continue
        words = readings.get(block.id)
        if words:
            lines.append(
                inline_readings(
                    slice_words(words, part["s"], part["e"]), form, known, level
                )
            )
        else:
            lines.append(block.text[part["s"] : part["e"]])
    return "\n".join(lines)
