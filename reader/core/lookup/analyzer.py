"""The morphological analyzer, seen through the few fields a look-up needs.

Until the readings engine has its own analyzer adapter (issue 8), fugashi with
unidic-lite is called here, imported on first use. Without it, look-up goes on with
de-inflection rules alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from reader.core.readings.kana import to_hiragana


@dataclass(frozen=True)
class Token:
    """One token of the analyzer.

    Attributes:
        start: code-point offset in the text.
        surface: the text of the token.
        base: its dictionary form as written (食べ → 食べる).
        base_reading: the dictionary form's reading in hiragana (たべる), or "".
        pos: the part of speech (動詞, 名詞 …).
        reading: the reading of the surface in hiragana (たべ), or "".
    """

    start: int
    surface: str
    base: str
    base_reading: str
    pos: str
    reading: str = ""

    @property
    def end(self) -> int:
        """Offset just past the token."""
        return self.start + len(self.surface)


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
            base = _field(feature, "orthBase") or word.surface
            tokens.append(
                Token(
                    start,
                    word.surface,
                    base,
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
