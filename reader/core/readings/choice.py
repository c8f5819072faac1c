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

from reader.core.readings.analyzer import Morph

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
    if morph.text == "一日" and analyzer == "ついたち" and not preceding.endswith("月"):
        # The first of a month only follows its month (四月一日); UniDic-lite reads
        # ついたち out of context, where 一日 is a day's length (一日のうちで).
        return "いちにち", analyzer
    if morph.text == "方" and preceding in _PERSONS_BEFORE_GATA:
        return "がた", analyzer
    if kakasi is None or kakasi == analyzer:
        return analyzer, None
    if _prefers_kakasi(morph, kakasi, following):
        return kakasi, analyzer
    return analyzer, kakasi




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


_VOICED = "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ"
_PLAIN = "かきくけこさしすせそたちつてとはひふへほはひふへほ"
_UNVOICE = str.maketrans(_VOICED, _PLAIN)


def _unvoiced(kana: str) -> str:
    """``kana`` with its first sound unvoiced (ぶかい → ふかい)."""
    return kana[:1].translate(_UNVOICE) + kana[1:]
