"""Unit tests of the pieces: pykakasi repairs, okurigana split, romaji, corrections.

Regression tests are named after the pykakasi defect they pin down.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.readings import (
    Corrections,
    ReadingEngine,
    RomajiStyle,
    Segment,
    Word,
    make_correction,
    notation,
    parse_notation,
    to_romaji,
)
from reader.core.readings.analyzer import Morph
from reader.core.readings.choice import choose
from reader.core.readings.furigana import split
from reader.core.readings.kakasi import convert
from reader.core.readings.numbers import (
    counter_kana,
    decimal_kana,
    join_counter,
    kanji_number,
    number_kana,
)
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
    # The analyzer reads 後 あと in both; the correction must touch only 後で.
    engine = ReadingEngine(Corrections([make_correction("後", "ご", after="で")]))
    assert engine.read("後で")[0].kana == "ご"
    assert engine.read("後に")[0].kana == "あと"


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
    assert len(bundled.entries) >= 10


def test_bundled_corrections_all_parse_and_hold_kanji() -> None:
    for correction in Corrections.bundled().entries:
        assert any(s.reading for s in correction.segments), correction
        for segment in correction.segments:
            if segment.reading:
                assert segment.reading.isalpha()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ファーストリパブリック", ["ファースト", "リパブリック"]),
        ("ブレークスルー", ["ブレークスルー"]),
        ("モデル", ["モデル"]),
    ],
)
def test_katakana_compounds_are_cut_by_the_analyzer(
    text: str, words: list[str]
) -> None:
    assert [w.text for w in ReadingEngine().read(text)] == words


@pytest.mark.parametrize(
    ("text", "word", "kana", "alternative"),
    [
        ("車を止める", "止める", "とめる", "やめる"),
        ("あっという間に", "間", "ま", "かん"),
        ("A型", "型", "がた", "かた"),
        ("友達", "友達", "ともだち", None),
        ("私は", "私", "わたし", "わたくし"),
    ],
)
def test_losing_reading_is_kept_as_alternative(
    text: str, word: str, kana: str, alternative: str | None
) -> None:
    found = next(w for w in ReadingEngine().read(text) if word in w.text)
    assert found.kana is not None
    assert found.kana.endswith(kana)
    assert found.alternative == alternative


def test_context_free_corrections_are_gone() -> None:
    # =人(ひと), =君(きみ), =間(あいだ) misfired on other texts (二三人, 田中君,
    # あっという間): the analyzer reads those in context now.
    bundled = {notation(c.segments) for c in Corrections.bundled().entries}
    assert not bundled & {"人(ひと)", "君(きみ)", "間(あいだ)"}


def test_correction_applies_only_between_words() -> None:
    # 通(とお)り must not cut into 一通り (ひととおり), a word of its own.
    engine = ReadingEngine(Corrections([make_correction("通り", "とおり")]))
    assert engine.read("一通り")[0].kana == "ひととおり"
    assert engine.read("通りを")[0].kana == "とおり"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三", 3),
        ("二十", 20),
        ("三百五十", 350),
        ("一万", 10000),
        ("二三", None),  # two or three
        ("二〇", 20),  # written place by place
        ("一九四五", 1945),
        ("一〇〇", 100),
        ("〇", 0),
    ],
)
def test_kanji_number(text: str, value: int | None) -> None:
    assert kanji_number(text) == value


@pytest.mark.parametrize(
    ("number", "kana"),
    [
        ("42", "よんじゅうに"),
        ("1.5", "いってんご"),
        ("0.25", "れいてんにご"),
        ("３．１４", "さんてんいちよん"),
        ("8.0", "はってんれい"),
    ],
)
def test_decimal_kana(number: str, kana: str) -> None:
    assert decimal_kana(number) == kana


@pytest.mark.parametrize(
    ("number", "counter", "kana"),
    [
        ("いち", "ぺん", "いっぺん"),
        ("ろく", "かい", "ろっかい"),
        ("ろく", "さい", "ろくさい"),
        ("じゅう", "かん", "じゅっかん"),
        ("じゅう", "ひろ", "じゅうひろ"),
        ("ひゃく", "ひろ", "ひゃくひろ"),
    ],
)
def test_join_counter(number: str, counter: str, kana: str) -> None:
    assert join_counter(number, counter) == kana


def _morph(text: str, kana: str, pos: str, form: str = "", base: str = "") -> Morph:
    main, sub = (pos.split("-") + [""])[:2]
    return Morph(text, kana, kana, (main, sub, ""), form, "", base or kana)


@pytest.mark.parametrize(
    ("morph", "kakasi", "following", "chosen", "lost"),
    [
        (_morph("人", "にん", "接尾辞-名詞的"), "ひと", "", "にん", "ひと"),
        (
            _morph("止める", "とめる", "動詞-一般", "終止形-一般"),
            "やめる",
            "",
            "とめる",
            "やめる",
        ),
        (
            _morph("言う", "ゆう", "動詞-一般", "終止形-一般", "いう"),
            "いう",
            "",
            "いう",
            "ゆう",
        ),
        (_morph("何", "なん", "代名詞", "", "なに"), "なに", "か", "なに", "なん"),
        (_morph("何", "なん", "代名詞", "", "なに"), "なに", "の", "なん", "なに"),
        (
            _morph("深い", "ぶかい", "形容詞-一般", "終止形-一般", "ふかい"),
            "ふかい",
            "",
            "ぶかい",
            "ふかい",
        ),
        (_morph("友達", "ともだち", "名詞-普通名詞"), "ともだち", "", "ともだち", None),
        (Morph("步的", None, None, ("名詞", "", "")), "ほてき", "", "ほてき", None),
    ],
)
def test_choice_rules(
    morph: Morph, kakasi: str, following: str, chosen: str, lost: str | None
) -> None:
    assert choose(morph, kakasi, following) == (chosen, lost)


def test_analyzer_is_not_imported_for_a_warm_start(tmp_path: Path) -> None:
    # Warm starts read the cache only: neither fugashi nor pykakasi is loaded.
    code = (
        "import sys, pathlib\n"
        "from reader.core.readings import ReadingCache, ReadingEngine\n"
        f"path = pathlib.Path({str(tmp_path / 'r.json')!r})\n"
        "ReadingCache(path, ReadingEngine()).read_blocks([('b', '今日は晴れ')])\n"
        "for name in ('fugashi', 'pykakasi'): sys.modules.pop(name, None)\n"
        "words = ReadingCache(path, ReadingEngine()).load_cached([('b', '今日は晴れ')])\n"
        "assert words is not None\n"
        "print('fugashi' in sys.modules, 'pykakasi' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]


def test_nul_character_does_not_stop_the_analyzer() -> None:
    # MeCab stops at NUL: the rest of the line must still be read.
    words = ReadingEngine().read("a\x00b漢字")
    assert "".join(w.text for w in words) == "a\x00b漢字"
    assert words[-1].kana == "かんじ"


def test_user_correction_inside_a_compound_stands() -> None:
    # pykakasi's whole-compound reading (おかあさん) must not undo the reader's fix.
    assert ReadingEngine().read("お母さん")[0].kana == "おかあさん"
    engine = ReadingEngine(Corrections.bundled().with_user("母", "はは"))
    assert engine.read("お母さん")[0].kana == "おははさん"


def test_voicing_marks_come_and_go_by_unicode_composition() -> None:
    from reader.core.readings.kana import unvoiced, voiced

    assert [voiced(ch) for ch in "かはぱうあ"] == ["が", "ば", "ば", "ゔ", "あ"]
    assert [unvoiced(ch) for ch in "がぱバか"] == ["か", "は", "ハ", "か"]
