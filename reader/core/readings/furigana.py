"""Split a word's reading so that furigana sits over its kanji only.

``取り扱い`` read ``とりあつかい`` becomes 取(と) り 扱(あつか) い: each kanji run
of the surface becomes a lazy group of a regular expression and each kana is matched as
itself. When the reading does not fit the surface, the whole reading goes over the
whole word: a reading over too much text is better than a wrong split.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.readings.kana import (
    COUNTER_KANA,
    has_kanji,
    is_kanji,
    spell_out_long_marks,
    to_hiragana,
)
from reader.core.readings.model import Segment
from reader.core.readings.oldkana import MODERN


def _rubyable(ch: str) -> bool:
    return is_kanji(ch) or ch in COUNTER_KANA


def runs(surface: str) -> list[tuple[str, bool]]:
    """The surface cut into alternating kanji and non-kanji runs.

    Returns:
        ``(text, is_kanji_run)`` pairs in order.
    """
    out: list[tuple[str, bool]] = []
    for ch in surface:
        kind = _rubyable(ch)
        if out and out[-1][1] == kind:
            out[-1] = (out[-1][0] + ch, kind)
        else:
            out.append((ch, kind))
    return out


@lru_cache(maxsize=4096)
def _pattern(surface: str, loose: bool = False) -> re.Pattern[str]:
    parts = [
        "(.+?)" if kanji else f"({_kana_pattern(to_hiragana(text), loose)})"
        for text, kanji in runs(surface)
    ]
    return re.compile("".join(parts))


def _kana_pattern(kana: str, loose: bool) -> str:
    """Kana matched as themselves; ``loose``, also as their modern spelling
    (考へ read かんがえ, 通つ read とおっ: historical kana usage)."""
    if not loose:
        return re.escape(kana)
    return "".join(
        f"[{ch}{MODERN[ch]}]" if ch in MODERN else re.escape(ch) for ch in kana
    )


def split(surface: str, reading: str) -> tuple[Segment, ...]:
    """Furigana segments for ``surface`` read as ``reading``.

    Args:
        surface: the word as written.
        reading: its full reading in hiragana.

    Returns:
        Segments whose texts join to ``surface``; kanji runs carry their reading,
        kana runs carry none. Without kanji, one plain segment.
    """
    if not has_kanji(surface):
        return (Segment(surface),)
    match = _pattern(surface).fullmatch(reading) or _pattern(
        surface, loose=True
    ).fullmatch(reading)
    if match is None:
        return (Segment(surface, spell_out_long_marks(reading)),)
    segments = []
    for (text, kanji), part in zip(runs(surface), match.groups(), strict=True):
        if kanji and has_kanji(text):
            segments.append(Segment(text, part))
        elif kanji:
            # A lone ヶ between kana: it has no kanji to carry ruby.
            return (Segment(surface, spell_out_long_marks(reading)),)
        else:
            segments.append(Segment(text))
    return tuple(segments)


def parse_notation(notation: str) -> tuple[Segment, ...]:
    """Segments from the furigana notation ``取(と)り扱(あつか)い``.

    A ``(reading)`` belongs to the kanji run just before it; ``{2人}(ふたり)`` puts
    a reading over an explicit base. Used by the corrections data and by tests.
    """
    segments: list[Segment] = []
    for braced, braced_reading, plain, reading in _NOTATION_RE.findall(notation):
        if braced:
            segments.append(Segment(braced, braced_reading))
            continue
        if not reading:
            segments.append(Segment(plain))
            continue
        cut = len(plain)
        while cut > 0 and _rubyable(plain[cut - 1]):
            cut -= 1
        if cut == len(plain):
            raise ValueError(f"reading without kanji in {notation!r}")
        segments += [Segment(plain[:cut]), Segment(plain[cut:], reading)]
    return _merge_plain([seg for seg in segments if seg.text])


_NOTATION_RE = re.compile(r"\{([^{}()]+)\}\(([^()]*)\)|([^{}()]+)(?:\(([^()]*)\))?")


def _merge_plain(segments: list[Segment]) -> tuple[Segment, ...]:
    out: list[Segment] = []
    for seg in segments:
        if out and seg.reading is None and out[-1].reading is None:
            out[-1] = Segment(out[-1].text + seg.text)
        else:
            out.append(seg)
    return tuple(out)


def notation(segments: tuple[Segment, ...]) -> str:
    """The furigana notation of ``segments`` (inverse of :func:`parse_notation`)."""
    return "".join(
        seg.text if seg.reading is None else f"{seg.text}({seg.reading})"
        for seg in segments
    )
