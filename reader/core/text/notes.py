"""What an Aozora Bunko ``［＃…］`` note says (a character, or a heading), and its
accent decomposition ``〔e'〕``.

Gaiji notes name the character they stand for by a Unicode code point
(``U+6271``) or by its JIS X 0213 plane-row-cell (``第3水準1-84-77``); Python's
``euc_jis_2004`` codec holds the JIS X 0213 table, so no table of our own is kept.
"""

from __future__ import annotations

import re
import unicodedata

#: Shown for a gaiji whose note gives no code (the geta mark, Aozora's own).
PLACEHOLDER = "〓"

_CODEPOINT = re.compile(r"U\+([0-9A-Fa-f]{4,6})")
_MENKUTEN = re.compile(r"(?<![0-9０-９])([12])-(\d{1,2})-(\d{1,2})(?![0-9])")
#: 「一」は中見出し — the quoted text before the note is a heading.
_HEADING_OF = re.compile(r"「.+」は(?:同行|窓)?([大中小])見出し$")
#: 中見出し … 中見出し終わり, or ここから中見出し: the following text is one.
_HEADING_START = re.compile(r"^(?:ここから)?(?:同行|窓)?([大中小])見出し$")


def gaiji_character(description: str) -> str | None:
    """The character a gaiji note describes, or None when it gives no code.

    Args:
        description: the text inside ``※［＃…］``, such as
            ``「てへん＋丑」、第4水準2-12-93`` or ``「木＋世」、U+67BB``.
    """
    if m := _CODEPOINT.search(description):
        value = int(m.group(1), 16)
        if value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF:
            return chr(value)
        return None
    if m := _MENKUTEN.search(description):
        plane, row, cell = (int(g) for g in m.groups())
        return _from_jis(plane, row, cell)
    return None


def _from_jis(plane: int, row: int, cell: int) -> str | None:
    """The JIS X 0213 character at plane-row-cell, through the EUC encoding."""
    if not (1 <= row <= 94 and 1 <= cell <= 94):
        return None
    pair = bytes((0xA0 + row, 0xA0 + cell))
    data = pair if plane == 1 else b"\x8f" + pair
    try:
        text = data.decode("euc_jis_2004")
    except UnicodeDecodeError:
        return None
    return text or None


def heading_level(note: str) -> int | None:
    """1, 2 or 3 for a 大, 中 or 小見出し note; None for any other note.

    Args:
        note: the text inside ``［＃…］``.
    """
    m = _HEADING_OF.search(note) or _HEADING_START.match(note)
    if m is None:
        return None
    return "大中小".index(m.group(1)) + 1


#: Aozora's accent decomposition (アクセント分解), written inside 〔…〕: a letter and
#: the mark after it make one accented letter (〔ve'rite'〕 is vérité).
_MARKS = {
    "`": "\u0300",
    "'": "\u0301",
    "^": "\u0302",
    "~": "\u0303",
    "_": "\u0304",
    ":": "\u0308",
    "&": "\u030a",
    ",": "\u0327",
}
_LIGATURES = {
    "ae&": "æ",
    "AE&": "Æ",
    "oe&": "œ",
    "OE&": "Œ",
    "s&": "ß",
    "o/": "ø",
    "O/": "Ø",
}
ACCENTED = re.compile(r"ae&|AE&|oe&|OE&|s&|[oO]/|[cC],|[A-Za-z][`'^~_:&]")


def accented(text: str) -> str:
    """``text`` with each decomposed accent composed; a pair with no single
    character (q') is left as written."""
    return ACCENTED.sub(_compose, text)


def _compose(m: re.Match[str]) -> str:
    pair = m.group()
    if pair in _LIGATURES:
        return _LIGATURES[pair]
    composed = unicodedata.normalize("NFC", pair[0] + _MARKS[pair[1]])
    return composed if len(composed) == 1 else pair
