"""Which reading a kanji token gets when the analyzer and pykakasi disagree.

The rules were measured on the development set and the proofread interview
(docs/design.md, "Readings in context"): the analyzer reads verbs, adjectives,
nouns, suffixes and counters in context far better than pykakasi reads them
alone, so it wins there. pykakasi wins where the analyzer has no reading, and
where the analyzer gives a variant of its own dictionary form that pykakasi does
not (UniDic-lite reads 言う ゆう and 何 なん everywhere; their dictionary forms
are いう and なに).
"""

from __future__ import annotations

from reader.core.readings import kakasi
from reader.core.readings.analyzer import Morph
from reader.core.readings.kana import unvoiced
from reader.core.readings.numbers import after_month

#: 何 is なん before t, d and n sounds (何だか, 何で, 何の, 何と), else なに.
_NAN_BEFORE = frozenset("たちつてとだぢづでどなにぬねのタチツテトダヂヅデドナニヌネノ")
#: 方 after a person is the plural honorific がた (あなた方, お客さん方, 先生方);
#: UniDic-lite reads it かた, a person. Measured: 2 right on the dev set, 0 wrong.
_PERSONS_BEFORE_GATA = frozenset(
    ("さん", "さま", "様", "殿", "あなた", "貴方", "あんた", "先生", "奥様", "皆様")
)
#: Forms whose reading is the dictionary form's: comparing with it is fair.
_DICTIONARY_FORMS = ("", "終止形-一般", "連体形-一般")


def choose(
    morph: Morph,
    kakasi: str | None,
    following: str = "",
    preceding: str = "",
) -> tuple[str | None, str | None]:
    """The reading of a kanji token and the losing one (``None`` if they agree).

    Args:
        morph: the analyzer's token, read in context.
        kakasi: pykakasi's reading of the same text alone, or ``None``.
        following: the text right after the token.
        preceding: the text right before it.
    """
    analyzer = morph.kana
    if analyzer is None:
        return kakasi, None
    if morph.text == "一日" and analyzer == "ついたち" and not after_month(preceding):
        # UniDic-lite reads ついたち out of context (一日のうちで).
        return "いちにち", analyzer
    if morph.text == "方" and preceding in _PERSONS_BEFORE_GATA:
        return "がた", analyzer
    if morph.text == "御" and morph.pos[0] == "接頭辞" and following:
        honorific = _honorific(following)
        if honorific is not None and honorific != analyzer:
            return honorific, analyzer
    if kakasi is None or kakasi == analyzer:
        return analyzer, None
    if _prefers_kakasi(morph, kakasi, following):
        return kakasi, analyzer
    return analyzer, kakasi


#: How the honorific prefix 御 is read.
_HONORIFICS = frozenset(("お", "ご", "み", "おん", "ぎょ"))


def _honorific(following: str) -> str | None:
    """御 before ``following`` as pykakasi reads the pair (御客 おきゃく, 御馳走
    ごちそう, 御代 みよ), if its reading of the pair ends with its reading of
    ``following`` alone.

    UniDic-lite reads the prefix ご before Sino-Japanese words; pre-war texts write
    御 for the お of everyday words (御三 おさん, 御客). Measured on the 240 御 that
    Sōseki's Aozora files gloss: pykakasi reads the prefix right 190 times, the
    analyzer 147.
    """
    whole = kakasi.reading("御" + following)
    alone = kakasi.reading(following)
    if not whole or not alone or not whole.endswith(alone):
        return None
    prefix = whole[: len(whole) - len(alone)]
    return prefix if prefix in _HONORIFICS else None


def _prefers_kakasi(morph: Morph, kakasi: str, following: str) -> bool:
    if morph.text == "何" and following[:1] in _NAN_BEFORE:
        return False  # the analyzer's なん is right here
    return (
        morph.form in _DICTIONARY_FORMS
        and morph.base is not None
        and morph.base == kakasi
        and morph.kana is not None
        and _unvoiced(morph.kana) != morph.base  # rendaku is context: 興味深(ぶか)い
    )


def _unvoiced(kana: str) -> str:
    """``kana`` with its first sound unvoiced (ぶかい → ふかい)."""
    return unvoiced(kana[:1]) + kana[1:]
