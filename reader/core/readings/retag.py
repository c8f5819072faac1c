"""The analyzer's tokens, told right where the grammar around them says otherwise.

UniDic-lite reads some tokens with a reading its context rules out: a suffix
after a place name, a noun after a verb, a word in its literary reading. Each rule
here looks at a token and the tokens before it on its line and gives the token
its reading (and, where the word is another kind, its part of speech, so words
and romaji are divided right too). Rules are checked on the development set and
the table of cases (docs/design.md, "Readings in context").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from reader.core.readings import analyzer
from reader.core.readings.analyzer import Morph
from reader.core.readings.kana import has_kanji

Rule = Callable[[Sequence[Morph], int], "Morph | None"]

#: The belly that 空く: hunger is すく (腹が空いた).
_BELLY = frozenset(("腹", "お腹", "おなか", "御腹"))
_PLACE = ("名詞", "固有名詞", "地名")
_COUNTERS = ("助数詞", "助数詞可能")


def _read(morph: Morph, kana: str, **changes: object) -> Morph:
    return replace(morph, kana=kana, pron=kana, **changes)  # type: ignore[arg-type]


def _hungry(morphs: Sequence[Morph], i: int) -> Morph | None:
    """空く after the belly and a particle is すく (お腹が空いた, 腹は空いて)."""
    morph = morphs[i]
    if (
        morph.lemma == "空く"
        and morph.kana is not None
        and morph.kana.startswith("あ")
        and i >= 2
        and morphs[i - 1].pos[0] == "助詞"
        and morphs[i - 2].text in _BELLY
    ):
        return _read(morph, "す" + morph.kana[1:], base="すく")
    return None


def _intent(morphs: Sequence[Morph], i: int) -> Morph | None:
    """気 after a verb's plain form is the noun き (死ぬ気, 行く気).

    The suffix げ follows stems (楽しげ, 得意げ, ありげ); as a noun き also stands
    apart in romaji (shinu ki).
    """
    morph = morphs[i]
    if (
        morph.text == "気"
        and morph.kana == "げ"
        and i >= 1
        and morphs[i - 1].pos[0] == "動詞"
        and morphs[i - 1].form in ("終止形-一般", "連体形-一般")
    ):
        return _read(morph, "き", pos=("名詞", "普通名詞", "一般"), base="き")
    return None


def _nationality(morphs: Sequence[Morph], i: int) -> Morph | None:
    """人 after a place is じん, a person of it (日本人, アメリカ人, 東京人)."""
    morph = morphs[i]
    if (
        morph.text == "人"
        and morph.kana == "にん"
        and morph.pos[0] == "接尾辞"
        and i >= 1
        and morphs[i - 1].pos == _PLACE
    ):
        return _read(morph, "じん", base="じん")
    return None


def _throughout(morphs: Sequence[Morph], i: int) -> Morph | None:
    """中 after a span of time or a place is じゅう, "all through" (一日中,
    三年中, 日本中); after an activity it stays ちゅう, "during" (会議中)."""
    morph = morphs[i]
    if morph.text != "中" or morph.kana != "ちゅう" or morph.pos[0] != "接尾辞":
        return None
    counted = (
        i >= 2
        and morphs[i - 1].pos[2] in _COUNTERS
        and morphs[i - 2].pos[:2] == ("名詞", "数詞")
    )
    if counted or (i >= 1 and morphs[i - 1].pos == _PLACE):
        return _read(morph, "じゅう", base="じゅう")
    return None


def _counted(morphs: Sequence[Morph], i: int) -> Morph | None:
    """A noun after digits is read as after a kanji numeral (12巻 かん, 3話 わ).

    The analyzer reads what follows digits as a plain noun (巻 まき, 話 はなし,
    通 とおり) but knows the counter after 三; the number rules then join the two.
    """
    morph = morphs[i]
    if i == 0 or not morphs[i - 1].text.isdecimal() or not has_kanji(morph.text):
        return None
    counted = analyzer.after_numeral(morph.text)
    if counted is None or counted.kana is None or counted.kana == morph.kana:
        return None
    return counted


def _what_time(morphs: Sequence[Morph], i: int) -> Morph | None:
    """何時 is なんじ, "what time"; なんどき is literary, kept for いつ何時."""
    morph = morphs[i]
    if morph.text == "何時" and morph.kana == "なんどき":
        if i >= 1 and morphs[i - 1].text == "いつ":
            return None
        return _read(morph, "なんじ", base="なんじ")
    return None


def _liking(morphs: Sequence[Morph], i: int) -> Morph | None:
    """入る in 気に入る is いる, to like (気に入った); 手に入る keeps はいる."""
    morph = morphs[i]
    if (
        morph.lemma == "入る"
        and morph.kana is not None
        and morph.kana.startswith("はい")
        and i >= 2
        and morphs[i - 1].text == "に"
        and morphs[i - 2].text == "気"
    ):
        return _read(morph, morph.kana[1:], base="いる")
    return None


RULES: tuple[Rule, ...] = (
    _hungry,
    _intent,
    _nationality,
    _throughout,
    _counted,
    _what_time,
    _liking,
)


def retag(morphs: Sequence[Morph], index: int) -> Morph:
    """``morphs[index]``, told right where a rule applies (``morphs``: the line's
    tokens as the analyzer gave them)."""
    for rule in RULES:
        fixed = rule(morphs, index)
        if fixed is not None:
            return fixed
    return morphs[index]
