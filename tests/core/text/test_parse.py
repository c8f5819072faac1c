"""The seed and other texts parsed into blocks and sections."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.text.document import BlockKind, Document
from reader.core.text.parse import parse_document

SECTION_TITLES = [
    "",
    "大規模モデルの限界と強化学習の価値",
    "信頼できるエージェントの構築方法",
    "差別化された技術蓄積は実際には非常に少ない",
    "ロボットが家庭に入るとき",
    "OpenAIの組織成長の道のり",
]


def kinds(doc: Document, kind: BlockKind) -> list[str]:
    return [b.text for b in doc.blocks if b.kind is kind]


def assert_offsets_sound(doc: Document) -> None:
    previous_end = 0
    for block in doc.blocks:
        assert block.text == doc.source[block.start : block.end]
        assert block.start >= previous_end
        assert block.text.strip() == block.text
        assert block.text
        previous_end = block.end


def test_every_block_is_its_slice_of_the_seed(seed_doc: Document) -> None:
    assert_offsets_sound(seed_doc)
    assert len({b.id for b in seed_doc.blocks}) == len(seed_doc.blocks)


def test_sections_are_the_introduction_and_five_headings(seed_doc: Document) -> None:
    assert [s.title for s in seed_doc.sections] == SECTION_TITLES
    assert kinds(seed_doc, BlockKind.HEADING) == SECTION_TITLES[1:]
    for section in seed_doc.sections[1:]:
        assert seed_doc.block(section.block_ids[0]).kind is BlockKind.HEADING


def test_front_matter_shows_the_title_once(seed_doc: Document) -> None:
    titles = kinds(seed_doc, BlockKind.TITLE)
    assert titles == [seed_doc.title]
    assert seed_doc.title.startswith("OpenAIの初期従業員であるDavid Luan氏")
    assert kinds(seed_doc, BlockKind.PUBLICATION) == ["TechFlow厳選深潮セレクト"]
    assert kinds(seed_doc, BlockKind.SUBTITLE)[0].startswith("より低いコスト")
    metas = [(b.label, b.text) for b in seed_doc.blocks if b.kind is BlockKind.META]
    assert metas == [("著者", "MD"), ("制作", "明るいカンパニー")]
    # The repeated title line is no block of its own.
    assert sum(b.text == seed_doc.title for b in seed_doc.blocks) == 1


def test_lead_and_translators_note(seed_doc: Document) -> None:
    leads = kinds(seed_doc, BlockKind.LEAD)
    assert len(leads) == 3
    assert leads[0].startswith("最近、Redpoint")
    assert kinds(seed_doc, BlockKind.NOTE) == [
        "以下は「明るいカンパニー」によるインタビュー記事の翻訳(一部省略)である:"
    ]
    intro = seed_doc.sections[0]
    assert all(seed_doc.block(i).section == 0 for i in intro.block_ids)


def test_turns_have_speakers_and_continuations(seed_doc: Document) -> None:
    turns = [b for b in seed_doc.blocks if b.kind is BlockKind.TURN]
    assert {t.speaker for t in turns} == {"Jacob", "David"}
    first = turns[0]
    assert first.speaker == "Jacob"
    assert not first.continues
    assert first.text.startswith("David LuanはアマゾンAGI研究所")
    assert seed_doc.source[first.start - 6 : first.start] == "Jacob:"
    second = turns[1]
    assert second.continues
    assert second.speaker == "Jacob"
    assert second.text.startswith("本日の番組では")
    cont = next(t for t in turns if t.text.startswith("つまりこれは転換点"))
    assert cont.speaker == "David"
    assert cont.continues
    assert not any(t.text.startswith(("Jacob:", "David:")) for t in turns)


def test_caption_footer_and_truncation(seed_doc: Document) -> None:
    captions = kinds(seed_doc, BlockKind.CAPTION)
    assert captions == [
        "Andrej Karpathyによる大規模モデルの説明(出典:X.com、明るいカンパニー)"
    ]
    footer = seed_doc.footer
    assert [b.kind for b in footer] == [BlockKind.FOOTER] + [BlockKind.LINK] * 3
    assert footer[0].text == "TechFlow公式コミュニティへようこそ"
    assert footer[1].url == "https://t.me/TechFlowDaily"
    assert footer[1].label == "Telegram購読グループ"
    last = seed_doc.last_body_block
    assert last is not None
    assert last.text.endswith("学術界")
    assert seed_doc.truncated


def test_full_width_colon_and_other_names() -> None:
    text = (
        "対談の記録\n\n"
        "はじめに\n"
        "司会：今日はよろしくお願いします。\n"
        "山田 太郎：こちらこそ。\n"
        "続けて話します。\n"
        "第二部\n"
        "司会：最後の質問です。\n"
        "山田 太郎：ありがとうございました。\n"
    )
    doc = parse_document(text, "other.txt")
    assert_offsets_sound(doc)
    turns = [
        (b.speaker, b.text, b.continues) for b in doc.blocks if b.kind is BlockKind.TURN
    ]
    assert turns == [
        ("司会", "今日はよろしくお願いします。", False),
        ("山田 太郎", "こちらこそ。", False),
        ("山田 太郎", "続けて話します。", True),
        ("司会", "最後の質問です。", False),
        ("山田 太郎", "ありがとうございました。", False),
    ]
    assert [s.title for s in doc.sections] == ["", "はじめに", "第二部"]
    assert not doc.truncated


def test_plain_text_has_paragraphs_and_no_speakers() -> None:
    text = "吾輩は猫である\n\n吾輩は猫である。名前はまだ無い。\n\nどこで生れたかとんと見当がつかぬ。\n"
    doc = parse_document(text, "neko.txt")
    assert_offsets_sound(doc)
    assert doc.title == "吾輩は猫である"
    assert kinds(doc, BlockKind.PARAGRAPH) == [
        "吾輩は猫である。名前はまだ無い。",
        "どこで生れたかとんと見当がつかぬ。",
    ]
    assert not any(b.speaker for b in doc.blocks)
    assert not doc.truncated


def test_crlf_and_bom_free_offsets() -> None:
    text = "題名\r\n\r\nA:はい。\r\nB:いいえ。\r\nA:そうですか。\r\nB:はい。\r\n"
    doc = parse_document(text, "crlf.txt")
    assert_offsets_sound(doc)
    assert [b.speaker for b in doc.blocks if b.kind is BlockKind.TURN] == list("ABAB")


@given(
    st.text(
        alphabet=st.sampled_from(list("あ漢字カナAb1:：。、\n \r「」()x")), max_size=300
    )
)
def test_any_text_parses_into_sound_blocks(text: str) -> None:
    doc = parse_document(text, "random.txt")
    assert_offsets_sound(doc)
    in_sections = [i for s in doc.sections for i in s.block_ids]
    assert in_sections == [b.id for b in doc.blocks if b.section >= 0]


def test_a_repeated_paragraph_is_numbered_in_order_and_ids_are_unique() -> None:
    # Annotations anchor to ids: the n-th copy of a text is always ``base-n``.
    source = "題\n\n" + "".join(f"はい。\n\n{n}番目の段落です。\n\n" for n in range(5))
    doc = parse_document(source, "t.txt")
    copies = [b.id for b in doc.blocks if b.text == "はい。"]
    base = copies[0]
    assert copies == [base] + [f"{base}-{n}" for n in range(2, 6)]
    assert len({b.id for b in doc.blocks}) == len(doc.blocks)
