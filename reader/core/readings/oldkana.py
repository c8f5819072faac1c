"""Historical kana usage (歴史的仮名遣い), spelled the modern way for the analyzer.

Pre-war texts, such as Aozora Bunko's 旧仮名 editions, write 通つて for 通って,
考へる for 考える, 縫はせる for 縫わせる, 植ゑる for 植える, やう for よう. UniDic-lite
knows a few of these spellings (思ふ, 言つた, ゐる) but cuts most of them wrong:
通つて becomes 通(つう) + つ + て. On a line with an old spelling:

- each letter historical usage writes for another sound is tried in its modern
  spelling, and the analyzer judges: a change stands where it then reads the
  letter inside an inflecting word, joined to what comes before (通っ, 考え,
  縫わ); so the particles は and へ and a real つ (かつて) stay as written;
- kana words are spelled as the analyzer says them (やう よう, けふ きょう);
- ruby is spelled by the classic rules (らくちう らくちゅう), in ``fixed.py``.

Repeat marks (ゝ, ゞ, ／＼) are spelled out on any line. Every change to a line is
one letter for one letter: offsets do not move, and the text is shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from reader.core.readings.kana import (
    VOWEL_OF,
    is_hiragana,
    is_katakana,
    spell_out_long_marks,
    to_hiragana,
    unvoiced,
    voiced,
)
from reader.core.readings.model import with_offsets

#: Letters historical usage writes for another sound, and the modern letter.
MODERN = {
    "つ": "っ",
    "は": "わ",
    "ひ": "い",
    "ふ": "う",
    "へ": "え",
    "ほ": "お",
    "ゐ": "い",
    "ゑ": "え",
    # Small kana written large: いつしよ いっしょ, じや じゃ, チヤツク チャック.
    "や": "ゃ",
    "ゆ": "ゅ",
    "よ": "ょ",
    "ヤ": "ャ",
    "ユ": "ュ",
    "ヨ": "ョ",
    "ツ": "ッ",
}
_SMALL = "やゆよヤユヨ"
#: A candidate letter follows a kanji or kana of the same word; a sokuon つ comes
#: before a voiceless consonant (通つて, 言つた, 掘つた, 勝つか).
_CANDIDATE = re.compile(
    r"(?<=[\u3041-\u3096\u3400-\u9fff々])"
    r"(?:つ(?=[かきくけこさしすせそたちつてとぱぴぷぺぽ])|[はひふへほゐゑ])"
    r"|(?<=[きしちにひみりぎじぢびぴ])[やゆよ]|(?<=[キシチニヒミリギジヂビピ])[ヤユヨ]"
    r"|(?<=[ァ-ヺ])ツ(?=[カ-ヂテ-ドハ-ポ])"
)
_INFLECTING = ("動詞", "形容詞", "助動詞")
#: Spellings modern usage never has: ゐ and ゑ, a large つ before て or た (待つて,
#: 始まつた, いつて; かつて, つたえる and 慌てふためく are modern), ふ ending a
#: word (思ふ。), old long vowels (やう, さう, かう云ふ, ほんたう, ませう, だらう,
#: やらう, けふ; not every a-row + う: しまう, つかう are modern). A line without
#: one is read as written: most lines of a modern text have a kanji before は or
#: へ, and trying them costs two more analyses; on a tried line ruby is read in
#: historical usage too (fixed.py), so a modern line must not be tried.
_HISTORICAL = re.compile(
    r"[ゐゑヰヱ]|(?<!か)(?<=[ぁ-ゖ\u3400-\u9fff々])つ(?:て|た(?![えわな]))"
    r"|ふ(?=[。、」』）！？\s]|$)"
    r"|[やさ]う|せう|けふ|(?:だ|や|あ|か)らう|かう(?=[云言いしな])"
    r"|たう(?=[。、」』！？\s]|$|[でだ])"
)


#: A kana word spelled the historical way: ゐ, ゑ, は-row letters inside it (a final
#: は is the modern こんにちは as often as the old かは), an old
#: long vowel (やう, けふ), a large や, ゆ, よ after an i-row letter (しやう) or a
#: large つ before a voiceless consonant (ちよつと).
_HISTORICAL_WORD = re.compile(
    r"[ゐゑ]|(?<=.)[はひふへほ](?=.)|(?<=.)[ひふへほ]$|[かさたなまやらわがざだばぱけせてねめれげぜでべぺ][うふ]"
    r"|[きしちにみりぎじびぴ][やゆよ]|つ(?=[かきくけこさしすせそたちつてとぱぴぷぺぽ])"
)


class Token(Protocol):
    """What the judge needs of an analyzer token."""

    @property
    def text(self) -> str: ...

    @property
    def pos(self) -> tuple[str, str, str]: ...

    @property
    def form(self) -> str: ...

    @property
    def pron(self) -> str | None: ...


#: The two-letter repeat mark as Aozora Bunko writes it (くの字点: だん／＼).
_KUNOJITEN = "／＼"


def repeat_marks(line: str) -> str:
    """``line`` with its kana repeat marks spelled out, letter for letter.

    ゝ and ヽ repeat the kana before them (捨てゝ 捨てて, まゝ まま), ゞ and ヾ
    voiced (ちゞめ ちぢめ); Aozora's ／＼ repeats the two before it (だん／＼
    だんだん). The analyzer does not know the marks. A mark after anything but
    kana stays.
    """
    if not any(mark in line for mark in "ゝゞヽヾ／"):
        return line
    chars = list(line)
    for i, ch in enumerate(chars):
        if i == 0:
            continue
        before = chars[i - 1]
        if ch in "ゝヽ" and _is_kana(before):
            chars[i] = unvoiced(before)
        elif ch in "ゞヾ" and _is_kana(before):
            chars[i] = voiced(before)
        elif ch == "／" and line[i : i + 2] == _KUNOJITEN and i >= 2:
            pair = chars[i - 2 : i]
            if all(_is_kana(c) for c in pair):
                chars[i : i + 2] = pair
    return "".join(chars)


def _is_kana(ch: str) -> bool:
    """A kana letter a mark can repeat (not a mark itself, nor ー)."""
    return (is_hiragana(ch) or is_katakana(ch)) and ch not in "ゝゞヽヾー"


def is_historical(line: str) -> bool:
    """Whether ``line`` has a spelling that modern usage never has."""
    return _HISTORICAL.search(line) is not None


def as_said(text: str, pron: str | None, particle: bool) -> str | None:
    """A kana word of a historical line spelled as it is said, if that differs.

    UniDic-lite gives the modern pronunciation of historical spellings (やう
    よー, さう そー, ちよつと ちょっと, あはれ あわれ, けふ きょー); the long marks
    are spelled out as modern usage writes them (よう, きょう; おほきい おおきい).
    Particles keep their letters (は, へ, を): romaji says them as particles.

    Returns:
        The modern spelling, or ``None`` to keep ``text``.
    """
    if particle or not pron or not all(is_hiragana(ch) for ch in text):
        return None
    if not _HISTORICAL_WORD.search(text):
        return None  # いう said ゆう, ちぢめ: modern spellings too
    if spell_out_long_marks(pron) == text:
        return None  # a long vowel written out (ねえ, ええ): nothing historical
    out: list[str] = []
    for ch in pron:
        if ch == "ー" and out and out[-1] in VOWEL_OF:
            vowel = VOWEL_OF[out[-1]]
            # Long o is spelled う (やう よう) but お where the text has ほ there
            # (おほきい おおきい); long e is spelled い (けい).
            written = text[len(out)] if len(pron) == len(text) else ""
            long_o = "お" if written == "ほ" else "う"
            out.append({"お": long_o, "え": "い"}.get(vowel, vowel))
        else:
            out.append(ch)
    spelled = "".join(out)
    return spelled if spelled != text else None


def before_volitional(spelled: str) -> str | None:
    """The token before a volitional う, spelled the modern way: historical usage
    writes the a- or e-row there (行か 行こ, だら だろ, 言は 言お; ませ ましょ)."""
    last = spelled[-1:]
    if last == "は":
        modern = "お"  # the わ-row verb: 言はう 言おう
    elif last in _A_TO_O:
        modern = _A_TO_O[last]
    elif _E_TO_I.get(last):
        modern = _E_TO_I[last] + "ょ"
    else:
        return None
    return spelled[:-1] + modern


def reading_as_said(reading: str) -> str:
    """A reading the text gives (Aozora ruby), spelled as it is said.

    旧仮名 editions write their ruby in historical usage too (洛陽《らくちう》,
    憐《あはれ》); the ruby is shown as written, but the word's kana, its romaji
    and its look-up want らくちゅう, あわれ. A reading is one word, so the rules of
    :func:`_modern_reading` apply without the analyzer: measured on the ruby the
    two editions of five stories share (820 readings), they agree with the 新仮名
    edition's ruby on 635, against 524 as written and 553 read by the analyzer.
    """
    return _modern_reading(to_hiragana(reading))


_A_TO_O = dict(
    zip("あかさたなはまやらわがざだばぱ", "おこそとのほもよろおごぞどぼぽ", strict=True)
)
_I_ROW = "きしちにひみりぎじびぴ"
#: E-row before an old long vowel: けふ きょう, せう しょう, えう よう.
_E_TO_I = dict(
    zip("けせてねへめれげぜでべぺ", "きしちにひみりぎじぢびぴ", strict=True)
) | {"え": ""}


def _modern_reading(kana: str) -> str:
    """The rules of modern usage for a reading in historical usage.

    ゐ ゑ を read い え お; a は-row letter inside a word reads as the わ-row
    (あはれ あわれ, さいはひ さいわい; はは and ほほ stay; a Sino-Japanese へい or
    a compound such as きざはし is misread); くわ ぐわ read か が; the old long
    vowels (かう こう, らくちう らくちゅう, てうせう ちょうしょう, じやう じょう).
    ぢ and づ stay: modern usage keeps them where a compound voices ち, つ (たづな),
    and romaji spells them alike. Readings are words: no particle は or を is in
    them.
    """
    # くわ first: the は-row rule makes くはし (詳し) くわし, which must stay.
    text = kana.translate(_LETTERS).replace("くわ", "か").replace("ぐわ", "が")
    chars = list(text)
    for i in range(1, len(chars)):
        if chars[i] in _HA_ROW and chars[i - 1] != chars[i]:
            chars[i] = _HA_ROW[chars[i]]
    return _LONG.sub(_long_vowel, "".join(chars))


_LETTERS = str.maketrans({"ゐ": "い", "ゑ": "え", "を": "お"})
_HA_ROW = dict(zip("はひふへほ", "わいうえお", strict=True))
_LONG = re.compile(r"([きしちにひみりぎじびぴ])([やゆ])う|(.)う")


def _long_vowel(match: re.Match[str]) -> str:
    if match.group(1):  # じやう じょう, りゆう りゅう
        small = "ょ" if match.group(2) == "や" else "ゅ"
        return match.group(1) + small + "う"
    before = match.group(3)
    if before in _A_TO_O:  # かう こう
        return _A_TO_O[before] + "う"
    if before in _I_ROW:  # ちう ちゅう
        return before + "ゅう"
    if before == "い":
        return "ゆう"
    if before in _E_TO_I:  # せう しょう, えう よう
        return _E_TO_I[before] + ("ょう" if _E_TO_I[before] else "よう")
    return match.group(0)


def candidates(line: str) -> list[int]:
    """Where ``line`` may use a historical spelling (none in a modern line)."""
    if not _HISTORICAL.search(line):
        return []
    return [match.start() for match in _CANDIDATE.finditer(line)]


def modern_spelling(line: str, analyze: Callable[[str], Sequence[Token]]) -> str:
    """``line`` with the historical spellings the analyzer confirms made modern.

    The sokuon and the small letters are tried first, then the other letters on
    top of them: a particle tried as a verb ending (どこへ read どこえ) must not
    spoil the verb after it (行つても).

    Args:
        line: one line of text.
        analyze: the analyzer: tokens covering a line exactly, in order.

    Returns:
        A line of the same length; ``line`` itself when nothing changes.
    """
    places = candidates(line)
    if not places:
        return line
    grammar = _auxiliaries(line, [p for p in places if line[p] in _SMALL], analyze)
    text = line
    for letters in _PASSES:
        tried = [p for p in places if line[p] in letters and p not in grammar]
        if tried:
            text = _confirmed(text, tried, analyze)
    return text


def _auxiliaries(
    line: str, places: list[int], analyze: Callable[[str], Sequence[Token]]
) -> set[int]:
    """Large や, ゆ, よ the analyzer reads as written at the start of a word (同じ
    + やう, し + よう: the volitional, not しょう) or inside a verb."""
    if not places:
        return set()
    wanted = set(places)
    found: set[int] = set()
    for start, end, token in with_offsets(analyze(line)):
        if start in wanted:
            found.add(start)
        if token.pos[0] in _INFLECTING:
            found.update(wanted.intersection(range(start, end)))
    return found


#: The passes: the sokuon and small letters first (ちよつと is tried as ちょっと),
#: then the は-row and ゐ ゑ on top of them.
_PASSES = ("つツ" + _SMALL, "はひふへほゐゑ")


def _confirmed(
    line: str, places: list[int], analyze: Callable[[str], Sequence[Token]]
) -> str:
    """``line`` with the letters at ``places`` modern where the analyzer then
    reads them inside a word: an inflecting one (通っ, 考え), or for the sokuon
    any word but a particle (きっと, さっき).

    The letters are tried together, then the kept ones checked again alone: a
    letter confirmed only by another change beside it (ひとは read ひとわ next
    to a changed verb) must not stay.
    """
    kept = _inside_words(line, places, analyze(_respelled(line, places)))
    for _ in range(3):
        if not kept:
            return line
        again = _inside_words(line, kept, analyze(_respelled(line, kept)))
        if again == kept:
            break
        kept = again
    return _respelled(line, kept) if kept else line


def _inside_words(line: str, places: list[int], tokens: Sequence[Token]) -> list[int]:
    """The places whose modern letter ``tokens`` read inside a word."""
    wanted = set(places)
    kept = []
    for start, end, token in with_offsets(tokens):
        inflects = token.pos[0] in _INFLECTING
        for place in sorted(wanted.intersection(range(start + 1, end))):
            letter = line[place]
            if letter in _SMALL:  # read inside a word: しょ in いっしょ, じゃ
                confirmed = token.pos[0] != "助詞"
            elif letter not in "つツ":
                confirmed = inflects
            elif inflects:
                # A verb doubles only before て and た (通って), not in 寝つく.
                confirmed = token.form.endswith("促音便") and line[
                    place + 1 : place + 2
                ] in ("て", "た")
            else:
                confirmed = place < end - 1 and token.pos[0] != "助詞"  # きっと
            if confirmed:
                kept.append(place)
    return kept


def _respelled(line: str, places: Sequence[int]) -> str:
    chars = list(line)
    for place in places:
        chars[place] = MODERN[line[place]]
    return "".join(chars)
