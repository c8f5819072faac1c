"""Modified Hepburn romaji for a word, from its kana.

pykakasi's own romaji spells particles by their kana (は → ha), writes ``tsu`` for a
word-final っ and knows no macrons, so romaji is built here from the words' kana.
"""

from __future__ import annotations

from reader.core.readings.kana import VOWEL_OF, to_hiragana
from reader.core.readings.model import RomajiStyle, Word

_KANA = (
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめも"
    "やゆよらりるれろわゐゑをがぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ"
    "ぁぃぅぇぉゃゅょゎゔ"
)
_ROMAN = (
    "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no "
    "ha hi fu he ho ma mi mu me mo ya yu yo ra ri ru re ro wa i e o "
    "ga gi gu ge go za ji zu ze zo da ji zu de do ba bi bu be bo pa pi pu pe po "
    "a i u e o ya yu yo wa vu"
)
_BASE = dict(zip(_KANA, _ROMAN.split(), strict=True))
_YOON = {"ゃ": "a", "ゅ": "u", "ょ": "o"}
_SMALL_VOWEL = {"ぁ": "a", "ぃ": "i", "ぅ": "u", "ぇ": "e", "ぉ": "o"}
# Foreign-sound digraphs of katakana words (ティ, ファ, ウィ, …).
_SPECIAL = {
    "てぃ": "ti",
    "でぃ": "di",
    "とぅ": "tu",
    "どぅ": "du",
    "でゅ": "dyu",
    "てゅ": "tyu",
    "しぇ": "she",
    "じぇ": "je",
    "ちぇ": "che",
    "つぁ": "tsa",
    "つぃ": "tsi",
    "つぇ": "tse",
    "つぉ": "tso",
    "うぃ": "wi",
    "うぇ": "we",
    "うぉ": "wo",
    "ゔぁ": "va",
    "ゔぃ": "vi",
    "ゔぇ": "ve",
    "ゔぉ": "vo",
    "ふぁ": "fa",
    "ふぃ": "fi",
    "ふぇ": "fe",
    "ふぉ": "fo",
    "ふゅ": "fyu",
    "いぇ": "ye",
    "くぁ": "kwa",
    "ぐぁ": "gwa",
}
_MACRON = {"a": "ā", "i": "ī", "u": "ū", "e": "ē", "o": "ō"}
_PARTICLES = {"は": "wa", "へ": "e", "を": "o"}


def _syllables(kana: str) -> list[tuple[str, str]]:
    """Cut kana into (kana, romaji) syllables; っ, ん and ー stay single."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(kana):
        pair = kana[i : i + 2]
        if pair in _SPECIAL:
            out.append((pair, _SPECIAL[pair]))
            i += 2
            continue
        ch = kana[i]
        nxt = kana[i + 1] if i + 1 < len(kana) else ""
        base = _BASE.get(ch)
        if base and nxt in _YOON and base.endswith("i") and ch != "い":
            stem = (
                base[:-1]
                if base[-2:] in ("hi", "ji") and base[0] in "scj"
                else (base[:-1] + "y")
            )
            out.append((ch + nxt, stem + _YOON[nxt]))
            i += 2
        elif base and nxt in _SMALL_VOWEL and len(base) > 1:
            out.append((ch + nxt, base[:-1] + _SMALL_VOWEL[nxt]))
            i += 2
        else:
            out.append((ch, base if base is not None else ch))
            i += 1
    return out


def kana_to_romaji(
    kana: str,
    style: RomajiStyle = RomajiStyle.MACRON,
    breaks: frozenset[int] = frozenset(),
    jukugo: frozenset[int] | None = frozenset(),
) -> str:
    """Hepburn spelling of ``kana`` (hiragana or katakana).

    Long vowels: おう, おお and うう always take a macron within a morpheme; ああ
    and ええ do too (okāsan, onēsan), but いい stays ``ii`` (oniisan), as in
    modified Hepburn.

    Args:
        kana: the reading.
        style: macrons for long vowels, or the ASCII spelling of the kana.
        breaks: kana offsets where a morpheme starts; vowels are not joined
            into a long vowel across them (思う → omou).
        jukugo: kana offsets inside the reading of a run of several kanji,
            where the kanji boundaries are unknown (``None``: anywhere). ああ and
            ええ are not joined there, since they mostly span two kanji (場合 baai).
    """
    sylls = _syllables(to_hiragana(kana))
    out: list[str] = []
    pos = 0
    for index, (chars, roman) in enumerate(sylls):
        nxt = sylls[index + 1][1] if index + 1 < len(sylls) else ""
        loose = jukugo is not None and pos not in jukugo
        out.append(_spell(chars, roman, nxt, out, style, (pos in breaks, loose)))
        pos += len(chars)
    return "".join(out)


def _spell(
    chars: str,
    roman: str,
    nxt: str,
    out: list[str],
    style: RomajiStyle,
    where: tuple[bool, bool],
) -> str:
    brk, loose = where
    if chars == "っ":
        if not nxt or nxt[0] in "aiueo":
            return ""
        return "t" if nxt.startswith("ch") else nxt[0]
    if chars == "ん":
        return "n'" if nxt and nxt[0] in "aiueoy" else "n"
    prev = out[-1] if out else ""
    if chars == "ー":
        return _lengthen(out, style) if prev and prev[-1] in "aiueo" else ""
    long_pair = (
        prev[-1:] == "o" and roman in ("u", "o") or (prev[-1:] == "u" and roman == "u")
    ) or (loose and prev[-1:] in ("a", "e") and roman == prev[-1])
    if long_pair and not brk and style is RomajiStyle.MACRON:
        out[-1] = prev[:-1] + _MACRON[prev[-1]]
        return ""
    return roman


def _lengthen(out: list[str], style: RomajiStyle) -> str:
    vowel = out[-1][-1]
    if style is RomajiStyle.ASCII:
        return vowel
    out[-1] = out[-1][:-1] + _MACRON[vowel]
    return ""


def _breaks(word: Word) -> frozenset[int]:
    # A kanji's reading ends where its okurigana begins: 思(おも)う is omou.
    if "".join(seg.kana for seg in word.segments) != word.kana:
        return frozenset()  # digits or a reading over several segments: no cut known
    cuts: set[int] = set()
    pos = 0
    for seg in word.segments[:-1]:
        pos += len(seg.kana)
        cuts.add(pos)
    return frozenset(cuts)


def _jukugo(word: Word) -> frozenset[int] | None:
    if "".join(seg.kana for seg in word.segments) != word.kana:
        return None
    inside: set[int] = set()
    pos = 0
    for seg in word.segments:
        if seg.reading is not None and len(seg.text) > 1:
            inside.update(range(pos + 1, pos + len(seg.kana)))
        pos += len(seg.kana)
    return frozenset(inside)


def to_romaji(word: Word, style: RomajiStyle = RomajiStyle.MACRON) -> str | None:
    """Modified Hepburn romaji of ``word``; ``None`` when it has no kana.

    A word that ends in は, へ or を said wa, e, o (the particles, あるいは,
    こんにちは: ``Word.particle``, from the analyzer's pronunciation) is spelled
    as said.
    """
    if word.kana is None:
        return None
    last = word.kana[-1:]
    if word.particle and last in _PARTICLES:
        head = word.kana[:-1]
        return (kana_to_romaji(head, style) if head else "") + _PARTICLES[last]
    return kana_to_romaji(word.kana, style, _breaks(word), _jukugo(word))


__all__ = ["VOWEL_OF", "kana_to_romaji", "to_romaji"]
