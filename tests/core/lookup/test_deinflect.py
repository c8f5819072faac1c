"""The de-inflection table: written forms back to dictionary forms, with names."""

from __future__ import annotations

import pytest

from reader.core.lookup import deinflect, reinflect
from reader.core.lookup.rules import RULES

# (written, dictionary form, its class, the inflection's name)
CASES = [
    ("食べました", "食べる", "v1", "polite past"),
    ("食べます", "食べる", "v1", "polite"),
    ("食べません", "食べる", "v1", "polite negative"),
    ("食べませんでした", "食べる", "v1", "polite negative past"),
    ("食べない", "食べる", "v1", "negative"),
    ("食べなかった", "食べる", "v1", "negative past"),
    ("食べて", "食べる", "v1", "te-form"),
    ("食べている", "食べる", "v1", "progressive"),
    ("食べています", "食べる", "v1", "progressive polite"),
    ("食べたい", "食べる", "v1", "-tai"),
    ("食べたくなかった", "食べる", "v1", "-tai negative past"),
    ("食べられる", "食べる", "v1", "potential or passive"),
    ("食べさせる", "食べる", "v1", "causative"),
    ("食べさせられる", "食べる", "v1", "causative passive"),
    ("食べよう", "食べる", "v1", "volitional"),
    ("食べれば", "食べる", "v1", "conditional"),
    ("食べたら", "食べる", "v1", "conditional (-tara)"),
    ("書いた", "書く", "v5", "past"),
    ("書かれた", "書く", "v5", "passive past"),
    ("書ける", "書く", "v5", "potential"),
    ("書かせる", "書く", "v5", "causative"),
    ("書こう", "書く", "v5", "volitional"),
    ("泳いで", "泳ぐ", "v5", "te-form"),
    ("話して", "話す", "v5", "te-form"),
    ("待った", "待つ", "v5", "past"),
    ("死んだ", "死ぬ", "v5", "past"),
    ("遊んで", "遊ぶ", "v5", "te-form"),
    ("読めない", "読む", "v5", "potential negative"),
    ("帰りたい", "帰る", "v5", "-tai"),
    ("行った", "行く", "v5k-s", "past"),
    ("問うて", "問う", "v5u-s", "te-form"),
    ("いらっしゃいました", "いらっしゃる", "v5aru", "polite past"),
    ("高くなかった", "高い", "adj-i", "negative past"),
    ("高かった", "高い", "adj-i", "past"),
    ("高くて", "高い", "adj-i", "te-form"),
    ("高く", "高い", "adj-i", "adverbial"),
    ("高ければ", "高い", "adj-i", "conditional"),
    ("高さ", "高い", "adj-i", "noun (-sa)"),
    ("しました", "する", "vs", "polite past"),
    ("される", "する", "vs", "passive"),
    ("研究している", "研究", "vs-n", "suru verb progressive"),
    ("来なかった", "来る", "vk", "negative past"),
    ("こない", "くる", "vk", "negative"),
    ("きました", "くる", "vk", "polite past"),
]


@pytest.mark.parametrize(("written", "base", "cls", "name"), CASES)
def test_deinflects_to_the_dictionary_form(
    written: str, base: str, cls: str, name: str
) -> None:
    found = {(c.text, c.cls): c for c in deinflect(written)}
    assert (base, cls) in found, sorted(found)
    assert found[(base, cls)].inflection == name


def test_the_written_word_comes_first_and_is_not_inflected() -> None:
    first = deinflect("食べる")[0]
    assert (first.text, first.cls, first.inflection) == ("食べる", None, None)


def test_final_forms_do_not_chain() -> None:
    # 食べたた is no form: the past is final, so it cannot come from 食べた.
    assert all(c.text != "食べる" for c in deinflect("食べたた"))


def test_every_candidate_is_unique_and_not_empty() -> None:
    cands = deinflect("させられませんでした")
    keys = [(c.text, c.cls) for c in cands]
    assert len(keys) == len(set(keys))
    assert all(c.text for c in cands)


@pytest.mark.parametrize(
    ("written", "base", "reading", "written_reading"),
    [
        ("食べました", "食べる", "たべる", "たべました"),
        ("高くなかった", "高い", "たかい", "たかくなかった"),
        ("書かれた", "書く", "かく", "かかれた"),
        ("研究している", "研究", "けんきゅう", "けんきゅうしている"),
    ],
)
def test_reinflect_gives_the_reading_as_written(
    written: str, base: str, reading: str, written_reading: str
) -> None:
    cand = next(c for c in deinflect(written) if c.text == base and c.cls)
    assert reinflect(reading, cand.steps) == written_reading


def test_reinflect_cannot_tell_a_kanji_stem() -> None:
    cand = next(c for c in deinflect("来ます") if c.text == "来る" and c.cls == "vk")
    assert reinflect("くる", cand.steps) is None


def test_rules_are_longest_suffix_first_and_name_a_class() -> None:
    sizes = [len(rule.suffix) for rule in RULES]
    assert sizes == sorted(sizes, reverse=True)
    assert all(rule.name and rule.base for rule in RULES)
