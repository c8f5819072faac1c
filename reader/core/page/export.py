"""Export a document with its reading aids as HTML, plain text or Markdown."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from html import escape

from reader.core import resources
from reader.core.choices import FuriganaLevel
from reader.core.page.layout import END_MARK, fill_template, render_body
from reader.core.page.render import Aids, RenderOptions, plain_words
from reader.core.page.textforms import InlineForm, inline_readings, romaji_line
from reader.core.readings import RomajiStyle, Word
from reader.core.text.document import Block, BlockKind, Document

Readings = Mapping[str, Sequence[Word]]


class ExportFormat(StrEnum):
    """Output formats of ``yomu export``."""

    HTML = "html"
    TEXT = "text"
    MARKDOWN = "markdown"


def export_document(
    doc: Document,
    readings: Readings,
    fmt: ExportFormat,
    aids: Aids,
    style: RomajiStyle = RomajiStyle.MACRON,
    *,
    known: frozenset[str] = frozenset(),
    level: FuriganaLevel = FuriganaLevel.ALL,
) -> str:
    """The document in format ``fmt`` with ``aids`` shown.

    No furigana on ``known`` words, nor on words whose kanji are all at ``level``.
    """
    if fmt is ExportFormat.HTML:
        return export_html(doc, readings, aids, style, known=known, level=level)
    return export_text(
        doc,
        readings,
        aids,
        style,
        markdown=fmt is ExportFormat.MARKDOWN,
        known=known,
        level=level,
    )


def export_html(
    doc: Document,
    readings: Readings,
    aids: Aids,
    style: RomajiStyle = RomajiStyle.MACRON,
    *,
    known: frozenset[str] = frozenset(),
    level: FuriganaLevel = FuriganaLevel.ALL,
) -> str:
    """A standalone UTF-8 page; base text outside ``rt``/``rp`` is the source text."""
    opts = RenderOptions(
        aids=aids, romaji_style=style, offsets=False, known=known, level=level
    )
    return fill_template(
        resources.read_text("export/template.html"),
        {
            "lang": "ja",
            "title": escape(doc.title, quote=False),
            "css": resources.read_text("export/export.css"),
            "body": render_body(doc, readings, opts),
        },
    )


def _block_text(
    block: Block,
    words: Sequence[Word],
    aids: Aids,
    style: RomajiStyle,
    hide: tuple[frozenset[str], FuriganaLevel],
) -> list[str]:
    known, level = hide
    furigana = aids.furigana
    text = (
        inline_readings(words, InlineForm.PAREN, known, level)
        if furigana
        else block.text
    )
    lines = [text]
    if aids.romaji:
        romaji = romaji_line(words, style)
        if romaji and romaji != block.text:
            lines.append(romaji)
    return lines


def _decorate(block: Block, lines: list[str], markdown: bool) -> list[str]:
    """Headings, speakers and labels in the chosen format."""
    first, rest = lines[0], lines[1:]
    kind = block.kind
    if kind is BlockKind.TITLE:
        first = f"# {first}" if markdown else first
    elif kind is BlockKind.HEADING:
        first = f"## {first}" if markdown else f"■ {first}"
    elif kind is BlockKind.TURN and block.speaker and not block.continues:
        first = (
            f"**{block.speaker}:** {first}" if markdown else f"{block.speaker}: {first}"
        )
    elif kind is BlockKind.META and block.label:
        first = f"{block.label}: {first}"
    elif kind is BlockKind.CAPTION:
        first = f"*{first}*" if markdown else f"[図] {first}"
    if markdown and rest:
        rest = [f"*{line}*" for line in rest]
    sep = "  \n" if markdown else "\n"
    return [sep.join([first, *rest])]


def _paragraph(
    block: Block,
    readings: Readings,
    aids: Aids,
    style: RomajiStyle,
    markdown: bool,
    hide: tuple[frozenset[str], FuriganaLevel],
) -> list[str]:
    words = readings.get(block.id) or plain_words(block.text)
    return _decorate(block, _block_text(block, words, aids, style, hide), markdown)


def export_text(
    doc: Document,
    readings: Readings,
    aids: Aids,
    style: RomajiStyle = RomajiStyle.MACRON,
    *,
    markdown: bool = False,
    known: frozenset[str] = frozenset(),
    level: FuriganaLevel = FuriganaLevel.ALL,
) -> str:
    """Plain text or Markdown, readings inline as ``漢字（かんじ）``."""
    hide = (known, level)
    footer = doc.footer
    body = doc.blocks[: len(doc.blocks) - len(footer)]
    paragraphs: list[str] = []
    for block in body:
        paragraphs.extend(_paragraph(block, readings, aids, style, markdown, hide))
    if doc.truncated:
        paragraphs.append(f"— {END_MARK} —")
    if footer and markdown:
        paragraphs.append("---")
    for block in footer:
        paragraphs.extend(_paragraph(block, readings, aids, style, markdown, hide))
    return "\n\n".join(paragraphs) + "\n"
