"""Look-up at a point: inflected words, compounds, katakana, names, ordering."""

from __future__ import annotations

import pytest

from reader.core.lookup import Lookup, LookupResult
from reader.core.lookup.analyzer import Token, default_analyzer

# (text, offset, the text matched, dictionary form, reading, inflection)
BEST = [
    ("食べました。", 0, "食べました", "食べる", "たべる", "polite past"),
    ("昨日は寿司を食べました", 6, "食べました", "食べる", "たべる", "polite past"),
    ("書かれた本", 0, "書かれた", "書く", "かく", "passive past"),
    ("読めない", 0, "読めない", "読む", "よむ", "potential negative"),
    ("来なかった", 0, "来なかった", "来る", "くる", "negative past"),
    ("研究している", 0, "研究している", "研究", "けんきゅう", "suru verb progressive"),
    ("高くなかった", 0, "高くなかった", "高い", "たかい", "negative past"),
    ("大きかった", 0, "大きかった", "大きい", "おおきい", "past"),
    ("強く信じて", 0, "強く", "強い", "つよい", "adverbial"),
    ("問うて", 0, "問うて", "問う", "とう", "te-form"),
    ("自然言語処理の研究", 0, "自然言語処理", "自然言語処理", "しぜんげんごしょり", None),
    ("モデルを作る", 0, "モデル", "モデル", "モデル", None),
    ("コンピューター", 0, "コンピューター", "コンピューター", "コンピューター", None),
    # Words spanning ruby: the look-up reads base text only.
    ("取り扱いを", 0, "取り扱い", "取り扱い", "とりあつかい", None),
]


@pytest.mark.parametrize(("text", "offset", "surface", "form", "reading", "name"), BEST)
def test_best_match(
    lookup: Lookup,
    text: str,
    offset: int,
    surface: str,
    form: str,
    reading: str,
    name: str | None,
) -> None:
    best = lookup.at(text, offset).best
    assert best is not None
    assert (best.surface, best.form, best.reading, best.inflection) == (
        surface,
        form,
        reading,
        name,
    )


@pytest.mark.parametrize(("text", "offset", "surface", "form", "reading", "name"), BEST)
def test_rules_alone_find_the_same_words(
    rules_only: Lookup,
    text: str,
    offset: int,
    surface: str,
    form: str,
    reading: str,
    name: str | None,
) -> None:
    forms = [(w.surface, w.form, w.inflection) for w in rules_only.at(text, offset).words]
    assert (surface, form, name) in forms


def test_longest_first_then_shorter(lookup: Lookup) -> None:
    words = lookup.at("自然言語処理", 0).words
    lengths = [w.length for w in words]
    assert lengths == sorted(lengths, reverse=True)
    surfaces = [w.surface for w in words]
    assert surfaces.index("自然言語処理") < surfaces.index("自然言語") < surfaces.index("自然")


def test_one_line_per_entry(lookup: Lookup) -> None:
    ids = [w.entry.id for w in lookup.at("食べました", 0).words]
    assert len(ids) == len(set(ids))


def test_the_analyzer_picks_the_verb_the_context_means(lookup: Lookup) -> None:
    # 行った is the past of 行く and of 行う; as written alone, it is 行く.
    words = lookup.at("学校に行った", 3).words
    assert (words[0].form, words[0].reading, words[0].agrees) == ("行く", "いく", True)
    assert "行う" in [w.form for w in words[1:]]


@pytest.mark.parametrize(
    ("text", "offset", "gloss"),
    [
        ("分野の研究", 2, "indicates possessive"),  # not 野 (の) "plain; field"
        ("研究および実践", 2, "and; as well as"),  # not 指 (および) "finger"
    ],
)
def test_regression_the_analyzers_part_of_speech_picks_among_kana_words(
    lookup: Lookup, text: str, offset: int, gloss: str
) -> None:
    """の in 分野の研究 showed 野 "plain; field" first: every entry read の agrees
    with the analyzer's dictionary form, and 野 ranked higher; the analyzer says
    particle."""
    best = lookup.at(text, offset).best
    assert best is not None
    assert "; ".join(best.entry.senses[0].glosses).startswith(gloss)


def test_the_analyzer_picks_the_reading(lookup: Lookup) -> None:
    best = lookup.at("今日の天気", 0).best
    assert best is not None
    assert (best.form, best.reading, best.romaji) == ("今日", "きょう", "kyō")


@pytest.mark.parametrize("reading", ["あした", "あす"])
def test_the_callers_reading_comes_first(lookup: Lookup, reading: str) -> None:
    best = lookup.at("明日突然", 0, reading=reading).best
    assert best is not None
    assert (best.form, best.reading, best.agrees) == ("明日", reading, True)


def test_reading_as_written_and_romaji(lookup: Lookup) -> None:
    best = lookup.at("食べました", 0).best
    assert best is not None
    assert (best.surface_reading, best.romaji) == ("たべました", "taberu")


def test_senses_and_marks(lookup: Lookup) -> None:
    best = lookup.at("食べる", 0).best
    assert best is not None
    assert best.common
    assert "ichi1" in best.priority
    first = best.entry.senses[0]
    assert "to eat" in first.glosses
    assert "Ichidan verb" in first.parts_of_speech


def test_common_words_come_before_rare_ones_of_the_same_length(
    rules_only: Lookup,
) -> None:
    same = [w for w in rules_only.at("行った", 0).words if w.length == 3]
    commons = [w.common for w in same]
    assert commons == sorted(commons, reverse=True)


@pytest.mark.parametrize(
    ("text", "name", "kind", "gloss"),
    [
        ("ソニーの", "ソニー", "company", "Sony"),
        ("トヨタ自動車", "トヨタ", "company", "Toyota"),
        ("深潮さん", "深潮", "fem", "Mishio"),
    ],
)
def test_names(lookup: Lookup, text: str, name: str, kind: str, gloss: str) -> None:
    result = lookup.at(text, 0)
    found = {n.surface: n for n in result.names}
    assert name in found
    assert kind in found[name].kinds
    assert gloss in found[name].glosses


def test_a_name_longer_than_any_word_comes_first(lookup: Lookup) -> None:
    assert lookup.at("ソニーの", 0).name_first
    assert not lookup.at("食べました", 0).name_first


def test_katakana_written_for_a_hiragana_word(rules_only: Lookup) -> None:
    assert "だめ" in [w.form for w in rules_only.at("ダメだ", 0).words]


def test_nothing_at_punctuation_or_latin_words(lookup: Lookup) -> None:
    assert not lookup.at("。食べる", 0).found
    assert not lookup.at("xyzzy", 0).found


@pytest.mark.parametrize(("text", "form", "gloss"), [("AIの", "ＡＩ", "artificial intelligence"), ("CEOに", "ＣＥＯ", "chief executive officer")])
def test_latin_abbreviations_found_in_full_width(
    lookup: Lookup, text: str, form: str, gloss: str
) -> None:
    best = lookup.at(text, 0).best
    assert best is not None
    assert (best.surface, best.form) == (text[:-1], form)
    assert gloss in best.entry.senses[0].glosses


def test_no_letter_of_a_latin_word_is_looked_up_alone(lookup: Lookup) -> None:
    # Ｄ is a JMdict entry; the D of David is not that word.
    assert not lookup.at("David Luan", 0).found


def test_kanji_info(lookup: Lookup) -> None:
    infos = lookup.kanji("食べ物")
    assert [k.literal for k in infos] == ["食", "物"]
    eat = infos[0]
    assert (eat.strokes, eat.grade, eat.jlpt, eat.frequency) == (9, 2, 4, 328)
    assert "eat" in eat.meanings
    assert "ショク" in eat.on
    assert "た.べる" in eat.kun


def test_kanji_info_skips_kana_and_repeats(lookup: Lookup) -> None:
    assert [k.literal for k in lookup.kanji("人々と人")] == ["人"]


def test_an_empty_result_is_falsy_and_keeps_its_point(lookup: Lookup) -> None:
    result = lookup.at("abc", 1)
    assert result == LookupResult("abc", 1, ())
    assert result.best is None


@pytest.mark.parametrize("reading", ["こんにち", "きょう"])
def test_the_callers_reading_picks_the_reading(lookup: Lookup, reading: str) -> None:
    # 今日 reads きょう or こんにち (one entry): the page's reading is shown.
    best = lookup.at("今日の世界", 0, reading=reading).best
    assert best is not None
    assert (best.form, best.reading) == ("今日", reading)


def test_the_callers_reading_picks_the_entry(lookup: Lookup) -> None:
    # 行った: the analyzer says 行く; the page reading おこなった says 行う.
    words = lookup.at("行った", 0, reading="おこなった").words
    assert (words[0].form, words[0].surface_reading) == ("行う", "おこなった")
    assert words[1].form == "行く"


def test_the_analyzer_adapter_gives_dictionary_forms() -> None:
    analyze = default_analyzer()
    assert analyze is not None
    first, second = analyze("食べました")[:2]
    assert first == Token(0, "食べ", "食べる", "たべる", "動詞", "たべ")
    assert (second.start, second.text, second.lemma) == (2, "まし", "ます")


def test_a_form_only_the_analyzer_knows() -> None:
    # せ (the old negative stem of する) is in no rule; an analyzer that says so
    # makes する the best word, read as written.
    def analyze(text: str) -> tuple[Token, ...]:
        return (Token(0, "せ", "する", "する", "動詞", "せ"),)

    best = Lookup(analyzer=lambda: analyze).at("せ", 0).best
    assert best is not None
    assert (best.surface, best.form, best.surface_reading, best.agrees) == (
        "せ",
        "する",
        "せ",
        True,
    )


def test_name_kinds_are_spelled_out(lookup: Lookup) -> None:
    found = {n.surface: n for n in lookup.at("深潮さん", 0).names}
    assert "female given name" in found["深潮"].kind_labels


# (text, the text matched, dictionary form, its reading, reading as written)
COUNTED = [
    ("35人が来た", "35人", "人", "にん", "さんじゅうごにん"),
    ("3分で", "3分", "三分", "さんぷん", "さんぷん"),
    ("2人は", "2人", "二人", "ふたり", "ふたり"),
    ("8月に", "8月", "八月", "はちがつ", "はちがつ"),
    ("１人で", "１人", "一人", "ひとり", "ひとり"),
    ("1995年頃", "1995年", "年", "ねん", "せんきゅうひゃくきゅうじゅうごねん"),
]


@pytest.mark.parametrize(("text", "surface", "form", "reading", "written"), COUNTED)
def test_numbers_with_counters(
    lookup: Lookup, text: str, surface: str, form: str, reading: str, written: str
) -> None:
    best = lookup.at(text, 0).best
    assert best is not None
    assert (best.surface, best.form, best.reading, best.surface_reading) == (
        surface,
        form,
        reading,
        written,
    )
    assert best.inflection == "number + counter"


def test_a_counted_entry_is_listed_once(lookup: Lookup) -> None:
    ids = [w.entry.id for w in lookup.at("１人で", 0).words]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("text", "offset", "surface", "form"),
    [
        # Historical kana usage and old kanji forms are looked up as the readings
        # engine reads them; the word is shown as written.
        ("何を考へてゐるのだ", 2, "考へて", "考える"),
        ("夜中に掘つて見る", 3, "掘つて", "掘る"),
        ("廣い庭", 0, "廣い", "広い"),
    ],
)
def test_historical_spellings_find_their_words(
    lookup: Lookup, text: str, offset: int, surface: str, form: str
) -> None:
    best = lookup.at(text, offset).best
    assert best is not None
    assert (best.surface, best.form) == (surface, form)
