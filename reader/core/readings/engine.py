"""The reading engine: text in, words with furigana, kana and romaji division out.

Each line goes to the morphological analyzer, which divides it into tokens and
reads them in context; pykakasi reads each kanji token alone. The two readings are
weighed by the rules in :mod:`reader.core.readings.choice`, the loser kept as the
word's alternative. Numbers with counters, the corrections and readings written
in the text itself come next; then tokens are grouped into words.
"""

from __future__ import annotations

import re

from reader.core.readings import analyzer, kakasi
from reader.core.readings.choice import choose
from reader.core.readings.corrections import Correction, Corrections
from reader.core.readings.counting import is_numeral, number_units
from reader.core.readings.furigana import split
from reader.core.readings.kana import has_kanji, is_kana_text, is_kanji, to_hiragana
from reader.core.readings.model import Segment, Word
from reader.core.readings.retag import retag
from reader.core.readings.words import (
    Unit,
    divide,
    inflects,
    make_word,
    starts_of,
    take_while,
)

#: Bump when a change to the algorithm changes its output (invalidates caches).
#: 4: readings in context from the analyzer, words divided by its parts of speech.
#: 5: 一日 is ついたち only after its month; no ruby over a digit and a kana counter.
#: 6: approximate numbers (二三人 にさんにん), 方 がた after a person, 一羽 いちわ,
#:    気 き after a verb (死ぬ気), 腹が空く すく; numbers written place by place
#:    (二〇二六年), decimals (3.5倍), 17日 じゅうしちにち; 日本人 じん, 一日中 じゅう,
#:    何時 なんじ.
#: 7: a noun after digits is read as after a kanji numeral (12巻 かん, 3話 わ).
#: 8: historical kana usage read in its modern spelling (通つて, 考へる).
#: 9: old kanji forms read as their new forms (廣い, 聲).
#: 10: 1日 is ついたち only after its month (1日3回 いちにち).
#: 11: neighbouring nouns pykakasi knows as one word read as it (光合成).
#: 12: historical kana words as said (やう, けふ, ませう), repeat marks (ゝ, ／＼).
#: 13: round tens double before a counter (30分 さんじゅっぷん, 50歳).
#: 14: the prefix 御 as pykakasi reads it with its word (御客 お, 御馳走 ご).
#: 15: small kana written large in historical usage (チヤツク, ぢや).
ALGORITHM_VERSION = "15"

_LINE_RE = re.compile(r"[^\r\n]+|\r\n|\r|\n")
_OPEN, _CLOSE = "(（", ")）"
#: Pronunciations that differ from the kana in the last letter only: は said わ.
_SAID = {"は": "わ", "へ": "え", "を": "お"}


class ReadingEngine:
    """Turns text into words with furigana and kana, corrections applied.

    Args:
        corrections: the corrections to apply; ``None`` means the bundled ones.
    """

    def __init__(self, corrections: Corrections | None = None) -> None:
        self.corrections = Corrections.bundled() if corrections is None else corrections

    @property
    def version_key(self) -> str:
        """What the output depends on: both engines, the corrections and this code."""
        return (
            f"pykakasi={kakasi.PYKAKASI_VERSION};{analyzer.ANALYZER_VERSION};"
            f"algo={ALGORITHM_VERSION};corrections={self.corrections.digest}"
        )

    def with_corrections(self, corrections: Corrections) -> ReadingEngine:
        """A new engine using ``corrections`` instead."""
        return ReadingEngine(corrections)

    def read(self, text: str) -> tuple[Word, ...]:
        """Words covering ``text`` exactly, in order, line by line."""
        words: list[Word] = []
        for match in _LINE_RE.finditer(text):
            line = match.group()
            if line in ("\n", "\r", "\r\n"):
                words.append(Word(match.start(), (Segment(line),), None))
                continue
            units = _written(self._corrected(line, number_units(line, _units(line))))
            start = match.start()
            line_words: list[tuple[Word, list[Unit]]] = []
            for group in divide(units):
                word = _compound(make_word(group, start), group)
                line_words.append((word, group))
                start = word.end
            words.extend(_joined_compounds(line_words))
        return tuple(words)

    def _corrected(self, line: str, units: list[Unit]) -> list[Unit]:
        """Apply the corrections whose span starts and ends on token boundaries."""
        starts = starts_of(units)
        ends = {
            start + len(u.text): i
            for i, (start, u) in enumerate(zip(starts, units, strict=True))
        }
        index = {start: i for i, start in enumerate(starts)}
        out = list(units)
        spans: list[tuple[int, int, Correction]] = []
        for start, fix in self.corrections.find(line):
            end = start + len(fix.surface)
            if start in index and end in ends:
                spans.append((index[start], ends[end] + 1, fix))
        for i, (start, unit) in enumerate(zip(starts, units, strict=True)):
            if has_kanji(unit.text) and not any(a <= i < b for a, b, _ in spans):
                token_fix = self.corrections.for_token(line, start, unit.text)
                if token_fix is not None:
                    spans.append((i, i + 1, token_fix))
        for first, last, fix in sorted(spans, key=lambda span: -span[0]):
            out[first:last] = [_fixed(units[first:last], fix)]
        return out


def _compound(word: Word, units: list[Unit]) -> Word:
    """A noun compound pykakasi knows as one dictionary word gets its reading.

    The analyzer reads a compound from its short units and can miss the sound
    changes at their seams (お母(はは)さん, 金曜(きんよう)日(ひ)); pykakasi's
    dictionary holds many such compounds whole. Numbers are left to the analyzer
    (一日 is いちにち in context, ついたち alone).
    """
    if len(units) < 2 or word.kana is None or not has_kanji(word.text):
        return word
    if any(inflects(u.first) or is_numeral(u) or u.fixed for u in units):
        return word  # verbs and numbers read in context; corrections stand
    tokens = kakasi.convert(word.text)
    if sum(has_kanji(token.orig) for token in tokens) != 1:
        return word  # pykakasi too reads it in parts (or お + 母さん: one word)
    if not _spans_seam(tokens, units):
        return word  # its kanji word is one of the analyzer's (人 in 人たち)
    kana = "".join(token.hira or "" for token in tokens)
    if any(token.hira is None for token in tokens) or kana == word.kana:
        return word
    return Word(word.start, split(word.text, kana), kana, word.particle, word.kana)


#: The longest run of nouns tried as one compound (人工知能研究: 3).
_RUN = 3


def _joined_compounds(words: list[tuple[Word, list[Unit]]]) -> list[Word]:
    """Neighbouring nouns that pykakasi knows as one word, read as that word.

    The analyzer cuts compounds into short units and reads each alone; where the
    whole has its own reading (光合成 こうごうせい, not 光 ひかり + 合成) pykakasi's
    dictionary often holds it.
    """
    out: list[Word] = []
    plain = [_plain_noun(word, units) for word, units in words]
    i = 0
    while i < len(words):
        for size in range(min(_RUN, len(words) - i), 1, -1):
            run = words[i : i + size]
            if all(plain[i : i + size]):
                joined = _as_one(run)
                if joined is not None:
                    out.append(joined)
                    i += size
                    break
        else:
            out.append(words[i][0])
            i += 1
    return out


def _plain_noun(word: Word, units: list[Unit]) -> bool:
    return (
        word.kana is not None
        and all(is_kanji(ch) for ch in word.text)
        and all(
            u.first.pos[0] == "名詞" and u.first.pos[1] != "数詞" and not u.fixed
            for u in units
        )
    )


def _as_one(run: list[tuple[Word, list[Unit]]]) -> Word | None:
    text = "".join(word.text for word, _ in run)
    tokens = kakasi.convert(text)
    if len(tokens) != 1 or tokens[0].hira is None:
        return None
    kana = tokens[0].hira
    parts = "".join(word.kana or "" for word, _ in run)
    if kana == parts:
        return None
    return Word(run[0][0].start, split(text, kana), kana, False, parts)


def _spans_seam(tokens: list[kakasi.Token], units: list[Unit]) -> bool:
    """Whether pykakasi's kanji token crosses a boundary between the units."""
    seams = set(starts_of(units)[1:])
    pos = 0
    for token in tokens:
        if has_kanji(token.orig):
            return any(pos < seam < pos + len(token.orig) for seam in seams)
        pos += len(token.orig)
    return False


def _fixed(units: list[Unit], fix: Correction) -> Unit:
    kana = "".join(u.kana or "" for u in units)
    alternative = kana if kana and kana != fix.kana else None
    said = units[-1].said and fix.kana == kana
    return Unit(
        fix.surface,
        fix.segments,
        fix.kana,
        units[0].first,
        units[-1].last,
        said,
        alternative,
        fixed=True,
    )


def _units(line: str) -> list[Unit]:
    try:
        morphs = analyzer.analyze(line)
    except ValueError:
        # Never seen; read the line without context rather than not at all.
        return [_kakasi_unit(token) for token in kakasi.convert(line)]
    morphs = [retag(morphs, i) for i in range(len(morphs))]
    following = [m.text for m in morphs[1:]] + [""]
    previous: list[analyzer.Morph | None] = [None, *morphs[:-1]]
    return [
        _unit(morph, after, before)
        for morph, after, before in zip(morphs, following, previous, strict=True)
    ]


def _kakasi_unit(token: kakasi.Token) -> Unit:
    morph = analyzer.Morph(token.orig, token.hira, token.hira, ("", "", ""))
    return _unit(morph)


def _unit(
    morph: analyzer.Morph, following: str = "", previous: analyzer.Morph | None = None
) -> Unit:
    text = morph.text
    said = (
        morph.kana is not None
        and morph.pron is not None
        and morph.kana[-1:] in _SAID
        and morph.pron[-1:] == _SAID[morph.kana[-1]]
    )
    spoken = morph.modern or text  # historical kana read in modern spelling
    if not has_kanji(text):
        kana = to_hiragana(spoken) if is_kana_text(spoken) else None
        return Unit(
            text, (Segment(text),), kana, morph, morph, said and kana is not None
        )
    preceding = previous.text if previous is not None else ""
    kana, alternative = choose(morph, kakasi.reading(spoken), following, preceding)
    if kana is None:
        return Unit(text, (Segment(text),), None, morph, morph)
    return Unit(text, split(text, kana), kana, morph, morph, said, alternative)


def _written(units: list[Unit]) -> list[Unit]:
    """Drop the ruby of words whose reading the text gives right after them."""
    out = list(units)
    for i in range(1, len(units) - 2):
        if units[i].text not in _OPEN or not has_kanji(units[i - 1].text):
            continue
        j = take_while(units, i + 1, lambda u: is_kana_text(u.text))
        if j == i + 1 or j >= len(units) or units[j].text not in _CLOSE:
            continue
        written = to_hiragana("".join(u.text for u in units[i + 1 : j]))
        k = i - 1
        while (
            k > 0 and has_kanji(units[k - 1].text) and not _reads(units[k:i], written)
        ):
            k -= 1
        if not _reads(units[k:i], written):
            k = i - 1
        for n in range(k, i):
            unit = units[n]
            kana = written if k == i - 1 else unit.kana
            alternative = unit.kana if kana != unit.kana else unit.alternative
            out[n] = Unit(
                unit.text,
                (Segment(unit.text),),
                kana,
                unit.first,
                unit.last,
                unit.said,
                alternative,
                fixed=True,
            )
    return out


def _reads(units: list[Unit], written: str) -> bool:
    return "".join(u.kana or "" for u in units) == written
