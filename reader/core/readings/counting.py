"""Numbers with their counters as one unit each, read with the sound changes.

The analyzer reads a numeral and a counter apart, each alone (本 ぽん after any
number, 日 か), and gives digits no reading. Here a numeral and its counter become
one unit read through the counter table of :mod:`reader.core.readings.numbers`, or
with the sound change at the seam (一発 いっぱつ); 一 before a Sino-Japanese noun
doubles too, and 頃 after a number is ごろ.
"""

from __future__ import annotations

import re

from reader.core.readings.furigana import split
from reader.core.readings.kana import has_kanji
from reader.core.readings.model import Segment
from reader.core.readings.numbers import (
    COUNTERS,
    counter_kana,
    find_number_words,
    join_counter,
    kanji_number,
    number_kana,
)
from reader.core.readings.words import Unit, starts_of, take_while

_DIGITS = re.compile(r"[0-9０-９]+")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def _is_counter(unit: Unit) -> bool:
    pos = unit.first.pos
    return unit.kana is not None and (
        pos[2] in ("助数詞", "助数詞可能") or pos[:2] == ("接尾辞", "名詞的")
    )


def is_numeral(unit: Unit) -> bool:
    return unit.first.pos[:2] == ("名詞", "数詞") and unit.kana is not None


def number_units(line: str, units: list[Unit]) -> list[Unit]:
    """Numbers and their counters as one unit each (35人, 二三人, 一本)."""
    starts = starts_of(units)
    forced = {n.start: n for n in find_number_words(line)}
    out: list[Unit] = []
    i = 0
    numbered = False  # the unit before is a number with its counter
    while i < len(units):
        unit, start = units[i], starts[i]
        if numbered:
            unit = _after_number(unit)
        numbered = True
        number = forced.get(start)
        if number is not None and number.end in starts[i:] + [len(line)]:
            last = (starts + [len(line)]).index(number.end)
            out.append(
                Unit(
                    line[start : number.end],
                    number.segments,
                    number.kana,
                    unit.first,
                    units[last - 1].last,
                )
            )
            i = last
            continue
        j = take_while(units, i, is_numeral)
        if j == i and _DIGITS.fullmatch(unit.text) and not _after_point(line, start):
            j = i + 1
        k = take_while(units, j, _is_counter) if j > i else j
        if k > j:
            out.append(_number_unit(units[i:j], units[j:k]))
            i = k
            continue
        if j == i + 1 and j < len(units):
            unit = _before_noun(unit, units[j])
        out.append(unit)
        numbered = False
        i += 1
    return out


def _after_point(line: str, start: int) -> bool:
    """Digits after a point the counter table did not take (v4.5倍): not a number
    of their own, so they get no reading rather than a wrong one."""
    return line[start - 1 : start] in (".", "．")


def _before_noun(numeral: Unit, noun: Unit) -> Unit:
    """一 doubles before a Sino-Japanese noun as before a counter (一区間).

    Measured: 2 words right on the dev set (一区間, 一昼夜), 1 wrong in the
    interview (一形態 いちけいたい).
    """
    if numeral.kana != "いち" or noun.kana is None or noun.first.origin != "漢":
        return numeral
    kana = join_counter("いち", noun.kana)[: -len(noun.kana)]
    if kana == numeral.kana:
        return numeral
    return Unit(
        numeral.text,
        split(numeral.text, kana),
        kana,
        numeral.first,
        numeral.last,
        alternative=numeral.kana,
    )


#: Two neighbouring digits say "N or N+1" (二三人 にさんにん, 四五日 しごにち):
#: each read in its Sino-Japanese form, the counter as after the second.
APPROXIMATE = {
    "一二": "いちに",
    "二三": "にさん",
    "三四": "さんし",
    "四五": "しご",
    "五六": "ごろく",
    "六七": "ろくしち",
    "七八": "しちはち",
    "八九": "はっく",
}


def _approximate_kana(text: str, counter: Unit, tail: str) -> str | None:
    """The reading of an approximate number and its counter, or ``None``."""
    head = APPROXIMATE.get(text)
    if head is None or counter.kana is None:
        return None
    if counter.text == "日":
        return head + "にち" + tail  # days counted, not dates: しごにち
    second = kanji_number(text[1])
    if counter.text in COUNTERS and second is not None:
        whole = counter_kana(str(second), counter.text)
        own = number_kana(second)
        if whole.startswith(own):  # 二三人: に + さんにん (not ふたり's table)
            return head[: -len(own)] + whole + tail
    return join_counter(head, counter.kana + tail, counter.first.origin == "漢")


def _number_unit(numerals: list[Unit], counters: list[Unit]) -> Unit:
    text = "".join(u.text for u in numerals)
    digits = _DIGITS.fullmatch(text) is not None
    value = int(text.translate(_FULL_WIDTH)) if digits else kanji_number(text)
    counter, rest = counters[0], counters[1:]
    tail = "".join(u.kana or "" for u in rest)
    approximate = _approximate_kana(text, counter, tail)
    if approximate is not None:
        counter_text = "".join(u.text for u in counters)
        return Unit(
            text + counter_text,
            split(text + counter_text, approximate),
            approximate,
            numerals[0].first,
            counters[-1].last,
        )
    # Kanji days are left to the analyzer: 一日 is いちにち or ついたち by context.
    if (
        value is not None
        and counter.text in COUNTERS
        and (digits or value > 1 or counter.text != "日")
    ):
        # The analyzer reads counters alone (本 ぽん after any number): use the table.
        kana = counter_kana(str(value), counter.text) + tail
    else:
        head = number_kana(value) if digits and value is not None else None
        numeral = head or "".join(u.kana or "" for u in numerals)
        sino = counter.first.origin == "漢"
        kana = join_counter(numeral, (counter.kana or "") + tail, sino)
    counter_text = "".join(u.text for u in counters)
    if digits:
        # The digits carry no ruby; the counter carries what follows their reading.
        base = number_kana(value or 0)
        if not has_kanji(counter_text):  # 1へん: no kanji, so no ruby
            segments: tuple[Segment, ...] = (Segment(text + counter_text),)
        elif kana.startswith(base) and len(kana) > len(base):
            segments = (Segment(text), *split(counter_text, kana[len(base) :]))
        else:
            segments = (Segment(text + counter_text, kana),)
    else:
        segments = split(text + counter_text, kana)
    return Unit(
        text + counter_text, segments, kana, numerals[0].first, counters[-1].last
    )


def _after_number(unit: Unit) -> Unit:
    # 頃 after a number and counter is ごろ (3時頃, 1995年頃); alone it is ころ.
    if unit.text != "頃" or unit.kana == "ごろ":
        return unit
    return Unit(
        unit.text,
        split(unit.text, "ごろ"),
        "ごろ",
        unit.first,
        unit.last,
        alternative=unit.kana,
    )
