"""Readings the text gives for its words, carried to where the word comes back.

An author glosses a rare word at its first use (満潮《みちしお》 in an Aozora Bunko
file) and means that reading each time the word comes back unglossed. A gloss of
two characters or more carries forward, from where it is given to the end of the
document: a later 満潮 reads みちしお too. It does not carry backwards (Akutagawa
glosses 死人《しびと》 once, near the end, after six 死人 read しにん), nor does a
gloss of one kanji carry at all: measured on the development set, those mark a
reading of one place (扉《と》, 己《おれ》, 下《さが》り) and the same kanji reads
otherwise elsewhere. A word the text glosses two ways is left to context.

This runs on the engine's words, after the readings cache, like the text's own ruby
(:mod:`reader.core.readings.fixed`): the cache needs no knowledge of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.core.readings.fixed import Span
from reader.core.readings.kana import has_kanji, is_hiragana_text, to_hiragana
from reader.core.readings.model import Word

#: Shorter glosses are readings of their place only.
MIN_LENGTH = 2


@dataclass(frozen=True)
class Gloss:
    """A word the text glosses, and from where the gloss holds.

    Attributes:
        reading: the reading in hiragana.
        since: the source offset where the first gloss ends.
    """

    reading: str
    since: int


class Glosses:
    """The glosses of one document, found once and matched block by block.

    Args:
        source: the document's text.
        ruby: the ruby the text gives, as ``(start, end, reading)`` in ``source``.
    """

    def __init__(self, source: str, ruby: Iterable[Span]) -> None:
        found: dict[str, Gloss] = {}
        twice: set[str] = set()
        for start, end, reading in ruby:
            surface, kana = source[start:end], to_hiragana(reading)
            if len(surface) < MIN_LENGTH or not has_kanji(surface):
                continue
            if not is_hiragana_text(kana):
                continue  # not a reading (a symbol, a note, old notation)
            known = found.get(surface)
            if known is None:
                found[surface] = Gloss(kana, end)
            elif known.reading != kana:
                twice.add(surface)  # the author reads it by context
        self.words = {s: g for s, g in found.items() if s not in twice}
        alternatives = sorted(self.words, key=len, reverse=True)
        self._pattern = (
            re.compile("|".join(map(re.escape, alternatives))) if alternatives else None
        )

    def spans(
        self, text: str, offset: int, words: Sequence[Word], own: Sequence[Span] = ()
    ) -> list[Span]:
        """Where glosses carry in one block, as ``(start, end, reading)`` in ``text``.

        Args:
            text: the block's text, which ``words`` cover.
            offset: where ``text`` starts in the source.
            words: the engine's words for ``text``.
            own: the ruby the block itself gives (never overridden).
        """
        if self._pattern is None:
            return []
        cuts = _segment_edges(words)
        taken = [(start, end) for start, end, _ in own]
        out: list[Span] = []
        for match in self._pattern.finditer(text):
            start, end = match.span()
            gloss = self.words[match.group()]
            if offset + start < gloss.since:
                continue  # the gloss itself, or before it was given
            if start not in cuts or end not in cuts:
                continue  # inside a longer word (大洋 in 大洋州)
            if any(start < b and a < end for a, b in taken):
                continue
            out.append((start, end, gloss.reading))
        return out


def _segment_edges(words: Sequence[Word]) -> set[int]:
    edges: set[int] = set()
    for word in words:
        pos = word.start
        edges.add(pos)
        for segment in word.segments:
            pos += len(segment.text)
            edges.add(pos)
    return edges
