"""Old kanji forms (旧字体), shown to the analyzer in their new forms (新字体).

Pre-war texts in Aozora Bunko's 旧字 editions write 國, 廣, 聲, 體, 默. UniDic-lite
knows some of these (國 くに) and misreads or cannot read others: 廣い is cut
廣(ひろし) + い, 聲 and 默 have no reading, 體 is read てい. OpenCC's ``t2jp``
table (Kyūjitai to Shinjitai, one character for one) gives the new form; the
analyzer reads the line in new forms, except where the old form made a longer
word it knows (纔か わずか would become 才 + か, 禦ぐ ふせぐ 御 + ぐ).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, Protocol

from reader.core.readings.model import with_offsets


class Token(Protocol):
    """What the judge needs of an analyzer token."""

    @property
    def text(self) -> str: ...

    @property
    def kana(self) -> str | None: ...


@lru_cache(maxsize=1)
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2jp")


def new_forms(line: str, analyze: Callable[[str], Sequence[Token]]) -> str:
    """``line`` with its old kanji forms in their new forms, where the analyzer
    does not know a longer word in the old form; same length as ``line``."""
    if line.isascii():
        return line
    converted: str = _converter().convert(line)
    if converted == line or len(converted) != len(line):
        return line
    places = [i for i, (a, b) in enumerate(zip(line, converted, strict=True)) if a != b]
    old = _words_at(analyze(line), places)
    new = _words_at(analyze(converted), places)
    chars = list(line)
    for place in places:
        old_length, known = old[place]
        if not (known and old_length > new[place][0]):
            chars[place] = converted[place]
    return "".join(chars)


def _words_at(
    tokens: Sequence[Token], places: list[int]
) -> dict[int, tuple[int, bool]]:
    """For each place: the length of the token over it and whether it has a reading."""
    wanted = set(places)
    return {
        place: (end - start, token.kana is not None)
        for start, end, token in with_offsets(tokens)
        for place in wanted.intersection(range(start, end))
    }
