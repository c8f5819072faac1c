"""Historical kana usage (歴史的仮名遣い): read in its modern spelling, shown as written.

The sentences are from pre-war texts in Aozora Bunko's 旧仮名 editions (芥川龍之介
「杜子春」「芋粥」); each once got a wrong reading over its kanji.
"""

from __future__ import annotations

import pytest

from reader.core.readings import ReadingEngine, notation, to_romaji
from reader.core.readings.analyzer import analyze
from reader.core.readings.furigana import split
from reader.core.readings.oldkana import candidates, repeat_marks
from tests.core.readings.aids import furigana_of, romaji_of


def _furigana(engine: ReadingEngine, text: str) -> str:
    return furigana_of(engine.read(text))


def _romaji(engine: ReadingEngine, text: str) -> str:
    return romaji_of(engine.read(text))


@pytest.mark.parametrize(
    ("text", "furigana"),
    [
        # 通つて was cut 通(つう) + つ + て; 行つて read 行(おこな)う.
        ("人や車が通つてゐました", "人(ひと)や車(くるま)が通(かよ)つてゐました"),
        (
            "もうどこへ行つても、泊めてくれる所はない。",
            "もうどこへ行(い)つても、泊(と)めてくれる所(ところ)はない。",
        ),
        ("夜中に掘つて見るが好い。", "夜中(よなか)に掘(ほ)つて見(み)るが好(よ)い。"),
        (
            "杜子春は勿論黙つてゐました",
            "杜(と)子春(ししゅん)は勿論(もちろん)黙(だま)つてゐました",
        ),
        # ハ行 letters said as わ行 inside a verb, ゑ as え.
        (
            "錦を縫はせるやら、牡丹を庭に植ゑさせるやら",
            "錦(にしき)を縫(ぬ)はせるやら、牡丹(ぼたん)を庭(にわ)に植(う)ゑさせるやら",
        ),
        ("何を考へてゐるのだ。", "何(なに)を考(かんが)へてゐるのだ。"),
    ],
)
def test_verbs_in_historical_spelling_are_read_right(
    engine: ReadingEngine, text: str, furigana: str
) -> None:
    assert _furigana(engine, text) == furigana


def test_romaji_follows_the_sound_not_the_letters(engine: ReadingEngine) -> None:
    assert _romaji(engine, "何を考へてゐるのだ。") == "nani o kangaete iru no da"
    assert _romaji(engine, "杜子春といつて、身分になつてゐるのです。") == (
        "to shishun to itte mibun ni natte iru no desu"
    )


@pytest.mark.parametrize(
    "text",
    [
        "私は学校へ行つた。",  # particles は and へ stay (said wa and e as before)
        "かつて彼はそこにゐた。",  # かつて, "once", is a word with a real つ
        "寝つかれない長の夜をまぢまぢして、明してゐた",  # 寝つく: a verb doubles only before て, た
    ],
)
def test_particles_and_real_letters_stay_as_written(text: str) -> None:
    morphs = analyze(text)
    assert "".join(m.text for m in morphs) == text
    changed = {m.text: m.modern for m in morphs if m.modern}
    assert "は" not in changed
    assert "へ" not in changed
    assert not any(k in changed for k in ("かつて", "寝つか", "寝っ"))


def test_tokens_keep_the_text_as_written_and_carry_the_modern_spelling() -> None:
    morphs = analyze("人や車が通つてゐました")
    assert "".join(m.text for m in morphs) == "人や車が通つてゐました"
    verb = next(m for m in morphs if m.text.startswith("通"))
    assert (verb.text, verb.modern) == ("通つ", "通っ")


def test_modern_lines_are_not_tried() -> None:
    # A kanji before は or へ is in most modern lines: trying them would cost
    # two more analyses per line for nothing.
    assert candidates("私は東京へ行った。今日は晴れです。") == []
    assert candidates("人や車が通つてゐました") != []


def test_okurigana_in_historical_spelling_split_from_a_modern_reading() -> None:
    assert notation(split("考へ", "かんがえ")) == "考(かんが)へ"
    assert notation(split("通つ", "とおっ")) == "通(とお)つ"
    # Modern spelling is matched exactly first.
    assert notation(split("考え", "かんがえ")) == "考(かんが)え"


@pytest.mark.parametrize(
    ("text", "romaji"),
    [
        # Kana words said the modern way: UniDic-lite gives their pronunciation.
        ("油のやうな夕日", "abura no yō na yūhi"),
        ("「ほんたうですか。」", "hontō desu ka"),
        ("けふは寒いさうだ", "kyō wa samui sō da"),
        ("ちよつと待つてゐて下さい", "chotto matte ite kudasai"),
        # The volitional う after the a- or e-row: ませう, でせう, だらう.
        ("さあ、行きませう", "sā ikimashō"),
        ("さうでせう", "sō deshō"),
        ("どうしたものだらう", "dō shita mono darō"),
        # Small kana written large, inside a word: チヤツク, ぢや.
        ("チヤツクの家にゐた。", "chakku no ie ni ita"),
        ("それぢや、さうしよう。", "sore ja sō shiyō"),
        ("同じやうに思つてゐた", "onaji yō ni omotte ita"),
        # Repeat marks: ゝ, ゞ and Aozora's ／＼.
        ("屍骸を捨てゝ行く", "shigai o sutete iku"),
        ("首をちゞめながら", "kubi o chijimenagara"),
        ("だん／＼暗くなつた", "dandan kuraku natta"),
    ],
)
def test_kana_in_historical_usage_reads_as_said(
    engine: ReadingEngine, text: str, romaji: str
) -> None:
    assert _romaji(engine, text) == romaji


def test_modern_long_vowels_and_iu_are_left_alone(engine: ReadingEngine) -> None:
    # ねえ and いう are modern spellings; only their pronunciation differs.
    assert _romaji(engine, "ねえ、さうでせう") == "nē sō deshō"
    assert _romaji(engine, "かう云ふ事をいうのだ。") == "kō iu koto o iu no da"


def test_a_mark_after_anything_but_kana_stays() -> None:
    assert repeat_marks("ゝだけ") == "ゝだけ"
    assert repeat_marks("言ゝ") == "言ゝ"
    assert repeat_marks("ちゞめ") == "ちぢめ"
    assert repeat_marks("だん／＼") == "だんだん"


def test_the_two_editions_of_rashomon_read_alike() -> None:
    # 羅生門 in 旧仮名 and in 新仮名 (tests/core/readings/editions): the readings
    # over the kanji they share differed on 4.5% before historical usage was
    # read; what is left is mostly the editions' own wording.
    from tests.core.readings.editions.compare import compare_pair, yomu

    score = compare_pair("rashomon", yomu)
    assert score.kanji > 1000
    assert score.differ_pct < 1.5
    assert score.romaji_cer < 4.5


def test_ruby_in_historical_usage_is_shown_as_written_and_said_the_modern_way(
    engine: ReadingEngine,
) -> None:
    from reader.core.readings.fixed import with_fixed

    text = "洛陽の都にゐた"
    words = with_fixed(text, engine.read(text), [(0, 2, "らくやう")], engine.read)
    assert notation(words[0].segments) == "洛陽(らくやう)"
    assert words[0].kana == "らくよう"
    assert to_romaji(words[0]) == "rakuyō"
    modern = with_fixed(
        "今日は", engine.read("今日は"), [(0, 3, "こんにちは")], engine.read
    )
    assert modern[0].kana == "こんにちは"
