"""Unit tests of the pieces: pykakasi repairs, okurigana split, romaji, corrections.

Regression tests are named after the pykakasi defect they pin down.
"""

from __future__ import annotations

import pytest

from reader.core.readings import (
    Corrections,
    ReadingEngine,
    RomajiStyle,
    Segment,
    Word,
    make_correction,
    parse_notation,
    to_romaji,
)
from reader.core.readings.furigana import split
from reader.core.readings.kakasi import convert
from reader.core.readings.numbers import counter_kana, number_kana
from reader.core.readings.romaji import kana_to_romaji


def test_kakasi_doubled_sokuon_is_repaired() -> None:
    assert [t.hira for t in convert("入っ")] == ["いっ"]
    assert [t.hira for t in convert("放っ")] == ["ほうっ"]


def test_kakasi_long_mark_in_hiragana_is_spelled_out() -> None:
    assert "".join(t.hira or "" for t in convert("大きかった")) == "おおきかった"


def test_kakasi_dropped_character_falls_back() -> None:
    tokens = convert("初步的")
    assert "".join(t.orig for t in tokens) == "初步的"


def test_kakasi_small_ke_is_not_yu() -> None:
    assert "ゖ" not in "".join(t.hira or "" for t in convert("ヶ所"))


def test_kakasi_refuses_newlines() -> None:
    with pytest.raises(ValueError, match="one line"):
        convert("一\n二")


def test_newlines_do_not_duplicate_tokens() -> None:
    text = "今日は\n晴れ\r\nです"
    words = ReadingEngine().read(text)
    assert "".join(w.text for w in words) == text


@pytest.mark.parametrize(
    ("surface", "reading", "expected"),
    [
        ("取り扱い", "とりあつかい", "取(と)り扱(あつか)い"),
        ("語っ", "かたっ", "語(かた)っ"),
        ("引き出す", "ひきだす", "引(ひ)き出(だ)す"),
        ("お母さん", "おかあさん", "お母(かあ)さん"),
        ("取り扱い", "まちがい", "{取り扱い}(まちがい)"),
    ],
)
def test_split(surface: str, reading: str, expected: str) -> None:
    assert split(surface, reading) == parse_notation(expected)


def test_notation_braces() -> None:
    assert parse_notation("{2人}(ふたり)の") == (
        Segment("2人", "ふたり"),
        Segment("の"),
    )


@pytest.mark.parametrize(
    ("kana", "macron", "ascii_"),
    [
        ("きょうかがくしゅう", "kyōkagakushū", "kyoukagakushuu"),
        ("コンピューター", "konpyūtā", "konpyuutaa"),
        ("まっちゃ", "matcha", "matcha"),
        ("かんい", "kan'i", "kan'i"),
        ("れんあい", "ren'ai", "ren'ai"),
        ("こんやく", "kon'yaku", "kon'yaku"),
        ("せんせい", "sensei", "sensei"),
        ("おおきい", "ōkii", "ookii"),
        ("ふぁいる", "fairu", "fairu"),
        ("しんぶん", "shinbun", "shinbun"),
    ],
)
def test_kana_to_romaji(kana: str, macron: str, ascii_: str) -> None:
    assert kana_to_romaji(kana) == macron
    assert kana_to_romaji(kana, RomajiStyle.ASCII) == ascii_


def test_no_macron_across_okurigana() -> None:
    assert to_romaji(Word(0, parse_notation("思(おも)う"), "おもう")) == "omou"


def test_particles_spelled_as_pronounced() -> None:
    for kana, romaji in [("は", "wa"), ("へ", "e"), ("を", "o")]:
        assert to_romaji(Word(0, (Segment(kana),), kana, particle=True)) == romaji
    assert to_romaji(Word(0, (Segment("は"),), "は")) == "ha"


def test_no_kana_no_romaji() -> None:
    assert to_romaji(Word(0, (Segment("GPT"),), None)) is None


@pytest.mark.parametrize(
    ("digits", "counter", "kana"),
    [
        ("35", "人", "さんじゅうごにん"),
        ("2", "人", "ふたり"),
        ("1", "回", "いっかい"),
        ("10", "回", "じゅっかい"),
        ("6", "本", "ろっぽん"),
        ("3", "本", "さんぼん"),
        ("2024", "年", "にせんにじゅうよねん"),
        ("3", "分の", "さんぶん"),
        ("10", "分", "じゅっぷん"),
        ("55", "カ所", "ごじゅうごかしょ"),
    ],
)
def test_counter_kana(digits: str, counter: str, kana: str) -> None:
    assert counter_kana(digits, counter) == kana


def test_number_kana() -> None:
    assert number_kana(0) == "ぜろ"
    assert number_kana(1_0000_0000) == "いちおく"
    assert number_kana(8300) == "はっせんさんびゃく"


def test_user_correction_gives_new_engine() -> None:
    corrections = Corrections.bundled().with_user("方", "かた", before="この")
    engine = ReadingEngine(corrections)
    assert engine.version_key != ReadingEngine().version_key
    words = engine.read("この方が")
    assert words[1].segments == (Segment("方", "かた"),)
    assert ReadingEngine().read("この方が")[1].kana == "ほう"


def test_user_correction_wins_over_bundled() -> None:
    engine = ReadingEngine(Corrections.bundled().with_user("今日", "こんにち"))
    assert engine.read("今日")[0].kana == "こんにち"


def test_correction_context_limits_it() -> None:
    engine = ReadingEngine(Corrections([make_correction("後", "あと", after="で")]))
    assert engine.read("後で")[0].kana == "あと"
    assert engine.read("後に")[0].kana != "あと"


@pytest.mark.parametrize(
    ("surface", "reading"), [("方", "カタ"), ("方", "か(た)"), ("abc", "あ")]
)
def test_bad_correction_is_refused(surface: str, reading: str) -> None:
    with pytest.raises(ValueError, match="reading"):
        make_correction(surface, reading)


def test_corrections_round_trip_tsv() -> None:
    bundled = Corrections.bundled()
    again = Corrections.from_tsv(bundled.to_tsv())
    assert again.digest == bundled.digest
    assert len(bundled.entries) > 30


def test_bundled_corrections_all_parse_and_hold_kanji() -> None:
    for correction in Corrections.bundled().entries:
        assert any(s.reading for s in correction.segments), correction
        for segment in correction.segments:
            if segment.reading:
                assert segment.reading.isalpha()


def test_katakana_compound_is_cut_only_into_known_parts() -> None:
    from reader.core.readings.katakana import split_katakana

    assert split_katakana("ファーストリパブリック") == ("ファースト", "リパブリック")
    assert split_katakana("ブレークスルー") == ("ブレークスルー",)
    assert split_katakana("モデル") == ("モデル",)
