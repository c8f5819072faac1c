"""The morphological analyzer, seen through the few fields a look-up needs.

Until the readings engine's analyzer adapter (issue 8, ``readings/analyzer.py``,
``analyze(line) -> list[Morph]``) lands, fugashi with unidic-lite is called here,
imported on first use; :func:`default_analyzer` is the one function to re-point at
it then (a Morph maps to a Token field by field; ``lemma`` should be UniDic's
orthBase, the form as written, not its lemma 為る). Without an analyzer, look-up goes
on with de-inflection rules alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from reader.core.readings.kana import to_hiragana


@dataclass(frozen=True)
class Token:
    """One token of the analyzer (names as in the readings engine's ``Morph``).

    Attributes:
        start: code-point offset in the text.
        text: the text of the token.
        lemma: its dictionary form as written (食べ → 食べる; UniDic's orthBase).
        lemma_reading: the dictionary form's reading in hiragana (たべる), or "".
        pos: the part of speech (動詞, 名詞 …).
        kana: the token's own reading in hiragana (たべ), or "".
    """

    start: int
    text: str
    lemma: str
    lemma_reading: str
    pos: str
    kana: str = ""

    @property
    def end(self) -> int:
        """Offset just past the token."""
        return self.start + len(self.text)


Analyzer = Callable[[str], tuple[Token, ...]]


def _field(feature: object, name: str) -> str:
    value = getattr(feature, name, None)
    return "" if value in (None, "*") else str(value)


def _fugashi() -> Analyzer | None:
    try:
        import fugashi
    except ImportError:
        return None
    try:
        tagger = fugashi.Tagger()
    except RuntimeError:  # fugashi without a dictionary
        return None

    @lru_cache(maxsize=64)  # a popup asks again and again about the same block
    def analyze(text: str) -> tuple[Token, ...]:
        tokens: list[Token] = []
        pos = 0
        for word in tagger(text):
            start = text.find(word.surface, pos)
            if start < 0:
                continue
            feature = word.feature
            lemma = _field(feature, "orthBase") or word.surface
            tokens.append(
                Token(
                    start,
                    word.surface,
                    lemma,
                    to_hiragana(_field(feature, "kanaBase")),
                    _field(feature, "pos1"),
                    to_hiragana(_field(feature, "kana")),
                )
            )
            pos = start + len(word.surface)
        return tuple(tokens)

    return analyze


def default_analyzer() -> Analyzer | None:
    """fugashi + unidic-lite, or ``None`` when they are not installed."""
    return _fugashi()


def token_at(tokens: tuple[Token, ...], offset: int) -> Token | None:
    """The token that starts at ``offset``, if one does."""
    for token in tokens:
        if token.start == offset:
            return token
        if token.start > offset:
            break
    return None
