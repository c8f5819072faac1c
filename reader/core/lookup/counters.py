"""Numbers with a counter (35人, 3分, 8月): JMdict has no entry for the digits.

The readings engine's number rules read the whole (さんじゅうごにん); the entry shown
is the word in kanji numerals where JMdict has it (八月, 二人), else the counter.
"""

from __future__ import annotations

import unicodedata

from reader.core.lookup.dictionary import Database
from reader.core.lookup.entries import load_entries
from reader.core.lookup.model import WordMatch, is_common, priority_rank
from reader.core.readings.kana import to_hiragana
from reader.core.readings.numbers import find_number_words
from reader.core.readings.romaji import kana_to_romaji

_DIGITS = "0123456789０１２３４５６７８９"
_KANJI_DIGITS = "〇一二三四五六七八九"
#: How many entries a counter brings at most.
MAX_WORDS = 12


def _unvoiced(kana: str) -> str:
    """``kana`` with its first sound unvoiced (ぷん → ふん), as counters change it."""
    first = unicodedata.normalize("NFD", to_hiragana(kana[:1]))
    return first[:1] + kana[1:]


def _kanji_number(digits: str) -> str:
    """1–99 in kanji numerals (35 → 三十五); "" for other numbers."""
    if not digits.isdigit() or not 0 < int(digits) < 100:
        return ""
    tens, ones = divmod(int(digits), 10)
    head = ("" if tens == 1 else _KANJI_DIGITS[tens]) + "十" if tens else ""
    return head + (_KANJI_DIGITS[ones] if ones else "")


def counter_words(db: Database, window: str) -> tuple[WordMatch, ...]:
    """A number with its counter (35人, 3分): the counter's entries, best read first."""
    number = next((n for n in find_number_words(window) if n.start == 0), None)
    if number is None:
        return ()
    counter = number.segments[-1]
    text = counter.text.lstrip(_DIGITS)  # 2人 is one segment, read ふたり
    digits = window[: number.end - len(text)]
    # 八月, 二人: JMdict has small numbers with their counter, in kanji.
    kanji = _kanji_number(digits)
    hits = db.find_forms([kanji + text]) if kanji else []
    said = number.kana  # the reading of 二人 is the whole word's
    if not hits:
        hits = db.find_forms([text]) if text else []
        said = counter.reading or ""
    entries = load_entries(db, [hit.entry_id for hit in hits])
    words = []
    for hit in hits:
        entry = entries[hit.entry_id]
        readings = [form.text for form in entry.readings_of(hit.text)]
        reading = next(
            (r for r in readings if r == said),
            next((r for r in readings if _unvoiced(r) == _unvoiced(said)), readings[0]),
        )
        words.append(
            WordMatch(
                surface=window[: number.end],
                form=hit.text,
                reading=reading,
                romaji=kana_to_romaji(reading),
                inflection="number + counter",
                entry=entry,
                common=is_common(hit.priority),
                priority=hit.priority,
                agrees=_unvoiced(reading) == _unvoiced(said),
                surface_reading=number.kana,
            )
        )
    words.sort(key=lambda w: (not w.agrees, not w.common, priority_rank(w.priority)))
    return tuple(words[:MAX_WORDS])
