"""Folding text and queries so that a query matches however the text is written.

Three keys are compared (docs/design.md, "Find"):

* text: NFKC (full/half width), case folded, katakana as hiragana, and ー after a
  kana spelled out as the vowel it lengthens (コンピューター = こんぴゅうたあ);
* kana: the same, over the words' readings instead of the kanji;
* romaji: Hepburn spelled from the readings, with long vowels folded into one
  (kyōka = kyouka = kyoka), Kunrei spellings as Hepburn (si = shi, tu = tsu),
  particles as heard (は = wa) and no spaces, apostrophes or hyphens.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from reader.core.readings.kana import VOWEL_OF, is_hiragana, to_hiragana

#: Combining marks typed with romaji long vowels (ā, â) and dropped from the key.
_ROMAJI_MARKS = frozenset("\u0304\u0302\u0308")
_SEPARATORS = re.compile(r"[\s'’\-‐.・]+")
_ROMAJI_TEXT = re.compile(r"[a-z\s'’\-‐.]+")
#: Non-Hepburn spellings to Hepburn; applied to queries and to each syllable of text.
_SPELLINGS = (
    (re.compile(r"m(?=[bmp])"), "n"),  # shimbun = shinbun
    (re.compile(r"(?:sy|sh)(?=[aueo])"), "sh"),
    (re.compile(r"(?:ty|cy|ch)(?=[aueo])"), "ch"),
    (re.compile(r"(?:zy|jy)(?=[aueo])"), "j"),
    (re.compile(r"si"), "shi"),
    (re.compile(r"(?<![cs])ti"), "chi"),
    (re.compile(r"(?<!t)tu"), "tsu"),
    (re.compile(r"(?<![sc])hu"), "fu"),
    (re.compile(r"(?:zi|di)"), "ji"),
    (re.compile(r"du"), "zu"),
    (re.compile(r"cch"), "tch"),  # maccha = matcha
)
_VOWELS = frozenset("aiueo")


@lru_cache(maxsize=1 << 16)
def fold_char(ch: str, previous: str = "") -> str:
    """The text key of one character, given the key of the character before it."""
    if ch == "ー" or ch == "ｰ":
        vowel = VOWEL_OF.get(previous[-1:]) if previous else None
        return vowel or "ー"
    if ch.isascii():
        return ch.lower()
    folded = to_hiragana(unicodedata.normalize("NFKC", ch)).casefold()
    return to_hiragana(folded)


def fold_text(text: str) -> str:
    """The text key of a whole string (a query, a note)."""
    out: list[str] = []
    previous = ""
    for ch in unicodedata.normalize("NFC", to_hiragana(text)):
        previous = fold_char(ch, previous)
        out.append(previous)
    return "".join(out)


def kana_key(text: str) -> str | None:
    """The kana key of a query: its text key without spaces, if all kana; else None."""
    key = "".join(fold_text(text).split())
    if key and all(is_hiragana(ch) or ch == "ー" for ch in key):
        return key
    return None


@lru_cache(maxsize=4096)
def canonical_syllable(roman: str) -> str:
    """One syllable's romaji in the spelling the keys use (ti → chi)."""
    for pattern, spelling in _SPELLINGS:
        roman = pattern.sub(spelling, roman)
    return roman


def romaji_key(text: str) -> str | None:
    """The romaji key of a query, or None when the query is not romaji.

    Macrons and circumflexes are dropped, then long vowels folded: ``kyōka``,
    ``kyouka``, ``kyooka`` and ``kyoka`` have one key.
    """
    plain = "".join(
        ch for ch in unicodedata.normalize("NFD", text) if ch not in _ROMAJI_MARKS
    ).lower()
    if not plain.strip() or _ROMAJI_TEXT.fullmatch(plain) is None:
        return None
    key = canonical_syllable(_SEPARATORS.sub("", plain))
    mask = long_vowel_mask(key)
    return "".join(ch for ch, keep in zip(key, mask, strict=True) if keep)


def drops_vowel(previous: str, vowel: str) -> bool:
    """Whether ``vowel`` after ``previous`` only lengthens it (o+u, o+o, a+a …)."""
    return vowel in _VOWELS and (
        previous == vowel or (previous == "o" and vowel == "u")
    )


def long_vowel_mask(key: str) -> list[bool]:
    """Which characters of a romaji string stay when long vowels are folded."""
    keep: list[bool] = []
    previous = ""
    for ch in key:
        dropped = previous in _VOWELS and drops_vowel(previous, ch)
        keep.append(not dropped)
        if not dropped:
            previous = ch
    return keep
