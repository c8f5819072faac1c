"""Anki decks tested with the real importer (the ``anki`` package), and TSV."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from anki.collection import (
    Collection,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
)

from reader.core.readings import ReadingEngine
from reader.core.vocabulary import VocabularyStore
from reader.core.vocabulary.cards import (
    FIELDS,
    MODEL_NAME,
    CardFields,
    card_fields,
    card_page,
    furigana,
    render_card,
)
from reader.core.vocabulary.exchange import (
    MODEL_ID,
    block_sentence_words,
    cards_for,
    deck_id,
    note_guid,
    tsv_text,
    write_apkg,
)
from reader.core.vocabulary.importing import parse_rows
from tests.core.vocabulary.vocab_support import document, draft


@pytest.mark.parametrize(
    ("form", "reading", "expected"),
    [
        ("考える", "かんがえる", "考[かんが]える"),
        ("取り扱い", "とりあつかい", "取[と]り 扱[あつか]い"),
        ("お茶", "おちゃ", "お 茶[ちゃ]"),
        ("強化学習", "きょうかがくしゅう", "強化学習[きょうかがくしゅう]"),
        ("コンピューター", "コンピューター", "コンピューター"),
        ("すごい", "すごい", "すごい"),
        # Latin the reading cannot be matched with: the reading goes over it all.
        ("AI研究", "えーあいけんきゅう", "AI研究[えーあいけんきゅう]"),
        ("各社", "", "各社"),  # no reading known
    ],
)
def test_furigana_as_anki_reads_it(form: str, reading: str, expected: str) -> None:
    assert furigana(form, reading) == expected


@pytest.fixture
def store() -> VocabularyStore:
    doc = document()
    vocab = VocabularyStore(doc)
    vocab.add(draft(doc, "各社", reading="かくしゃ"), note="<i>tip</i>\nline two")
    vocab.add(draft(doc, "強化学習", reading="きょうかがくしゅう"))
    return vocab


def _cards(store: VocabularyStore) -> list[CardFields]:
    doc = store.document
    readings = {b.id: ReadingEngine().read(b.text) for b in doc.blocks}
    return cards_for(store, store.all(), block_sentence_words(doc, store, readings))


def test_fields_are_escaped_and_the_word_marked(store: VocabularyStore) -> None:
    card = _cards(store)[0]
    assert card.html["Sentence"] == "<b>各社</b>とも独自の指標を持っている。"
    assert card.html["Note"] == "&lt;i&gt;tip&lt;/i&gt;<br>line two"
    assert card.html["Furigana"] == "各社[かくしゃ]"
    assert card.html["SentenceFurigana"].startswith("<b>各社[かくしゃ]</b>とも 独自[どくじ]の")
    assert card.plain["SentenceFurigana"].startswith("各社[かくしゃ]とも 独自[どくじ]の")
    assert card.html["Source"] == "doc.txt — intro"
    assert card.plain["Note"] == "<i>tip</i>\nline two"


def _import(package: Path, collection: Collection) -> None:
    request = ImportAnkiPackageRequest(
        package_path=str(package), options=ImportAnkiPackageOptions()
    )
    collection.import_anki_package(request)


def _notes(collection: Collection) -> dict[str, dict[str, str]]:
    out = {}
    for note_id in collection.find_notes(""):
        note = collection.get_note(note_id)
        out[note.guid] = dict(note.items())
    return out


def test_a_deck_imports_into_anki_and_a_second_export_updates_it(
    store: VocabularyStore, tmp_path: Path
) -> None:
    collection = Collection(str(tmp_path / "collection.anki2"))
    first = tmp_path / "first.apkg"
    assert write_apkg(first, _cards(store), timestamp=1_700_000_000) == 2
    _import(first, collection)
    notes = _notes(collection)
    kakusha, kyouka = store.all()
    assert set(notes) == {note_guid(kakusha.id), note_guid(kyouka.id)}
    fields = notes[note_guid(kakusha.id)]
    assert list(fields) == list(FIELDS)
    assert (fields["Word"], fields["Reading"], fields["Furigana"]) == (
        "各社",
        "かくしゃ",
        "各社[かくしゃ]",
    )
    assert collection.card_count() == 4  # both have a sentence: Recognise and Read
    model = collection.models.by_name(MODEL_NAME)
    assert model is not None
    assert model["id"] == MODEL_ID
    assert [t["name"] for t in model["tmpls"]] == ["Recognise", "Read"]
    decks = {d.name for d in collection.decks.all_names_and_ids()}
    assert decks == {"Default", "Yomu vocabulary"}

    store.update(kakusha.id, gloss="each company")
    second = tmp_path / "second.apkg"
    write_apkg(second, _cards(store), timestamp=1_700_000_100)
    _import(second, collection)
    again = _notes(collection)
    assert collection.note_count() == 2  # updated, not duplicated
    assert collection.card_count() == 4
    assert {d.name for d in collection.decks.all_names_and_ids()} == decks
    assert again[note_guid(kakusha.id)]["Meaning"] == "each company"
    collection.close()


def test_a_word_without_a_sentence_has_one_card(tmp_path: Path) -> None:
    doc = document()
    store = VocabularyStore(doc)
    entry = store.add(draft(doc, "各社"))
    store.update(entry.id, sentence="", word_at=0)
    collection = Collection(str(tmp_path / "c.anki2"))
    write_apkg(tmp_path / "d.apkg", cards_for(store, store.all()))
    _import(tmp_path / "d.apkg", collection)
    assert (collection.note_count(), collection.card_count()) == (1, 1)
    collection.close()


def _text(html: str) -> str:
    """Visible text: tags, styles and the <rt> readings' brackets stripped."""
    html = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    return re.sub(r"\s+", "", re.sub(r"<[^>]+>", "", html))


def test_the_preview_shows_what_anki_shows(
    store: VocabularyStore, tmp_path: Path
) -> None:
    cards = _cards(store)
    collection = Collection(str(tmp_path / "c.anki2"))
    write_apkg(tmp_path / "d.apkg", cards)
    _import(tmp_path / "d.apkg", collection)
    guid = note_guid(cards[0].entry_id)
    ids = collection.find_notes("")
    note = next(n for n in map(collection.get_note, ids) if n.guid == guid)
    for index, card in enumerate(note.cards()):
        front, back = render_card(cards[0], index)
        assert _text(front) == _text(card.question())
        assert _text(back) == _text(card.answer())
    collection.close()
    page = tmp_path / "card.html"
    page.write_text(card_page(cards[0]), encoding="utf-8")
    html = page.read_text(encoding="utf-8")
    assert "<ruby><rb>各社</rb><rt>かくしゃ</rt></ruby>" in html
    assert html.count("<section>") == 2


def test_ids_are_stable() -> None:
    assert deck_id("Yomu vocabulary") == deck_id("Yomu vocabulary")
    assert deck_id("Yomu vocabulary") != deck_id("Other")
    assert 0 < deck_id("x") < 1 << 63
    assert note_guid("abc") == note_guid("abc") != note_guid("abd")


def test_tsv_has_a_header_escapes_and_comes_back(store: VocabularyStore) -> None:
    text = tsv_text(_cards(store))
    lines = text.splitlines()
    assert lines[0].split("\t") == list(FIELDS)
    assert len(lines) == 3  # the note's newline is escaped
    assert "<i>tip</i>\\nline two" in lines[1]
    rows = parse_rows(text)
    assert [(r.word, r.sentence) for r in rows] == [
        ("各社", "各社とも独自の指標を持っている。"),
        ("強化学習", "強化学習の価値について話した。"),
    ]


def test_tsv_cells_with_tabs_and_backslashes() -> None:
    doc = document()
    store = VocabularyStore(doc)
    entry = store.add(draft(doc, "各社"), note="a\tb\\c\r\nd")
    card = card_fields(store.get(entry.id), "src", None)
    row = tsv_text([card]).splitlines()[1].split("\t")
    assert row[FIELDS.index("Note")] == "a\\tb\\\\c\\r\\nd"


def test_the_word_is_marked_inside_the_sentence_furigana() -> None:
    doc = document()
    store = VocabularyStore(doc)
    store.add(draft(doc, "考え"))
    words = {b.id: ReadingEngine().read(b.text) for b in doc.blocks}
    card = cards_for(store, store.all(), block_sentence_words(doc, store, words))[0]
    assert card.html["SentenceFurigana"] == "私[わたし]はそう<b>考[かんが]え</b>ている。"
    assert card.html["Sentence"] == "私はそう<b>考え</b>ている。"
