"""Reading aids: furigana over kanji, kana and romaji per word, cached on disk.

The morphological analyzer (behind :mod:`reader.core.readings.analyzer`) divides
and reads words in context; pykakasi (behind :mod:`reader.core.readings.kakasi`,
its known defects repaired there) reads each word alone. :mod:`~reader.core.
readings.choice` weighs the two, the corrections layer fixes what both miss.
"""

from reader.core.readings.cache import ReadingCache
from reader.core.readings.corrections import Correction, Corrections, make_correction
from reader.core.readings.engine import ReadingEngine
from reader.core.readings.furigana import notation, parse_notation
from reader.core.readings.model import RomajiStyle, Segment, Word
from reader.core.readings.romaji import to_romaji

__all__ = [
    "Correction",
    "Corrections",
    "ReadingCache",
    "ReadingEngine",
    "RomajiStyle",
    "Segment",
    "Word",
    "make_correction",
    "notation",
    "parse_notation",
    "to_romaji",
]
