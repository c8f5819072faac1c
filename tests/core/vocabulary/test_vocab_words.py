"""Sentences, drafts from a selection (with the real dictionary), and search."""

from __future__ import annotations

import pytest

from reader.core.document import Document
from reader.core.find import SoundMatcher
from reader.core.lookup import Lookup
from reader.core.readings import ReadingEngine
from reader.core.vocabulary import (
    VocabularyStore,
    draft_at,
    search,
    sentence_at,
    with_sense,
)
from tests.core.vocabulary.vocab_support import document, draft


@pytest.mark.parametrize(
    ("text", "word", "sentence"),
    [
        ("今日は晴れ。明日は雨。", "明日", "明日は雨。"),
        ("今日は晴れ。明日は雨。", "晴れ", "今日は晴れ。"),
        ("本当？うそ！まさか", "うそ", "うそ！"),
        ("本当？うそ！まさか", "まさか", "まさか"),
        ("彼は「行く。来ない？」と言った。次。", "来ない", "彼は「行く。来ない？」と言った。"),
        ("『一。二。』三。", "二", "『一。二。』三。"),  # a quotation is part of its sentence
        ("「閉じない。括弧", "括弧", "括弧"),  # an unclosed bracket is ignored
        ("一行目\n二行目。続き", "二行目", "二行目。"),
        ("  前。  後ろ  ", "後ろ", "後ろ"),
        ("Really?! Yes.", "Yes", "Yes."),
        ("終わり。）次", "次", "次"),
    ],
)
def test_sentence_table(text: str, word: str, sentence: str) -> None:
    start = text.index(word)
    assert sentence_at(text, start, start + len(word)) == sentence


def test_a_range_over_two_sentences_gives_both() -> None:
    text = "一つ目。二つ目。三つ目。"
    assert sentence_at(text, 2, 6) == "一つ目。二つ目。"


@pytest.fixture(scope="module")
def lookup() -> Lookup:
    return Lookup()


@pytest.fixture(scope="module")
def engine() -> ReadingEngine:
    return ReadingEngine()


@pytest.mark.parametrize(
    ("word", "select", "form", "reading", "romaji", "gloss"),
    [
        ("各社", True, "各社", "かくしゃ", "kakusha", "all companies"),
        ("考えている", False, "考える", "かんがえる", "kangaeru", "to think"),
        ("強化学習", True, "強化学習", "きょうかがくしゅう", "kyōkagakushū", "reinforcement"),
    ],
)
def test_draft_from_a_selection_or_a_click(
    lookup: Lookup,
    engine: ReadingEngine,
    word: str,
    select: bool,
    form: str,
    reading: str,
    romaji: str,
    gloss: str,
) -> None:
    doc = document()
    block = next(b for b in doc.blocks if word in b.text)
    start = block.text.index(word)
    end = start + len(word) if select else start  # a click: the match's length
    result = draft_at(doc, block.id, start, end, lookup, engine.read(block.text))
    assert (result.form, result.reading, result.romaji) == (form, reading, romaji)
    assert result.gloss.startswith(gloss)
    assert result.sense == 0
    assert result.sentence[result.word_at :].startswith(result.word)
    assert block.text[result.anchor.start : result.anchor.end] == result.word


def test_without_the_dictionary_reading_comes_from_the_words(
    engine: ReadingEngine,
) -> None:
    doc = document()
    block = doc.block("b1")
    result = draft_at(doc, "b1", 0, 2, None, engine.read(block.text))
    assert (result.word, result.form, result.reading, result.romaji) == (
        "各社",
        "各社",
        "かくしゃ",
        "kakusha",
    )
    assert result.gloss == ""


def test_another_sense(lookup: Lookup) -> None:
    doc = document("手を上げる。")
    first = draft_at(doc, "b0", 0, 1, lookup)
    entry = lookup.at("手を上げる。", 0).words[0].entry
    assert len(entry.senses) > 1
    second = with_sense(first, entry, 1)
    assert (second.sense, second.gloss) == (1, "; ".join(entry.senses[1].glosses))
    with pytest.raises(IndexError):
        with_sense(first, entry, len(entry.senses))


@pytest.mark.parametrize(
    ("offsets", "error"),
    [((0, 99), ValueError), ((5, 2), ValueError), ((-1, 1), ValueError)],
)
def test_bad_selections_are_refused(offsets: tuple[int, int], error: type) -> None:
    doc: Document = document()
    with pytest.raises(error):
        draft_at(doc, "b1", *offsets, None)


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("", ["各社", "強化学習"]),
        ("kakusha", ["各社"]),
        ("かくしゃ", ["各社"]),
        ("kyouka", ["強化学習"]),
        ("kyōka gakushū", ["強化学習"]),
        ("company", ["各社"]),  # the meaning
        ("指標", ["各社"]),  # the sentence
        ("note", ["強化学習"]),
        ("nothing", []),
    ],
)
def test_search_by_text_kana_romaji(
    engine: ReadingEngine, query: str, words: list[str]
) -> None:
    doc = document()
    store = VocabularyStore(doc)
    store.add(draft(doc, "各社", reading="かくしゃ"))
    store.add(draft(doc, "強化学習", reading="きょうかがくしゅう"), note="a note")
    store.update(store.all()[0].id, gloss="each company")
    found = search(store.all(), query, SoundMatcher(engine.read))
    assert [e.word for e in found] == words
