"""The one module that talks to the morphological analyzer (fugashi + unidic-lite).

The analyzer segments a line into short units (UniDic 短単位) and reads each in
context, with its part of speech, conjugation form and pronunciation. Its
dictionary ships inside the ``unidic-lite`` package: nothing is downloaded. It is
imported on first use, so a start from a warm readings cache never loads it.
Swapping the analyzer (e.g. for SudachiPy) means rewriting this module only.
"""

from __future__ import annotations

import importlib.metadata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from reader.core.readings import kanji_forms, oldkana
from reader.core.readings.kana import to_hiragana
from reader.core.readings.model import with_offsets

#: Part of the readings cache key: a new analyzer or dictionary re-reads texts.
ANALYZER_VERSION = (
    f"fugashi={importlib.metadata.version('fugashi')},"
    f"unidic-lite={importlib.metadata.version('unidic-lite')},"
    f"opencc={importlib.metadata.version('opencc')}"
)


@dataclass(frozen=True)
class Morph:
    """One analyzer token.

    Attributes:
        text: the exact slice of the line it covers (white space is a token too).
        kana: its reading in context, in hiragana; ``None`` when the analyzer has
            none (Latin, digits, symbols, words outside its dictionary).
        pron: its pronunciation in hiragana (は said わ, ー for long vowels), or
            ``None``.
        pos: the part of speech: main class, sub class and the class below
            (``名詞``, ``普通名詞``, ``助数詞可能``); ``""`` where there is none.
        form: the conjugation form (``連用形-一般``), ``""`` for words without.
        lemma: the dictionary form (``来る`` for 来, ``為る`` for し).
        base: the reading of the dictionary form in hiragana (UniDic's lForm:
            いう for 言う read ゆう), or ``None``.
        origin: the word's origin (語種): ``漢`` Sino-Japanese, ``和`` native…
        modern: the token in modern kana usage where the text uses historical
            usage (通つ for 通っ), else ``""``; the analyzer read that spelling.
    """

    text: str
    kana: str | None
    pron: str | None
    pos: tuple[str, str, str]
    form: str = ""
    lemma: str = ""
    base: str | None = None
    origin: str = ""
    modern: str = ""


@lru_cache(maxsize=1)
def _tagger() -> Any:
    # Loading the dictionary takes a moment: once per process, on first use.
    import fugashi
    import unidic_lite

    return fugashi.Tagger(f'-d "{unidic_lite.DICDIR}" -r /dev/null')


def _field(value: object) -> str | None:
    return value if isinstance(value, str) and value and value != "*" else None


def analyze(line: str) -> list[Morph]:
    """Tokens covering ``line`` exactly, white space included, in order.

    Old kanji forms are read in their new forms (:mod:`kanji_forms`) and
    historical kana usage in its modern spelling (:mod:`oldkana`); such tokens
    keep the text as written and carry the spelling read in ``modern``.

    Raises:
        ValueError: the analyzer's tokens do not cover ``line`` (never seen; the
            caller then falls back to reading without context).
    """
    modern = modern_line(line)
    morphs = _analyze_as_written(modern)
    historical = oldkana.is_historical(line)
    if modern == line and not historical:
        return morphs
    out: list[Morph] = []
    for start, end, morph in with_offsets(morphs):
        written = line[start:end]
        spelled = morph.text
        if historical and spelled == written:  # not made modern letter by letter
            particle = morph.pos[0] == "助詞"
            spelled = oldkana.as_said(written, morph.pron, particle) or spelled
            if morph.text == "う" and out and _volitional(out):
                morph = replace(morph, pos=("助動詞", "", ""))
        out.append(
            morph
            if written == spelled
            else replace(morph, text=written, modern=spelled)
        )
    return out


def modern_line(line: str) -> str:
    """``line`` as the analyzer reads it: repeat marks spelled out, old kanji
    forms new, historical kana usage modern; one letter for one letter."""
    new = kanji_forms.new_forms(oldkana.repeat_marks(line), _analyze_as_written)
    return oldkana.modern_spelling(new, _analyze_as_written)


@lru_cache(maxsize=64)
def modern_text(text: str) -> str:
    """:func:`modern_line` on each line of ``text`` (same length as ``text``);
    kept for the blocks looked up last (a look-up asks for its block each time)."""
    return "\n".join(modern_line(line) for line in text.split("\n"))


def _volitional(out: list[Morph]) -> bool:
    """Whether the う after ``out`` is the volitional one of historical usage;
    if so the token before is spelled the modern way (ませう, だらう, やらう:
    ましょう, だろう, やろう). UniDic-lite tags that う a filler."""
    before = out[-1]
    modern = oldkana.before_volitional(before.modern or before.text)
    if modern is None:
        return False
    out[-1] = replace(before, modern=modern)
    return True


def _analyze_as_written(line: str) -> list[Morph]:
    out: list[Morph] = []
    pos = 0
    while pos < len(line):
        pos = _analyze_from(line, pos, out)
    return out


def _analyze_from(line: str, start: int, out: list[Morph]) -> int:
    """Tokens of ``line[start:]`` appended to ``out``; where the analyzer stopped.

    MeCab stops at a NUL character: that character becomes a token of its own and
    the caller goes on after it.
    """
    pos = start
    for node in _tagger()(line[start:]):
        space: str = node.white_space
        if space:
            out.append(Morph(space, None, None, ("空白", "", "")))
        surface: str = node.surface
        pos += len(space)
        if not line.startswith(surface, pos):
            raise ValueError(f"analyzer lost its place at {pos} in {line!r}")
        pos += len(surface)
        out.append(_cached_morph(surface, node.feature_raw, bool(node.is_unk), node))
    rest = line[pos:]
    if rest and (rest.isspace() or pos == start or rest[0] == "\x00"):
        # Trailing space, or a character the analyzer cannot take: keep it unread.
        size = len(rest) if rest.isspace() else 1
        out.append(Morph(rest[:size], None, None, ("空白", "", "")))
        pos += size
    return pos


_MORPHS: dict[tuple[str, str, bool], Morph] = {}


def _cached_morph(surface: str, raw: str, unknown: bool, node: Any) -> Morph:
    # Reading a node's features builds a named tuple each time: once per word type.
    key = (surface, raw, unknown)
    morph = _MORPHS.get(key)
    if morph is None:
        if len(_MORPHS) > 50_000:
            _MORPHS.clear()
        morph = _MORPHS[key] = _morph(surface, node.feature, unknown)
    return morph


def _morph(surface: str, feature: Any, unknown: bool) -> Morph:
    kana = None if unknown else _field(feature.kana)
    pron = None if unknown else _field(feature.pron)
    return Morph(
        surface,
        to_hiragana(kana) if kana else None,
        to_hiragana(pron) if pron else None,
        (
            _field(feature.pos1) or "",
            _field(feature.pos2) or "",
            _field(feature.pos3) or "",
        ),
        _field(feature.cForm) or "",
        _field(feature.lemma) or "",
        None if unknown or not _field(feature.lForm) else to_hiragana(feature.lForm),
        _field(feature.goshu) or "",
    )


@lru_cache(maxsize=4096)
def after_numeral(text: str) -> Morph | None:
    """``text`` as the analyzer reads it right after a kanji numeral.

    After Arabic digits UniDic-lite reads a counter as the plain noun (12巻 まき,
    3話 はなし, 2通 とおり); after a kanji numeral it reads it as counted (三巻
    かん, 三話 わ, 三通 つう). ``None`` when the numeral and ``text`` do not stay
    two tokens (三月 is one word).
    """
    nodes = list(_tagger()("三" + text))
    if len(nodes) != 2 or nodes[0].white_space or nodes[1].white_space:
        return None
    node = nodes[1]
    if node.surface != text:
        return None
    return _morph(text, node.feature, bool(node.is_unk))
