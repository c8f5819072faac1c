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

from collections.abc import Sequence
from dataclasses import replace

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


#: The belly that 空く: hunger is すく (腹が空いた), UniDic-lite reads あく.
_BELLY = frozenset(("腹", "お腹", "おなか", "御腹"))


def retag(morphs: Sequence[Morph], index: int) -> Morph:
    """The analyzer's token ``morphs[index]``, where its grammar says otherwise,
    told right (``morphs``: the line's tokens, as the analyzer gave them).

    気 after a verb's plain form is the noun き (死ぬ気, 行く気), an intent, not the
    suffix げ, which follows stems (楽しげ, 得意げ, ありげ); UniDic-lite reads げ
    after a finished verb too. As a noun it also stands apart in romaji. 空く after
    the belly and a particle is すく (お腹が空いた, 腹は空いて).
    """
    morph = morphs[index]
    previous = morphs[index - 1] if index >= 1 else None
    if (
        morph.lemma == "空く"
        and morph.kana is not None
        and morph.kana.startswith("あ")
        and index >= 2
        and morphs[index - 1].pos[0] == "助詞"
        and morphs[index - 2].text in _BELLY
    ):
        kana = "す" + morph.kana[1:]
        return replace(morph, kana=kana, pron=kana, base="すく")
    if (
        morph.text == "気"
        and morph.kana == "げ"
        and previous is not None
        and previous.pos[0] == "動詞"
        and previous.form in ("終止形-一般", "連体形-一般")
    ):
        return replace(
            morph, kana="き", pron="き", pos=("名詞", "普通名詞", "一般"), base="き"
        )
    return morph


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
