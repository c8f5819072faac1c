"""Character classes and kana conversions shared by the readings modules."""

from __future__ import annotations

import re
import unicodedata

#: Marks that stand for a kanji in readings: iteration marks and the shime mark.
KANJI_MARKS = "々〆〇"
#: Small ke / ka: counters written with kana (3ヶ月, 55ヵ所) that ride in ruby.
COUNTER_KANA = "ヶヵ"

_KANJI_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x3FFFF),
)

HIRAGANA_RE = re.compile(r"[\u3041-\u3096\u309d\u309eー]+")


def is_kanji(ch: str) -> bool:
    """Whether ``ch`` is a CJK ideograph or an iteration mark such as 々."""
    if ch in KANJI_MARKS:
        return True
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _KANJI_RANGES)


_KANJI_RE = re.compile(
    "["
    + KANJI_MARKS
    + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _KANJI_RANGES)
    + "]"
)


def has_kanji(text: str) -> bool:
    """Whether ``text`` holds at least one kanji (or 々)."""
    return _KANJI_RE.search(text) is not None


def is_hiragana(ch: str) -> bool:
    """Whether ``ch`` is a hiragana letter (including small ones and ゔ)."""
    return "\u3041" <= ch <= "\u3096" or ch in "ゝゞ"


def is_katakana(ch: str) -> bool:
    """Whether ``ch`` is a katakana letter (full or half width) or the long mark."""
    return "\u30a1" <= ch <= "\u30fa" or ch in "ーヽヾ" or "\uff66" <= ch <= "\uff9f"


_COMBINING_MARKS = "\u3099\u309a"  # (han)dakuten, as NFD spells が, ぱ


def unvoiced(ch: str) -> str:
    """``ch`` without its dakuten or handakuten (が か, ぱ は); others as they are."""
    parts = unicodedata.normalize("NFD", ch)
    return parts[0] if len(parts) == 2 and parts[1] in _COMBINING_MARKS else ch


def voiced(ch: str) -> str:
    """``ch`` with a dakuten where kana has one (か が, ぱ ば, う ゔ); else ``ch``."""
    composed = unicodedata.normalize("NFC", unvoiced(ch) + "\u3099")
    return composed if len(composed) == 1 else ch


def is_japanese(ch: str) -> bool:
    """Whether ``ch`` belongs to a stretch that pykakasi should read."""
    return is_kanji(ch) or is_hiragana(ch) or is_katakana(ch)


def is_hiragana_text(text: str) -> bool:
    """Whether ``text`` is non-empty and made of hiragana (and ー) only."""
    return HIRAGANA_RE.fullmatch(text) is not None


_HALF_WIDTH = (
    "ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ",
    "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノ"
    "ハヒフヘホマミムメモヤユヨラリルレロワン",
)
_HALF_TABLE = str.maketrans(*_HALF_WIDTH)
_KATA_TABLE = {
    **{code: code - 0x60 for code in range(0x30A1, 0x30F7)},
    ord("ヽ"): ord("ゝ"),
    ord("ヾ"): ord("ゞ"),
    **{ord(ch): ord("か") for ch in COUNTER_KANA},
}
_DAKUTEN = {"ﾞ": "\u3099", "ﾟ": "\u309a"}


def to_hiragana(text: str) -> str:
    """Katakana (full or half width) to hiragana; other characters pass through.

    Half-width voiced marks are composed (ｶﾞ → が) so the result stays hiragana.
    """

    text = text.translate(_HALF_TABLE)
    if any(mark in text for mark in _DAKUTEN):
        for half, combining in _DAKUTEN.items():
            text = text.replace(half, combining)
        text = unicodedata.normalize("NFC", text)
    return text.translate(_KATA_TABLE)


#: The vowel each hiragana ends in; used to spell out a long-vowel mark.
_VOWEL_ROWS = {
    "あ": "あかがさざただなはばぱまやゃらわぁゎ",
    "い": "いきぎしじちぢにひびぴみりぃ",
    "う": "うくぐすずつづぬふぶぷむゆゅるぅゔ",
    "え": "えけげせぜてでねへべぺめれぇ",
    "お": "おこごそぞとどのほぼぽもよょろをぉ",
}
VOWEL_OF = {ch: vowel for vowel, row in _VOWEL_ROWS.items() for ch in row}


def spell_out_long_marks(hira: str) -> str:
    """Replace ー after hiragana by the vowel it lengthens (おーきい → おおきい)."""
    out: list[str] = []
    for ch in hira:
        if ch == "ー" and out and out[-1] in VOWEL_OF:
            out.append(VOWEL_OF[out[-1]])
        else:
            out.append(ch)
    return "".join(out)


def is_kana_text(text: str) -> bool:
    """Whether ``text`` is non-empty and made of hiragana, katakana and ー only."""
    return bool(text) and all(is_hiragana(ch) or is_katakana(ch) for ch in text)
