"""Find by text, kana and romaji: the matching rules, as a table, and the mapping."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.document import Document
from reader.core.find import FindIndex, MatchKind, Query, SoundMatcher, text_matches
from reader.core.readings import ReadingEngine, Segment, Word
from tests.core.annotations.anno_support import lines_document

TEXT = "\n".join(
    [
        "私は考えた。考えるのは楽しい。よく考えて話す。",
        "各社とも強化学習に投資している。",
        "コンピューターとＡＩの時代。ﾓﾃﾞﾙを作る。",
        "東京で新聞を読んだ。大きい家。",
        "𠮷野家で考えごと。",
    ]
)


@pytest.fixture(scope="module")
def engine() -> ReadingEngine:
    return ReadingEngine()


@pytest.fixture(scope="module")
def doc() -> Document:
    return lines_document(TEXT)


@pytest.fixture(scope="module")
def index(doc: Document, engine: ReadingEngine) -> FindIndex:
    return FindIndex(doc, {b.id: engine.read(b.text) for b in doc.blocks})


CASES = [
    # query, the hits' texts in document order
    ("考え", ["考え", "考え", "考え", "考え"]),
    ("かんがえ", ["考え", "考え", "考え", "考え"]),
    ("カンガエ", ["考え", "考え", "考え", "考え"]),
    ("kangae", ["考え", "考え", "考え", "考え"]),
    ("KANGAE", ["考え", "考え", "考え", "考え"]),
    ("かんがえる", ["考える"]),
    ("kakusha", ["各社"]),
    ("kakusya", ["各社"]),  # Kunrei spelling
    ("かくしゃ", ["各社"]),
    ("kyouka", ["強化"]),
    ("kyōka", ["強化"]),
    ("kyoka", ["強化"]),  # long vowels folded
    ("kyooka", ["強化"]),
    ("kyōka gakushū", ["強化学習"]),
    ("ｷｮｳｶ", ["強化"]),  # half-width katakana query
    ("こんぴゅーたー", ["コンピューター"]),
    ("こんぴゅうたあ", ["コンピューター"]),
    ("konpyūtā", ["コンピューター"]),
    ("ai", ["ＡＩ"]),  # full-width Latin in the text
    ("ＡＩ", ["ＡＩ"]),
    ("モデル", ["ﾓﾃﾞﾙ"]),  # half-width katakana in the text
    ("moderu", ["ﾓﾃﾞﾙ"]),
    ("shinbun", ["新聞"]),
    ("shimbun", ["新聞"]),
    ("toukyou", ["東京"]),
    ("tōkyō", ["東京"]),
    ("tokyo", ["東京"]),
    ("ookii", ["大きい"]),
    ("ōkii", ["大きい"]),
    ("watashi wa", ["私は"]),  # the particle as heard
    ("かん", []),  # 考 reads かんが: no hit inside a kanji's reading
    ("がえ", []),
    ("kan", []),
    ("考えた。考", ["考えた。考"]),
    ("。考", ["。考"]),
    ("xyz", []),
    ("", []),
    ("   ", []),
]


@pytest.mark.parametrize(("query", "texts"), CASES)
def test_find_table(index: FindIndex, query: str, texts: list[str]) -> None:
    assert [hit.text for hit in index.find(query)] == texts


def test_hits_map_to_base_text_in_document_order(
    index: FindIndex, doc: Document
) -> None:
    hits = index.find("kangae")
    assert [(h.block_id, h.start, h.end) for h in hits] == [
        ("b0", 2, 4),
        ("b0", 6, 8),
        ("b0", 17, 19),
        ("b4", 4, 6),  # after 𠮷, one code point outside the BMP
    ]
    for hit in hits:
        assert doc.block(hit.block_id).text[hit.start : hit.end] == hit.text
        assert hit.kind is MatchKind.ROMAJI


def test_a_hit_found_several_ways_is_listed_once_as_text(index: FindIndex) -> None:
    hits = index.find("かくしゃ")
    assert [h.kind for h in hits] == [MatchKind.KANA]
    assert [h.kind for h in index.find("各社")] == [MatchKind.TEXT]


def test_no_hit_spans_two_blocks(index: FindIndex) -> None:
    assert index.find("話す。各社") == []


def test_a_block_without_readings_is_found_by_text_only(doc: Document) -> None:
    bare = FindIndex(doc, {})
    assert [h.text for h in bare.find("各社")] == ["各社"]
    assert bare.find("kakusha") == []


@pytest.mark.parametrize(
    ("raw", "text", "kana", "romaji"),
    [
        ("各社", "各社", None, None),
        ("カクシャ", "かくしゃ", "かくしゃ", None),
        ("kyōka", "kyōka", None, "kyoka"),
        ("Kyou-ka", "kyou-ka", None, "kyoka"),
        ("kan'i", "kan'i", None, "kani"),
        ("tiisai", "tiisai", None, "chisai"),
        ("  かん がえ ", "かん がえ", "かんがえ", None),
        ("AI研究", "ai研究", None, None),
    ],
)
def test_query_keys(raw: str, text: str, kana: str | None, romaji: str | None) -> None:
    query = Query.parse(raw)
    assert (query.text, query.kana, query.romaji) == (text, kana, romaji)


def test_digits_read_as_one_unit(engine: ReadingEngine) -> None:
    doc = lines_document("会議は35人でした。")
    index = FindIndex(doc, {b.id: engine.read(b.text) for b in doc.blocks})
    assert [h.text for h in index.find("さんじゅうごにん")] == ["35人"]
    assert index.find("さんじゅう") == []  # a unit is not cut


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_any_slice_of_the_text_is_found_where_it_is(
    index: FindIndex, doc: Document, data: st.DataObject
) -> None:
    block = data.draw(st.sampled_from(doc.blocks))
    start = data.draw(st.integers(0, len(block.text) - 1))
    end = data.draw(st.integers(start + 1, len(block.text)))
    query = block.text[start:end]
    if query[0] in "ー \u3000ﾞﾟ" or query[-1].isspace():
        return  # a long mark reads as the vowel before it: not a query on its own
    if block.text[end : end + 1] in ("ﾞ", "ﾟ"):
        return  # ﾃﾞ is one character: a query cannot end inside it
    spots = {(h.block_id, h.start, h.end) for h in index.find(query)}
    assert (block.id, start, end) in spots


# -- short texts: quotes and notes --------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [("かくしゃ", True), ("kakusha", True), ("各社", True), ("kaisha", False)],
)
def test_text_matches_by_reading(
    engine: ReadingEngine, query: str, expected: bool
) -> None:
    text = "各社とも"
    assert text_matches(query, text, engine.read(text)) is expected


def test_text_matches_without_words_is_by_text(engine: ReadingEngine) -> None:
    assert text_matches("各社", "各社とも", None)
    assert not text_matches("kakusha", "各社とも", None)


class CountingReader:
    def __init__(self, engine: ReadingEngine) -> None:
        self.engine = engine
        self.calls: list[str] = []

    def __call__(self, text: str) -> Sequence[Word]:
        self.calls.append(text)
        return self.engine.read(text)


def test_sound_matcher_reads_notes_on_demand_once(engine: ReadingEngine) -> None:
    reader = CountingReader(engine)
    matcher = SoundMatcher(reader)
    quote_words = (Word(0, (Segment("かくしゃ"),), "かくしゃ"),)
    assert matcher.matches("kakusha", ["かくしゃ", "強化の話"], [quote_words])
    assert reader.calls == []  # the quote's words were given
    assert matcher.matches("kyouka", ["かくしゃ", "強化の話"], [quote_words])
    assert matcher.matches("きょうか", ["かくしゃ", "強化の話"], [quote_words])
    assert reader.calls == ["強化の話"]  # read once, remembered
    assert not matcher.matches("kaisha", ["x", "強化の話"])
    assert matcher.matches("", ["anything"])


def test_sound_matcher_does_not_read_for_a_text_query(engine: ReadingEngine) -> None:
    reader = CountingReader(engine)
    assert SoundMatcher(reader).matches("強化", ["強化の話"])
    assert not SoundMatcher(reader).matches("研究", ["強化の話"])
    assert reader.calls == []


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("kakusha", True),  # the quote, by its words in the document
        ("かくしゃ", True),
        ("kyouka", True),  # the note, read on demand
        ("きょうかがくしゅう", True),
        ("note", False),
        ("", True),
    ],
)
def test_annotations_are_searched_by_reading(
    doc: Document, engine: ReadingEngine, query: str, found: bool
) -> None:
    from reader.core.annotations import Anchor, AnnotationStore
    from reader.core.find import annotation_matches, quote_words

    store = AnnotationStore(doc)
    annotation = store.add(Anchor.from_selection(doc, "b1", 0, "b1", 4), note="強化学習")
    readings = {b.id: engine.read(b.text) for b in doc.blocks}
    words = quote_words(readings, store.placement(annotation.id))
    assert words is not None
    assert "".join(w.text for w in words) == "各社とも"
    matcher = SoundMatcher(engine.read)
    assert annotation_matches(annotation, query, matcher, words) is found
