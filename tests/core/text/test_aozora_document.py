"""Aozora files opened as documents: decoding, blocks, sections, anchors."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.annotations import Anchor, resolve
from reader.core.annotations.anchoring import Method
from reader.core.text.aozora_document import AUTHOR_LABEL
from reader.core.text.document import BlockKind, Document
from reader.core.text.source import (
    MAX_SOURCE_BYTES,
    SourceError,
    load_document,
    parse_text,
    read_source,
)
from tests.core.text.test_parse import assert_offsets_sound

DATA = Path(__file__).parent / "data"
RASHOMON = DATA / "rashomon_sjis.txt"
KOKORO = DATA / "kokoro_utf8.txt"


def test_rashomon_is_distributed_in_shift_jis_with_crlf() -> None:
    data = RASHOMON.read_bytes()
    assert b"\r\n" in data
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("羅生門\r\n".encode("cp932"), "羅生門\r\n"),
        ("羅生門\n".encode(), "羅生門\n"),
        (b"\xef\xbb\xbf" + "羅生門".encode(), "羅生門"),  # BOM dropped
        ("髙①".encode("cp932"), "髙①"),  # cp932's own characters
    ],
)
def test_decoding(tmp_path: Path, data: bytes, text: str) -> None:
    path = tmp_path / "t.txt"
    path.write_bytes(data)
    assert read_source(path) == text


@pytest.mark.parametrize(
    "data",
    [b"caf\xe9", b"\xef\xbb\xbfcaf\xe9", b"\x81\x20\xff\xfe"],
)
def test_undecodable_file_is_one_line(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(SourceError) as err:
        read_source(path)
    assert "is not UTF-8 or Shift_JIS text" in str(err.value)
    assert "\n" not in str(err.value)


def test_huge_aozora_file_meets_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = "下人《げにん》が羅生門《らしょうもん》の下で雨やみを待っていた。\r\n"
    data = line.encode("cp932")
    path.write_bytes(data * (MAX_SOURCE_BYTES // len(data) + 1))
    with pytest.raises(SourceError, match="too large"):
        load_document(path)


@pytest.fixture(scope="module")
def rashomon() -> Document:
    return load_document(RASHOMON)


@pytest.fixture(scope="module")
def kokoro() -> Document:
    return load_document(KOKORO)


def test_title_and_author_are_the_documents(rashomon: Document) -> None:
    assert rashomon.title == "羅生門"
    assert rashomon.info("author") == "芥川龍之介"
    meta = [b for b in rashomon.blocks if b.kind is BlockKind.META]
    assert [(b.label, b.text) for b in meta] == [(AUTHOR_LABEL, "芥川龍之介")]


def test_colophon_is_metadata_not_text(rashomon: Document) -> None:
    assert rashomon.info("colophon").startswith("底本：「芥川龍之介全集1」")
    assert "入力：平山誠、野口英司" in rashomon.info("colophon")
    assert "底本" not in rashomon.source
    assert rashomon.blocks[-1].text == "（大正四年九月）"


def test_blocks_are_slices_of_the_text_as_read(rashomon: Document) -> None:
    assert_offsets_sound(rashomon)
    assert not any(mark in rashomon.source for mark in "《》｜")


def test_ruby_belongs_to_its_block(rashomon: Document) -> None:
    first = next(b for b in rashomon.blocks if b.kind is BlockKind.PARAGRAPH)
    assert [
        (first.text[r.start : r.end], r.reading) for r in rashomon.block_ruby(first)
    ] == [("下人", "げにん"), ("羅生門", "らしょうもん")]
    total = sum(len(rashomon.block_ruby(b)) for b in rashomon.blocks)
    assert total == len(rashomon.ruby) > 100


def test_headings_become_sections(kokoro: Document) -> None:
    assert [s.title for s in kokoro.sections] == ["", "上　先生と私", "一", "二"]
    assert [s.level for s in kokoro.sections] == [0, 1, 2, 2]  # 大, 中 見出し
    one = kokoro.sections[2]
    heading = kokoro.block(one.block_ids[0])
    assert (heading.kind, heading.text) == (BlockKind.HEADING, "一")
    first = kokoro.block(one.block_ids[1])
    assert first.text.startswith("私はその人を常に先生と呼んでいた。")


def test_utf8_and_shift_jis_copies_read_alike(tmp_path: Path, kokoro: Document) -> None:
    copy = tmp_path / KOKORO.name
    copy.write_bytes(KOKORO.read_text(encoding="utf-8").replace("\n", "\r\n").encode("cp932"))
    other = load_document(copy)
    assert other.source == kokoro.source
    assert other.ruby == kokoro.ruby
    assert [s.title for s in other.sections] == [s.title for s in kokoro.sections]


def test_doc_id_changes_with_the_ruby_alone() -> None:
    a = parse_text("題\n\n下人《げにん》と老婆《ろうば》の門《もん》。\n", "a.txt")
    b = parse_text("題\n\n下人《しもびと》と老婆《ろうば》の門《もん》。\n", "a.txt")
    assert a.source == b.source
    assert a.doc_id != b.doc_id


def test_plain_text_with_a_stray_bracket_is_untouched() -> None:
    text = "題\n\nこの文は《引用》を含むが、ルビではない。\n山《やま》は一つだけ。\n"
    doc = parse_text(text, "plain.txt")
    assert doc.source == text
    assert doc.ruby == ()
    assert any("《引用》" in b.text for b in doc.blocks)


def test_anchor_stays_across_reopening(rashomon: Document) -> None:
    """An annotation made on the text as read is placed exactly after a restart."""
    start = rashomon.source.index("下人の行方は、誰も知らない。")
    anchor = Anchor.from_source_range(rashomon, start, start + 8)
    assert anchor.exact == "下人の行方は、誰"
    reopened = load_document(RASHOMON)
    placed = resolve(anchor, reopened)
    assert placed is not None
    assert (placed.start, placed.end, placed.method) == (start, start + 8, Method.EXACT)


def test_anchor_over_ruby_quotes_the_base(rashomon: Document) -> None:
    """The quote holds the text as shown: the base, never the notation."""
    start = rashomon.source.index("羅生門の下で")
    anchor = Anchor.from_source_range(rashomon, start, start + 6)
    assert anchor.exact == "羅生門の下で"
    assert "《" not in anchor.prefix + anchor.suffix


@pytest.mark.parametrize(
    "text",
    [
        "題\n著者\n\n" + "《" * 500 + "下人《げにん》" * 3,
        "題\n著者\n\n" + "［＃" * 300 + "下人《げにん》" * 3,
        "題\n著者\n\n" + "｜" * 300 + "下人《げにん》" * 3,
        "題\n著者\n\n" + "※［＃" + "［" * 200 + "］" * 199 + "下人《げにん》" * 3,
        "題\n著者\n\n下人《げにん》" * 3 + "\n底本：\n",
        # One long line of openers: bounded scans, not one per opener to the end.
        "題\n著者\n\n下人《げにん》" * 3 + "［＃｜《" * 100_000,
    ],
)
def test_hostile_notation_opens(text: str) -> None:
    doc = parse_text(text, "hostile.txt")
    assert_offsets_sound(doc)
    for ruby in doc.ruby:
        assert 0 <= ruby.start < ruby.end <= len(doc.source)
