"""Aozora Bunko notation read into text, ruby, headings and metadata."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.text.aozora import convert, is_aozora
from reader.core.text.document import Ruby
from reader.core.text.notes import PLACEHOLDER, gaiji_character, heading_level

DATA = Path(__file__).parent / "data"
HEADER = (
    "題名\n著者名\n\n"
    "-------------------------------------------------------\n"
    "【テキスト中に現れる記号について】\n\n《》：ルビ\n（例）下人《げにん》\n"
    "-------------------------------------------------------\n"
)


def body(text: str) -> str:
    """The body of an Aozora text made of ``text`` (the header's lines dropped)."""
    return convert(HEADER + text).text.split("\n", 3)[3]


def rubies(text: str) -> list[tuple[str, str]]:
    """(base, reading) of each ruby of an Aozora text with body ``text``."""
    read = convert(HEADER + text)
    return [(read.text[r.start : r.end], r.reading) for r in read.ruby]


@pytest.mark.parametrize(
    ("line", "shown", "ruby"),
    [
        # Implicit start: the run of one script before 《.
        ("一人の下人《げにん》が", "一人の下人が", [("下人", "げにん")]),
        ("所々｜丹塗《にぬり》の", "所々丹塗の", [("丹塗", "にぬり")]),  # explicit
        ("洋燈《ランプ》", "洋燈", [("洋燈", "ランプ")]),  # katakana ruby kept
        ("カタカナ《かたかな》", "カタカナ", [("カタカナ", "かたかな")]),
        ("the Sentimentalisme《センチ》", "the Sentimentalisme",
         [("Sentimentalisme", "センチ")]),
        ("旧記｜によると", "旧記｜によると", []),  # a bar with no ruby after it
        ("「《子供の歌》」", "「《子供の歌》」", []),  # no base: a bracket
        ("雨《あめ", "雨《あめ", []),  # unterminated
        ("雨《》", "雨《》", []),  # empty reading
        ("雨《あ《め》", "雨《あ", [("あ", "め")]),  # nested: the inner one wins
        ("申《さる》の刻《こく》下《さが》り", "申の刻下り",
         [("申", "さる"), ("刻", "こく"), ("下", "さが")]),  # one base per ruby
        ("※［＃「てへん＋丑」、第4水準2-12-93］《ね》じ", "扭じ", [("扭", "ね")]),
        ("眼が※［＃「目＋匡」、第3水準1-88-81］《まぶた》", "眼が眶", [("眶", "まぶた")]),
        ("日｜御※［＃「飮のへん＋善」、第4水準2-92-71］《ごぜん》", "日御饍",
         [("御饍", "ごぜん")]),
        ("大※［＃「木＋世」］《なに》", f"大{PLACEHOLDER}", [(f"大{PLACEHOLDER}", "なに")]),
        ("読《よ［＃「よ」に傍点］》む", "読む", [("読", "よ")]),
        ("〔ve'rite'《ヴェリテ》 vraie.〕", "vérité vraie.", [("vérité", "ヴェリテ")]),
        # The くの字点 in a reading, plain and voiced, is spelled out.
        ("蟋蟀《きり／″＼す》が", "蟋蟀が", [("蟋蟀", "きりぎりす")]),
        ("色々《いろ／＼》", "色々", [("色々", "いろいろ")]),
    ],
)
def test_ruby_and_gaiji(line: str, shown: str, ruby: list[tuple[str, str]]) -> None:
    assert body(line) == shown + "\n"
    assert rubies(line) == ruby


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("［＃５字下げ］一［＃「一」は中見出し］", "一"),
        ("あばた［＃「あばた」に傍点］の顔", "あばたの顔"),
        ("［＃ここから２字下げ］", ""),
        ("外［＃「［＃「てへん＋丑」］」に傍点］側", "外側"),  # nested notes
        ("閉じない［＃注記", "閉じない［＃注記"),  # unterminated: kept as written
        ("※印は※だけ", "※印は※だけ"),
        # Accent decomposition inside 〔…〕; other 〔〕 are brackets of the text.
        ("〔Quid amicitiae& inimica〕", "Quid amicitiæ inimica"),
        ("〔c,a va〕 〔O/re^t〕", "ça va Ørêt"),
        ("〔注〕は括弧", "〔注〕は括弧"),
        ("閉じない〔e'", "閉じない〔e'"),
        ("〔e'〕〕", "é〕"),
    ],
)
def test_notes_are_not_shown(line: str, shown: str) -> None:
    assert body(line) == shown + "\n"


@pytest.mark.parametrize(
    ("description", "char"),
    [
        ("「木＋世」、U+67BB、12-3", "枻"),
        ("「てへん＋劣」、第3水準1-84-77", "挘"),
        ("「てへん＋丑」、第4水準2-12-93", "扭"),
        ("小書き片仮名ヒ、1-6-84", "ㇶ"),
        ("感嘆符疑問符、1-8-78", "⁉"),
        ("「魚＋王」", None),  # no code: a placeholder is shown
        ("「言＋墟のつくり」、第4水準2-99-99", None),  # outside the table
        ("U+D800", None),  # a surrogate is no character
        ("U+110000", None),
    ],
)
def test_gaiji_character(description: str, char: str | None) -> None:
    assert gaiji_character(description) == char


@pytest.mark.parametrize(
    ("note", "level"),
    [
        ("「上　先生と私」は大見出し", 1),
        ("「一」は中見出し", 2),
        ("「序」は小見出し", 3),
        ("中見出し", 2),
        ("ここから大見出し", 1),
        ("中見出し終わり", None),
        ("「見出し」に傍点", None),
        ("５字下げ", None),
    ],
)
def test_heading_level(note: str, level: int | None) -> None:
    assert heading_level(note) == level


def test_headings_are_lines_of_the_text() -> None:
    read = convert(HEADER + "［＃５字下げ］一［＃「一」は中見出し］\n　本文。\n")
    assert [(read.text[s:e], level) for s, e, level in read.headings] == [("一", 2)]


def test_header_and_colophon_of_rashomon() -> None:
    text = (DATA / "rashomon_sjis.txt").read_bytes().decode("cp932")
    read = convert(text)
    assert (read.title, read.author, read.subtitle) == ("羅生門", "芥川龍之介", "")
    assert read.text.startswith("羅生門\n芥川龍之介\n\n　ある日の暮方の事である。")
    assert read.colophon.startswith("底本：「芥川龍之介全集1」ちくま文庫")
    assert "底本" not in read.text
    assert "テキスト中に現れる記号" not in read.text
    assert "\r" not in read.text
    assert not any(mark in read.text for mark in "《》｜")
    assert "［＃" not in read.text


@pytest.mark.parametrize(
    ("header", "title", "subtitle", "author"),
    [
        (["羅生門", "芥川龍之介"], "羅生門", "", "芥川龍之介"),
        (["題", "副題", "著者"], "題", "副題", "著者"),
        (["題", "著者", "誰某訳"], "題", "", "著者"),
        (["題"], "題", "", ""),
    ],
)
def test_header_names(
    header: list[str], title: str, subtitle: str, author: str
) -> None:
    read = convert("\n".join(header) + "\n\n本文《ほんぶん》。本《ほん》。字《じ》。\n")
    assert (read.title, read.subtitle, read.author) == (title, subtitle, author)


def test_file_offsets_point_at_the_source() -> None:
    text = (DATA / "rashomon_sjis.txt").read_bytes().decode("cp932")
    read = convert(text)
    for ruby in read.ruby:
        base = read.text[ruby.start : ruby.end]
        at = read.file_offset(ruby.start)
        if "※" not in text[at : at + 2]:  # a gaiji's note is longer than its char
            assert text[at : at + len(base)] == base
        assert text[read.file_offset(ruby.end - 1) + 1] in "《※［"
    for offset in range(0, len(read.text), 97):
        char = read.text[offset]
        if char != "\n" and char not in "扭眶":
            assert text[read.file_offset(offset)] == char


@pytest.mark.parametrize(
    "text",
    [
        "ふつうの文章に《が一つだけ。\n次の行も普通。",
        "引用《子供の歌》を読む。\n",
        "漢字《かんじ》は一度だけ。" + "あ" * 3000,
        "",
    ],
)
def test_plain_text_is_not_aozora(text: str) -> None:
    assert not is_aozora(text)


def test_aozora_is_told_by_its_header_or_its_ruby() -> None:
    assert is_aozora(HEADER + "本文。\n")
    assert is_aozora("題\n\n下人《げにん》と老婆《ろうば》の羅生門《らしょうもん》。\n")
    rashomon = (DATA / "rashomon_sjis.txt").read_bytes().decode("cp932")
    assert is_aozora(rashomon)


@given(st.text(alphabet="漢字かなカナab《》｜［］＃※「」\n", max_size=80))
def test_any_notation_converts_soundly(line: str) -> None:
    read = convert(HEADER + line)
    for ruby in read.ruby:
        assert 0 <= ruby.start < ruby.end <= len(read.text)
        assert ruby.reading
    starts = [r.start for r in read.ruby]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(read.ruby, read.ruby[1:], strict=False))


def test_ruby_is_a_span_of_the_text() -> None:
    assert convert(HEADER + "下人《げにん》").ruby[0] == Ruby(8, 10, "げにん")
