"""What the look-up popup shows, as plain data for the page script (resources/page/
lookup.js), and where in a block a look-up starts.

Nothing here is markup: the page sets every string as text (dictionary text is
data, and may hold anything), so no escaping rule can be forgotten.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from reader.core.readings import Word

if TYPE_CHECKING:
    from reader.core.lookup import KanjiInfo, LookupResult, NameMatch, WordMatch

#: How far a look-up's context reaches either side of the point, at most (the
#: analyzer reads the sentence; a 300,000-character paragraph must not be read whole).
REACH = 200
_SENTENCE_ENDS = "。！？!?\n"


def context(text: str, offset: int) -> tuple[int, int]:
    """The sentence around ``offset``, as ``[start, end)``, at most REACH each way."""
    start = max(0, offset - REACH)
    for i in range(offset - 1, start - 1, -1):
        if text[i] in _SENTENCE_ENDS:
            start = i + 1
            break
    end = min(len(text), offset + REACH)
    for i in range(offset, end):
        if text[i] in _SENTENCE_ENDS:
            end = i + 1
            break
    return start, end


def word_at(words: Sequence[Word], offset: int) -> Word | None:
    """The word of a block that holds ``offset``."""
    for word in words:
        if word.start <= offset < word.end:
            return word
    return None


def has_content(word: Word) -> bool:
    """Whether a word is worth a look-up: letters or kana, not punctuation."""
    return any(ch.isalnum() for ch in word.text)


def _word(word: WordMatch) -> dict[str, Any]:
    return {
        "surface": word.surface,
        "form": word.form,
        "reading": word.reading,
        "romaji": word.romaji,
        "inflection": word.inflection or "",
        "common": word.common,
        "priority": [m for m in word.priority if not m.startswith("nf")],
        "senses": [
            {
                "pos": list(sense.parts_of_speech),
                "glosses": list(sense.glosses),
                "notes": list(sense.notes),
            }
            for sense in word.entry.senses
        ],
    }


def _name(name: NameMatch) -> dict[str, Any]:
    return {
        "surface": name.surface,
        "reading": name.reading,
        "romaji": name.romaji,
        "kinds": list(name.kind_labels),
        "glosses": list(name.glosses),
    }


def kanji_data(info: KanjiInfo) -> dict[str, Any]:
    """One kanji's KANJIDIC2 facts for the popup."""
    return {
        "literal": info.literal,
        "meanings": list(info.meanings),
        "on": list(info.on),
        "kun": list(info.kun),
        "strokes": info.strokes,
        "grade": info.grade,
        "jlpt": info.jlpt,
        "frequency": info.frequency,
    }


def result_data(
    result: LookupResult, block: str, start: int, shown: Word | None
) -> dict[str, Any]:
    """The popup's content for a look-up at ``start`` of ``block``.

    Args:
        result: the look-up (offsets relative to the block's text).
        block: the block's id.
        start: where the look-up started in the block.
        shown: the readings engine's word starting there, if any: its reading and
            the engine's alternative reading are shown with the entry.
    """
    names_len = len(result.names[0].surface) if result.names else 0
    length = result.words[0].length if result.words else 0
    length = max(length, names_len, 1)
    return {
        "b": block,
        "s": start,
        "e": start + length,
        "words": [_word(w) for w in result.words],
        "names": [_name(n) for n in result.names],
        "nameFirst": result.name_first,
        "alternative": shown.alternative if shown is not None else None,
        "shownReading": shown.kana if shown is not None else None,
        "text": result.text[result.offset : result.offset + length],
        "error": "",
    }


def message_data(block: str, start: int, end: int, message: str) -> dict[str, Any]:
    """A popup holding one line (the dictionary is missing, nothing found…)."""
    return {
        "b": block,
        "s": start,
        "e": max(end, start + 1),
        "words": [],
        "names": [],
        "nameFirst": False,
        "alternative": None,
        "shownReading": None,
        "text": "",
        "error": message,
    }
