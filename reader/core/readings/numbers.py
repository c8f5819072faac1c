"""Numbers read out: Arabic numerals with a counter (35人, 5件, 3分の1, 55カ所).

The analyzer gives digits no reading, and reads a counter alone without the
sound changes a number causes (1本 いっぽん, 2人 ふたり, 1日 ついたち). Here the
number and its counter become one word whose ruby sits over the counter only (the
digits carry none) and whose kana spells the whole thing. :func:`join_counter`
makes the same sound change after a kanji numeral (一 + 本 → いっぽん).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.readings.furigana import split
from reader.core.readings.kana import has_kanji
from reader.core.readings.model import Segment

_ONES = ("", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう")
_TENS = {
    1: "じゅう",
    2: "にじゅう",
    3: "さんじゅう",
    4: "よんじゅう",
    5: "ごじゅう",
    6: "ろくじゅう",
    7: "ななじゅう",
    8: "はちじゅう",
    9: "きゅうじゅう",
}
_HUNDREDS = {1: "ひゃく", 3: "さんびゃく", 6: "ろっぴゃく", 8: "はっぴゃく"}
_THOUSANDS = {1: "せん", 3: "さんぜん", 8: "はっせん"}
_BIG = ((10**12, "ちょう"), (10**8, "おく"), (10**4, "まん"))


def _below_10000(n: int) -> str:
    parts = []
    thousands, n = divmod(n, 1000)
    if thousands:
        parts.append(_THOUSANDS.get(thousands, _ONES[thousands] + "せん"))
    hundreds, n = divmod(n, 100)
    if hundreds:
        parts.append(_HUNDREDS.get(hundreds, _ONES[hundreds] + "ひゃく"))
    tens, ones = divmod(n, 10)
    if tens:
        parts.append(_TENS[tens])
    parts.append(_ONES[ones])
    return "".join(parts)


def number_kana(n: int) -> str:
    """Sino-Japanese reading of a non-negative integer (2024 → にせんにじゅうよん)."""
    if n == 0:
        return "ぜろ"
    parts = []
    for unit, name in _BIG:
        high, n = divmod(n, unit)
        if high:
            parts.append(_below_10000(high) + name)
    parts.append(_below_10000(n))
    return "".join(parts)


@dataclass(frozen=True)
class Counter:
    """How a counter reads after a number.

    Attributes:
        reading: its usual reading (にん for 人).
        special: whole readings for some numbers (1 → ひとり) or for some last
            digits (``"*3"`` → reading when the number ends in 3).
    """

    reading: str
    special: dict[str, str]


def _sokuon(stem_p: str, stem_b: str | None = None) -> dict[str, str]:
    # 1, 6, 8, 10 double the consonant; 3 (and sometimes 4) voice it.
    table = {
        "*1": "いっ" + stem_p,
        "*6": "ろっ" + stem_p,
        "*8": "はっ" + stem_p,
        "*0": "じゅっ" + stem_p,
    }
    if stem_b:
        table["*3"] = "さん" + stem_b
    return table


COUNTERS: dict[str, Counter] = {
    "人": Counter("にん", {"1": "ひとり", "2": "ふたり", "*4": "よにん"}),
    "つ": Counter(
        "つ",
        {
            "1": "ひとつ",
            "2": "ふたつ",
            "3": "みっつ",
            "4": "よっつ",
            "5": "いつつ",
            "6": "むっつ",
            "7": "ななつ",
            "8": "やっつ",
            "9": "ここのつ",
            "10": "とお",
        },
    ),
    "件": Counter("けん", _sokuon("けん")),
    "回": Counter("かい", _sokuon("かい")),
    "個": Counter("こ", _sokuon("こ")),
    "カ所": Counter("かしょ", _sokuon("かしょ")),
    "ヶ所": Counter("かしょ", _sokuon("かしょ")),
    "か所": Counter("かしょ", _sokuon("かしょ")),
    "箇所": Counter("かしょ", _sokuon("かしょ")),
    "カ月": Counter("かげつ", _sokuon("かげつ")),
    "ヶ月": Counter("かげつ", _sokuon("かげつ")),
    "か月": Counter("かげつ", _sokuon("かげつ")),
    "社": Counter("しゃ", _sokuon("しゃ")),
    "歳": Counter("さい", {**_sokuon("さい"), "20": "はたち"}),
    "才": Counter("さい", _sokuon("さい")),
    "冊": Counter("さつ", _sokuon("さつ")),
    "本": Counter("ほん", _sokuon("ぽん", "ぼん")),
    "杯": Counter("はい", _sokuon("ぱい", "ばい")),
    "分": Counter("ふん", {**_sokuon("ぷん", "ぷん"), "*4": "よんぷん"}),
    "分の": Counter("ぶん", {"*0": "じゅうぶん"}),  # a fraction: 3分の1
    "歩": Counter("ほ", _sokuon("ぽ", "ぽ")),
    "匹": Counter("ひき", _sokuon("ぴき", "びき")),
    "階": Counter("かい", {**_sokuon("かい"), "*3": "さんがい"}),
    "軒": Counter("けん", {**_sokuon("けん"), "*3": "さんげん"}),
    "足": Counter("そく", {**_sokuon("そく"), "*3": "さんぞく"}),
    "頭": Counter("とう", _sokuon("とう")),
    "倍": Counter("ばい", {}),
    "羽": Counter("わ", {}),  # 一羽 いちわ: the analyzer reads 一 ひと before it
    "点": Counter("てん", {}),
    "枚": Counter("まい", {}),
    "台": Counter("だい", {}),
    "名": Counter("めい", {}),
    "割": Counter("わり", {}),
    "位": Counter("い", {}),
    "度": Counter("ど", {}),
    "番": Counter("ばん", {}),
    "桁": Counter("けた", {"*1": "ひとけた", "2": "ふたけた"}),
    "段階": Counter("だんかい", {}),
    "種類": Counter("しゅるい", {}),
    "年間": Counter("ねんかん", {"*4": "よねんかん"}),
    "年代": Counter("ねんだい", {}),
    "年": Counter("ねん", {"*4": "よねん"}),
    "月": Counter("がつ", {"4": "しがつ", "7": "しちがつ", "9": "くがつ"}),
    "時間": Counter("じかん", {"*4": "よじかん", "*9": "くじかん"}),
    "時": Counter("じ", {"*4": "よじ", "*9": "くじ", "*7": "しちじ"}),
    "日": Counter(
        "にち",
        {
            "1": "ついたち",
            "2": "ふつか",
            "3": "みっか",
            "4": "よっか",
            "5": "いつか",
            "6": "むいか",
            "7": "なのか",
            "8": "ようか",
            "9": "ここのか",
            "10": "とおか",
            "14": "じゅうよっか",
            "20": "はつか",
            "24": "にじゅうよっか",
            "*7": "しちにち",  # 17日 じゅうしちにち, as dates are said
        },
    ),
    "秒": Counter("びょう", {}),
    "週間": Counter("しゅうかん", _sokuon("しゅうかん")),
    "往復": Counter("おうふく", {}),
    "億": Counter("おく", {}),
    "万": Counter("まん", {}),
    "千": Counter("せん", {"*3": "さんぜん", "*8": "はっせん"}),
    "兆": Counter("ちょう", _sokuon("ちょう")),
}

# 三日間 みっかかん: the days' own readings, except 一日間 (いちにちかん).
COUNTERS["日間"] = Counter(
    "にちかん",
    {n: kana + "かん" for n, kana in COUNTERS["日"].special.items() if n != "1"},
)

_COUNTER_ALT = "|".join(
    re.escape(name) if not name.endswith("の") else f"{re.escape(name[:-1])}(?=の)"
    for name in sorted(COUNTERS, key=len, reverse=True)
)
#: Digits (half or full width, not part of a Latin word like GPT-4), a decimal
#: fraction if any (3.5倍), and a counter.
NUMBER_COUNTER_RE = re.compile(
    rf"(?<![A-Za-z0-9０-９.,．\-])([0-9０-９]+(?:[.．][0-9０-９]+)?)({_COUNTER_ALT})"
)
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
#: Digits after the point are read one by one (3.14 さんてんいちよん).
_FRACTION_DIGITS = ("れい", *_ONES[1:])


def decimal_kana(number: str) -> str:
    """The reading of a number written in digits, with its fraction if any.

    1.5 いってんご (いち doubles before てん), 0.25 れいてんにご, 42 よんじゅうに.
    """
    whole, _, fraction = number.translate(_FULL_WIDTH).partition(".")
    head = number_kana(int(whole))
    if not fraction:
        return head
    if head == "ぜろ":
        head = "れい"  # 0.5 is れいてんご
    digits = "".join(_FRACTION_DIGITS[int(d)] for d in fraction)
    return join_counter(head, "てん") + digits


def counter_kana(digits: str, counter: str) -> str:
    """The whole reading of ``digits`` + ``counter`` (35人 → さんじゅうごにん)."""
    rule = COUNTERS[counter]
    if not digits.translate(_FULL_WIDTH).isdigit():
        # A fraction: the counter as after its last digit read alone (3.5倍).
        return join_counter(decimal_kana(digits), rule.reading)
    value = int(digits.translate(_FULL_WIDTH))
    if str(value) in rule.special:
        return rule.special[str(value)]
    last = value % 10
    # A tail rule covers the last digit (or a final 10) and the counter together.
    step = last if last else 10
    tail = rule.special.get(f"*{last}") if last or value % 100 == 10 else None
    if tail is None:
        return _round_kana(value, rule)
    head = number_kana(value - step) if value > step else ""
    return head + tail


def _round_kana(value: int, rule: Counter) -> str:
    """A number read whole before its counter, with the sound changes of round ones.

    40本 よんじゅっぽん (tens double like 10本), 100本 ひゃっぽん (k/h/p counters
    double like 1本), 1000本 せんぼん (voiced like 3本).
    """
    base = number_kana(value)
    ten = rule.special.get("*0")
    if ten is not None and base.endswith("じゅう"):
        # Round tens double like 10 itself: 30回 さんじゅっかい, 50歳 ごじゅっさい.
        return base[: -len("じゅう")] + ten
    one, three = rule.special.get("*1", ""), rule.special.get("*3", "")
    doubles = one.startswith("いっ") and one[2:3] in _DOUBLING
    if value % 100 == 0 and base.endswith("ゃく") and doubles:
        return base[:-1] + "っ" + one[2:]
    if value % 1000 == 0 and base.endswith("ん") and three.startswith("さん"):
        return base + three[2:]
    return base + rule.reading


#: Counter initials that double after ひゃく (ひゃっかい, ひゃっぽん, not ひゃくさい).
_DOUBLING = frozenset("かきくけこぱぴぷぺぽ")


def counter_segments(digits: str, counter: str, kana: str) -> tuple[Segment, ...]:
    """Ruby for a number and its counter.

    The reading sits over the counter when the kana starts with the number's plain
    reading (35人 → 35 人(にん)); otherwise the number changed its sound (1回
    いっかい, 2人 ふたり) and the reading goes over digits and counter together.
    """
    if not has_kanji(counter):
        return (Segment(digits + counter),)  # 3つ: no kanji, so no ruby
    prefix = decimal_kana(digits)
    if kana.startswith(prefix) and kana != prefix:
        return (Segment(digits), *split(counter, kana[len(prefix) :]))
    return (Segment(digits + counter, kana),)


@dataclass(frozen=True)
class NumberWord:
    """A number and its counter found in a line."""

    start: int
    end: int
    segments: tuple[Segment, ...]
    kana: str


def after_month(before: str) -> bool:
    """Whether a 1日 or 一日 after ``before`` is the first of a month (ついたち):
    it follows its month (4月1日, 四月一日); elsewhere it is a day's length."""
    return before.rstrip().endswith("月")


def find_number_words(line: str) -> list[NumberWord]:
    """Every number followed by a known counter in ``line``."""
    found = []
    for match in NUMBER_COUNTER_RE.finditer(line):
        digits, counter = match.groups()
        if counter == "分" and line.startswith("の", match.end()):
            counter = "分の"
        kana = counter_kana(digits, counter)
        if kana == "ついたち" and not after_month(line[: match.start()]):
            kana = "いちにち"  # 1日3回, 1日中: a day's length
        segments = counter_segments(digits, match.group(2), kana)
        found.append(NumberWord(match.start(), match.end(), segments, kana))
    return found


#: Counter initials that double a number's last mora when the counter is not in
#: the table: いち, はち and じゅう before k, s, t, p; ろく and ひゃく before k and
#: p (いっさい, じゅっかん, ろっかい, but ろくさい). A Sino-Japanese counter in h
#: doubles as p (いっぱつ); a native one keeps its h (じゅうひろ).
_KSTP = frozenset("かきくけこさしすせそたちつてとぱぴぷぺぽ")
_KP = frozenset("かきくけこぱぴぷぺぽ")
_GEMINATE = {
    "いち": ("いっ", _KSTP),
    "はち": ("はっ", _KSTP),
    "じゅう": ("じゅっ", _KSTP),
    "ろく": ("ろっ", _KP),
    "ひゃく": ("ひゃっ", _KP),
}
_H_TO_P = dict(zip("はひふへほ", "ぱぴぷぺぽ", strict=True))


def join_counter(number: str, counter: str, sino: bool = False) -> str:
    """The kana of a numeral read before a counter (いち + ぽん → いっぽん).

    Args:
        number: the numeral's reading.
        counter: the counter's reading alone.
        sino: the counter is Sino-Japanese (発 はつ): its h turns to p after a
            doubled mora or ん (いっぱつ, さんぱつ).
    """
    pee = _H_TO_P[counter[0]] + counter[1:] if counter[:1] in _H_TO_P else None
    for ending, (doubled, initials) in _GEMINATE.items():
        if not number.endswith(ending):
            continue
        if sino and pee is not None:
            return number[: -len(ending)] + doubled + pee
        if counter[:1] in initials:
            return number[: -len(ending)] + doubled + counter
    if sino and pee is not None and number.endswith("ん"):
        return number + pee
    return number + counter


_KANJI_DIGITS = {ch: n for n, ch in enumerate("〇一二三四五六七八九")}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
_KANJI_BIG = {"万": 10**4, "億": 10**8, "兆": 10**12}


def kanji_number(text: str) -> int | None:
    """The value of a kanji numeral (三, 二十, 三百五十, 一万); None if it is not one.

    Runs of digits without units (二三, "two or three") are not one number,
    unless they are written place by place, as years and figures are in
    vertical text: three digits or more, or any with 〇 (二〇二六 is 2026).
    """
    if len(text) >= 2 and all(ch in _KANJI_DIGITS for ch in text):
        if len(text) >= 3 or "〇" in text:
            return int("".join(str(_KANJI_DIGITS[ch]) for ch in text))
        return None
    total = section = 0
    digit: int | None = None
    for ch in text:
        if ch in _KANJI_DIGITS:
            if digit is not None:
                return None
            digit = _KANJI_DIGITS[ch]
        elif ch in _KANJI_UNITS:
            section += (1 if digit is None else digit) * _KANJI_UNITS[ch]
            digit = None
        elif ch in _KANJI_BIG:
            total += (section + (digit or 0) or 1) * _KANJI_BIG[ch]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0) if text else None
