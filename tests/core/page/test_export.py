"""Export as HTML, text and Markdown: base text intact, readings as ruby or inline."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from html.parser import HTMLParser

import pytest

from reader.core.page.export import (
    ExportFormat,
    export_document,
    export_html,
    export_text,
)
from reader.core.page.layout import END_MARK, reading_page_html
from reader.core.page.render import Aids
from reader.core.readings import ReadingEngine, Word
from reader.core.text.document import Document

Readings = Mapping[str, Sequence[Word]]


@pytest.fixture(scope="module")
def readings(seed_doc: Document) -> Readings:
    engine = ReadingEngine()
    return {b.id: engine.read(b.text) for b in seed_doc.blocks}


class BaseText(HTMLParser):
    """Collects each block's text outside rt, rp and labels."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: dict[str, str] = {}
        self._stack: list[tuple[str, str | None, bool]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        skip = tag in ("rt", "rp") or "lbl" in (a.get("class") or "").split()
        self._stack.append((tag, a.get("data-b"), skip))
        if a.get("data-b"):
            self.blocks[a["data-b"] or ""] = ""

    def handle_endtag(self, tag: str) -> None:
        while self._stack:
            if self._stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if any(skip for _, _, skip in self._stack):
            return
        block = next((b for _, b, _ in reversed(self._stack) if b), None)
        if block:
            self.blocks[block] += data


def base_texts(html: str) -> dict[str, str]:
    parser = BaseText()
    parser.feed(html)
    return parser.blocks


@pytest.mark.parametrize("aids", list(Aids))
def test_html_base_text_is_the_source_text(seed_doc: Document, readings: Readings,
                                           aids: Aids) -> None:
    html = export_html(seed_doc, readings, aids)
    texts = base_texts(html)
    assert texts == {b.id: b.text for b in seed_doc.blocks}


def test_reading_page_base_text_is_the_source_text(seed_doc: Document,
                                                   readings: Readings) -> None:
    html = reading_page_html(seed_doc, readings, ["aids-both"], "")
    assert base_texts(html) == {b.id: b.text for b in seed_doc.blocks}
    assert html.count('data-o="') > 1000


def test_html_furigana_is_standard_ruby_with_okurigana_outside(seed_doc: Document,
                                                               readings: Readings) -> None:
    html = export_html(seed_doc, readings, Aids.FURIGANA)
    assert '<ruby class="f">語<rp>(</rp><rt class="f">かた</rt><rp>)</rp></ruby>っ' in html
    assert "<!DOCTYPE html>" in html
    assert '<meta charset="utf-8">' in html
    assert "Content-Security-Policy" in html
    assert 'class="r"' not in html  # no romaji asked for


def test_html_both_puts_romaji_in_an_outer_ruby(seed_doc: Document,
                                                readings: Readings) -> None:
    html = export_html(seed_doc, readings, Aids.BOTH)
    assert re.search(r'<ruby class="w"><ruby class="f">話題<rp>\(</rp><rt class="f">'
                     r'わだい</rt><rp>\)</rp></ruby><rp>\(</rp><rt class="r">wadai</rt>', html)
    assert '<rt class="r">wa</rt>' in html  # the particle は
    assert "ruby-position: under" in html


def test_html_structure_headings_speakers_footer(seed_doc: Document,
                                                 readings: Readings) -> None:
    html = export_html(seed_doc, readings, Aids.NONE)
    assert html.count("<h2 class=\"heading\"") == 5
    assert html.count("<h1 class=\"title\"") == 1
    assert '<span class="lbl spk">Jacob</span>' in html
    assert html.count('<section class="sec"') == 6
    assert '<footer class="doc-footer">' in html
    assert END_MARK in html
    assert '<a href="https://t.me/TechFlowDaily"' in html


def test_text_export_inline_readings(seed_doc: Document, readings: Readings) -> None:
    text = export_text(seed_doc, readings, Aids.FURIGANA)
    assert "語（かた）っ" in text
    assert "Jacob: David LuanはアマゾンAGI研究所（けんきゅうしょ）" in text
    assert "■ 大規模（だいきぼ）モデルの限界（げんかい）" in text
    assert text.index(END_MARK) < text.index("TechFlow公式")


def test_markdown_export_with_romaji(seed_doc: Document, readings: Readings) -> None:
    md = export_document(seed_doc, readings, ExportFormat.MARKDOWN, Aids.BOTH)
    assert md.startswith("# OpenAI（おーぷんえーあい）の") or md.startswith("# OpenAIの")
    assert "## 信頼（しんらい）できるエージェントの" in md
    assert "**David:**" in md
    assert "**Jacob:** 話題（わだい）をエージェントの世界（せかい）に" in md
    assert "*wadai o ējento no sekai ni " in md


def test_no_aids_text_export_is_the_plain_text(seed_doc: Document) -> None:
    text = export_text(seed_doc, {}, Aids.NONE)
    for block in seed_doc.blocks:
        assert block.text in text
    assert "（" not in text.replace("（笑）", "")


def test_hostile_text_is_escaped() -> None:
    from reader.core.text.parse import parse_document

    doc = parse_document("<script>alert(1)</script>\n\n本文<img src=x onerror=alert(1)>。\n",
                         "x.txt")
    html = export_html(doc, {}, Aids.NONE)
    assert "<script>alert" not in html
    assert "<img" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
