"""Which vocabulary entries match what was typed in the panel's search field.

An entry matches by any of its texts (word, dictionary form, reading, meaning,
sentence, note), as written or by reading: かんがえ and kangae find 考える. The
reading is kana already; the other texts are read by the matcher's engine.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.core.find import Query, SoundMatcher
from reader.core.readings import Segment, Word
from reader.core.readings.kana import is_hiragana_text, to_hiragana
from reader.core.vocabulary.model import VocabEntry


def kana_words(kana: str) -> tuple[Word, ...] | None:
    """A reading as one word, so it can be matched by romaji without an engine."""
    hira = to_hiragana(kana)
    if not is_hiragana_text(hira):
        return None
    return (Word(0, (Segment(kana),), hira),)


def entry_matches(entry: VocabEntry, query: Query, matcher: SoundMatcher) -> bool:
    """Whether ``entry`` matches ``query`` by any of its texts."""
    texts = (
        entry.reading,
        entry.word,
        entry.form,
        entry.gloss,
        entry.romaji,
        entry.sentence,
        entry.note,
    )
    return matcher.matches(query, texts, [kana_words(entry.reading)])


def search(
    entries: Iterable[VocabEntry], query: str, matcher: SoundMatcher | None = None
) -> list[VocabEntry]:
    """The entries matching ``query``, in the order given ("" keeps all)."""
    parsed = Query.parse(query)
    matcher = matcher or SoundMatcher()
    return [e for e in entries if entry_matches(e, parsed, matcher)]


__all__: Sequence[str] = ("entry_matches", "kana_words", "search")
