"""The three keys of a block (text, kana, romaji), each mapped back to base text.

A key is a string with, for each of its characters, the base-text offset where a
hit may start there (``-1``: not here) and where a hit ending there ends (``-1``).
Hits start and end on *unit* boundaries: a unit is one character written as it is
(kana, Latin, punctuation), or one ruby segment, a kanji stretch with its whole
reading. So かんがえ finds 考え in 考える (考[かんが] + え), and かん does not find
考 (it reads かんが): a hit never starts or ends inside a kanji's reading. Romaji
hits also start and end on syllable boundaries.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.core.find.fold import canonical_syllable, drops_vowel, fold_char
from reader.core.readings import Word
from reader.core.readings.kana import to_hiragana
from reader.core.readings.romaji import _syllables

_GRAPHEME = re.compile(r".[\uff9e\uff9f\u3099\u309a]*", re.S)
_PARTICLES = {"は": "wa", "へ": "e", "を": "o"}
_WA_ENDINGS = frozenset(
    {"あるいは", "または", "もしくは", "こんにちは", "では", "とは"}
)


@dataclass
class Key:
    """A key string and where its characters lie in the base text."""

    chars: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)

    def unit(self, folded: str, lo: int, hi: int) -> None:
        """Add one unit: ``folded`` stands for base text ``[lo, hi)``."""
        if not folded:
            return
        last = len(folded) - 1
        for i, ch in enumerate(folded):
            self.chars.append(ch)
            self.starts.append(lo if i == 0 else -1)
            self.ends.append(hi if i == last else -1)

    @property
    def last(self) -> str:
        """The last character added, or ""."""
        return self.chars[-1] if self.chars else ""


def fold_units(key: Key, text: str, offset: int) -> None:
    """Add ``text`` (at base ``offset``) one character unit at a time."""
    for match in _GRAPHEME.finditer(text):
        folded = "".join(_fold_group(match.group(), key.last))
        key.unit(folded, offset + match.start(), offset + match.end())


def _fold_group(group: str, previous: str) -> list[str]:
    out: list[str] = []
    for ch in _compose(group):
        previous = fold_char(ch, previous)
        out.append(previous)
    return out


def _compose(group: str) -> str:
    if len(group) == 1:
        return group
    return unicodedata.normalize("NFC", to_hiragana(group))


def text_key(text: str) -> Key:
    """The text key of a block."""
    key = Key()
    fold_units(key, text, 0)
    return key


@dataclass(frozen=True)
class KanaUnit:
    """A unit of a word's reading: its kana key and base range."""

    kana: str
    lo: int
    hi: int


def kana_units(word: Word, previous: str) -> list[KanaUnit]:
    """The units of a word with a reading, in order (``previous``: key before)."""
    pieces: list[tuple[str, int, int]] = []
    if "".join(seg.kana for seg in word.segments) == word.kana:
        pos = word.start
        for seg in word.segments:
            end = pos + len(seg.text)
            if seg.reading is None:
                pieces += [
                    (m.group(), pos + m.start(), pos + m.end())
                    for m in _GRAPHEME.finditer(seg.text)
                ]
            else:
                pieces.append((seg.reading, pos, end))
            pos = end
    else:  # a reading not split over the segments (digits): the word is one unit
        pieces.append((word.kana or "", word.start, word.end))
    units = []
    for kana, lo, hi in pieces:
        folded = "".join(_fold_group(kana, previous))
        previous = folded[-1:] or previous
        units.append(KanaUnit(folded, lo, hi))
    return units


def kana_key(words: Sequence[Word]) -> Key:
    """The kana key of a block read as ``words``."""
    key = Key()
    for word in words:
        if word.kana is None:
            fold_units(key, word.text, word.start)
            continue
        for unit in kana_units(word, key.last):
            key.unit(unit.kana, unit.lo, unit.hi)
    return key


def romaji_key(words: Sequence[Word]) -> Key:
    """The romaji key of a block read as ``words`` (see ``fold.romaji_key``)."""
    key = Key()
    for word in words:
        if word.kana is None:
            if not word.text.isspace():
                fold_units(key, word.text, word.start)
            continue
        _add_word(key, word)
    return key


def _add_word(key: Key, word: Word) -> None:
    units = kana_units(word, "")
    kana = "".join(u.kana for u in units)
    starts: list[int] = []
    ends: list[int] = []
    for unit in units:
        starts += [unit.lo] + [-1] * (len(unit.kana) - 1)
        ends += [-1] * (len(unit.kana) - 1) + [unit.hi]
    for roman, lo, hi in _spelled(word, kana):
        _add_syllable(key, roman, starts[lo], ends[hi - 1])


def _spelled(word: Word, kana: str) -> list[tuple[str, int, int]]:
    """(romaji, kana start, kana end) per syllable of the word, as heard."""
    if word.particle and kana in _PARTICLES:
        return [(_PARTICLES[kana], 0, len(kana))]
    sylls = _syllables(kana)
    out: list[tuple[str, int, int]] = []
    pos = 0
    for index, (chars, roman) in enumerate(sylls):
        nxt = sylls[index + 1][1] if index + 1 < len(sylls) else ""
        if chars == "っ":
            roman = _doubled(nxt)
        elif chars == "ん":
            roman = "n"
        elif chars == "は" and index == len(sylls) - 1 and kana in _WA_ENDINGS:
            roman = "wa"
        out.append((canonical_syllable(roman), pos, pos + len(chars)))
        pos += len(chars)
    return out


def _doubled(following: str) -> str:
    """The romaji of っ: the next consonant doubled (ch → tch), else nothing."""
    if not following or following[0] in "aiueo":
        return ""
    return "t" if following.startswith("ch") else following[0]


def _add_syllable(key: Key, roman: str, start: int, end: int) -> None:
    """Add a syllable; a vowel that only lengthens the one before joins it."""
    previous = key.last
    if not roman or (len(roman) == 1 and drops_vowel(previous, roman)):
        # The long syllable may now end after this kana too; where that is inside a
        # unit (子 + う of 牛), it still ends where it did (ko finds 子).
        if key.chars and end >= 0:
            key.ends[-1] = end
        return
    key.unit(roman, start, end)
