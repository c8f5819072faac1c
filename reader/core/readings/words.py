"""Units (analyzer tokens with their chosen readings) and their grouping into words.

Words are divided as a learner reads them, by the analyzer's parts of speech: a
verb or adjective keeps its auxiliaries and its te/ba endings (yonde, omoimasu,
tsukaeba), a compound verb keeps its second verb (tsukaitsuzukeru), prefixes and
suffixes stay on their noun (okāsan, kōgyōka), particles stand apart (hon o yomu),
and a word ending in っ takes the next one, so the sokuon is not lost (atto iu).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reader.core.readings.analyzer import Morph
from reader.core.readings.kana import has_kanji, is_katakana
from reader.core.readings.model import Segment, Word


@dataclass(frozen=True)
class Unit:
    """A stretch of a line with its reading: one token, or tokens read as one.

    Attributes:
        text: the base text.
        segments: furigana segments joining to ``text``.
        kana: its reading, or ``None`` for text without one.
        first: the analyzer token it starts with (its part of speech decides
            whether it joins the word before).
        last: the token it ends with (decides whether the next one joins it).
        said: it ends in は/へ/を said wa/e/o.
        alternative: the losing engine's reading of the unit, if they disagree.
        fixed: its reading comes from a correction or from the text itself, and
            no later rule may change it.
    """

    text: str
    segments: tuple[Segment, ...]
    kana: str | None
    first: Morph
    last: Morph
    said: bool = False
    alternative: str | None = None
    fixed: bool = False


def starts_of(units: list[Unit]) -> list[int]:
    """The offset of each unit in its line."""
    starts, pos = [], 0
    for unit in units:
        starts.append(pos)
        pos += len(unit.text)
    return starts


def take_while(units: list[Unit], i: int, test: Callable[[Unit], bool]) -> int:
    """The index of the first unit from ``i`` on that fails ``test``."""
    while i < len(units) and test(units[i]):
        i += 1
    return i


_INFLECTING = frozenset({"動詞", "形容詞", "助動詞"})
#: Auxiliaries that stand as words of their own (desu, deshō, da, de aru).
_COPULAS = frozenset({"だ", "です"})
#: Conjunctive particles that end a verb form (yonde, tsukaeba, minagara).
_ENDINGS = frozenset({"て", "で", "ば", "たり", "だり", "ながら", "つつ"})
#: The lemma of する: a verb of its own even after a verb stem (oukagai shitai).
_SURU = "為る"


def inflects(morph: Morph) -> bool:
    return morph.pos[0] in _INFLECTING or (
        morph.pos[0] == "接尾辞" and morph.pos[1] in ("形容詞的", "動詞的")
    )


def _bound_kanji(unit: Unit) -> bool:
    return (
        len(unit.text) == 1
        and unit.first.pos[:2] == ("名詞", "普通名詞")
        and has_kanji(unit.text)
    )


def _time_after_number(prev: Unit, unit: Unit) -> bool:
    return prev.first.pos[1] == "数詞" and unit.first.pos[2] == "副詞可能"


def joins(word: list[Unit], unit: Unit) -> bool:
    """Whether ``unit`` belongs to the word made of ``word`` before it."""
    prev = word[-1]
    if prev.kana is None or unit.kana is None:
        return False
    if prev.kana.endswith("っ") or prev.last.pos[0] == "接頭辞":
        return True
    last, first = prev.last, unit.first
    kind = first.pos[0]
    if _time_after_number(prev, unit):
        return False  # 2年 後, 1995年 頃: the number stays whole
    if (
        _bound_kanji(unit)
        and last.pos[0] in ("名詞", "接尾辞")
        and has_kanji(prev.text)
    ):
        # A one-kanji noun after a kanji noun is part of it (sōsōki, nihongo).
        return True
    if kind == "接尾辞":
        # Suffixes join their word, but not a loanword (moderu jō, not moderujō).
        return not all(is_katakana(ch) for ch in prev.text)
    if not inflects(last):
        return False
    if kind == "助動詞":
        return first.lemma not in _COPULAS
    if first.pos[1] == "助動詞語幹":
        # 様態 そう joins a stem (omoshirosō); よう after a full form stands apart.
        return last.form.startswith(("連用形", "語幹"))
    if kind == "助詞":
        # As said: 捨てゝ ends in て spelled with a repeat mark.
        return first.pos[1] == "接続助詞" and (first.modern or unit.text) in _ENDINGS
    return (
        kind == "動詞"
        and first.pos[1] == "非自立可能"
        and last.pos[0] == "動詞"
        and last.form.startswith("連用形")
        and first.lemma != _SURU
        and word[0].first.pos[0] != "接頭辞"  # お話し|いただけます: a noun, a verb
    )


def divide(units: list[Unit]) -> list[list[Unit]]:
    """The units of a line grouped into words, in order."""
    words: list[list[Unit]] = []
    for index, unit in enumerate(units):
        after = units[index + 1] if index + 1 < len(units) else None
        if words and (joins(words[-1], unit) or _particle_pair(words[-1], unit, after)):
            words[-1].append(unit)
        else:
            words.append([unit])
    return words


def _particle_pair(word: list[Unit], unit: Unit, after: Unit | None) -> bool:
    """ので and けれども, which the analyzer cuts in two, are one particle each.

    の + で stays apart where で is the copula going on (のである, のではない).
    """
    prev = word[-1]
    if len(word) != 1 or prev.kana is None:
        return False
    if prev.first.pos[1] == "準体助詞" and unit.text == "で":
        return unit.first.pos[0] == "助動詞" and (
            after is None
            or (after.first.lemma != "有る" and after.first.pos[0] != "助詞")
        )
    return prev.text in ("けれど", "けど") and unit.text == "も"


def make_word(units: list[Unit], start: int) -> Word:
    """One word at offset ``start`` from its units."""
    return _word(units, start)


def _word(units: list[Unit], start: int) -> Word:
    if len(units) == 1:
        unit = units[0]
        return Word(start, unit.segments, unit.kana, unit.said, unit.alternative)
    segments: list[Segment] = []
    for unit in units:
        for seg in unit.segments:
            prev = segments[-1] if segments else None
            if prev is not None and (seg.reading is None) == (prev.reading is None):
                # Neighbouring kanji of a word share one ruby (研究所(けんきゅうしょ))
                # as readers write them; neighbouring kana stay one stretch.
                reading = None if seg.reading is None else prev.kana + seg.kana
                segments[-1] = Segment(prev.text + seg.text, reading)
            else:
                segments.append(seg)
    kana = "".join(unit.kana or "" for unit in units)
    alternative = None
    if any(unit.alternative for unit in units):
        alternative = "".join(unit.alternative or unit.kana or "" for unit in units)
    return Word(start, tuple(segments), kana, units[-1].said, alternative)
