"""Lay out a whole document as HTML: sections, headings, turns, caption, footer.

Blocks carry ``data-b`` (block id). Text that is not part of any block (speaker names,
meta labels, the end-of-source mark) is in elements of class ``lbl``, which the page
script skips when it maps a selection to offsets and which copy leaves out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from html import escape

from reader.core.choices import page_lists_css, page_lists_json
from reader.core.page.render import RenderOptions, plain_words, render_words
from reader.core.readings import Word
from reader.core.text.document import Block, BlockKind, Document

END_MARK = "原文はここで終わっています — the source text ends here"
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
PART_CHARS = 800  # a longer block is laid out in parts (see split_words)
_ENDS = ("。", "！", "？", "!", "?", ".", "」", "』", "\n")

_TAGS: dict[BlockKind, tuple[str, str]] = {
    BlockKind.TITLE: ("h1", "title"),
    BlockKind.PUBLICATION: ("p", "publication"),
    BlockKind.SUBTITLE: ("p", "subtitle"),
    BlockKind.META: ("p", "meta"),
    BlockKind.LEAD: ("p", "lead"),
    BlockKind.NOTE: ("p", "note"),
    BlockKind.HEADING: ("h2", "heading"),
    BlockKind.TURN: ("p", "turn"),
    BlockKind.PARAGRAPH: ("p", "para"),
    BlockKind.CAPTION: ("p", "caption"),
    BlockKind.FOOTER: ("p", "footer-text"),
    BlockKind.LINK: ("p", "link"),
}


def speaker_classes(doc: Document) -> dict[str, str]:
    """``s0`` for the first speaker (the interviewer), ``s1`` for the next, …"""
    order: dict[str, str] = {}
    for block in doc.blocks:
        if block.speaker and block.speaker not in order:
            order[block.speaker] = f"s{len(order) % 4}"
    return order


def _label(text: str, cls: str) -> str:
    return f'<span class="lbl {cls}">{escape(text, quote=False)}</span>'


def render_block(
    block: Block,
    words: Sequence[Word],
    opts: RenderOptions,
    speakers: Mapping[str, str],
) -> str:
    """One block as an element with ``data-b``."""
    tag, cls = _TAGS[block.kind]
    classes = [cls]
    prefix = ""
    attrs = f' data-b="{escape(block.id)}" id="{escape(block.id)}"'
    if block.kind is BlockKind.TURN and block.speaker:
        classes.append(speakers.get(block.speaker, "s0"))
        attrs += f' data-speaker="{escape(block.speaker)}"'
        if block.continues:
            classes.append("cont")
        else:
            prefix = _label(block.speaker, "spk")
    elif block.kind is BlockKind.META and block.label:
        prefix = _label(block.label, "meta-label")
    parts = split_words(words) if block.kind is not BlockKind.LINK else [words]
    if len(parts) > 1:
        classes.append("split")
        attrs += f' data-len="{len(block.text)}"'
        return (
            f'<{tag} class="{" ".join(classes)}"{attrs}>'
            + "".join(_part(i, p, prefix, opts) for i, p in enumerate(parts))
            + f"</{tag}>"
        )
    body = render_words(words, opts)
    if block.kind is BlockKind.LINK and block.url:
        href = escape(block.url)
        body = f'<a href="{href}" rel="noopener noreferrer">{body}</a>'
    return f'<{tag} class="{" ".join(classes)}"{attrs}>{prefix}{body}</{tag}>'


def _part(index: int, words: Sequence[Word], prefix: str, opts: RenderOptions) -> str:
    """One laid-out part of a long block; ``data-p`` is its offset in the block."""
    lead = prefix if index == 0 else ""
    body = render_words(words, opts)
    return f'<span class="part" data-p="{words[0].start}">{lead}{body}</span>'


def split_words(words: Sequence[Word], size: int | None = None) -> list[Sequence[Word]]:
    """A block's words in parts of about ``size`` characters, for layout.

    Chromium lays out one paragraph as a whole: 300,000 characters of ruby take
    minutes. Parts are laid out one by one, and those off screen not at all. A part
    ends after a sentence once it has ``size`` characters (or at a word boundary at
    twice that); the text and its offsets are unchanged, only boxes are added.
    ``size`` defaults to ``PART_CHARS``.
    """
    size = size or PART_CHARS
    parts: list[Sequence[Word]] = []
    first, length = 0, 0
    for i, word in enumerate(words):
        length += len(word.text)
        if length >= size * 2 or (length >= size and word.text.endswith(_ENDS)):
            parts.append(words[first : i + 1])
            first, length = i + 1, 0
    if first < len(words):
        parts.append(words[first:])
    return parts


def render_blocks(
    doc: Document, readings: Mapping[str, Sequence[Word]], opts: RenderOptions
) -> dict[str, str]:
    """Each block's element, by block id (all blocks, footer included)."""
    speakers = speaker_classes(doc)
    return {
        b.id: render_block(b, readings.get(b.id) or plain_words(b.text), opts, speakers)
        for b in doc.blocks
    }


def render_body(
    doc: Document,
    readings: Mapping[str, Sequence[Word]],
    opts: RenderOptions,
    blocks: Mapping[str, str] | None = None,
) -> str:
    """The document as HTML: one ``<section>`` per section, then the footer.

    Args:
        blocks: the output of :func:`render_blocks`, if already at hand.
    """
    html = blocks if blocks is not None else render_blocks(doc, readings, opts)
    parts: list[str] = []
    for section in doc.sections:
        inner = "\n".join(html[i] for i in section.block_ids)
        parts.append(
            f'<section class="sec" id="sec-{section.index}" data-s="{section.index}">'
            f"\n{inner}\n</section>"
        )
    if doc.truncated:
        parts.append(f'<p class="lbl source-ends" role="note">{escape(END_MARK)}</p>')
    footer = doc.footer
    if footer:
        inner = "\n".join(html[b.id] for b in footer)
        parts.append(f'<footer class="doc-footer">\n{inner}\n</footer>')
    return "\n".join(parts)


def fill_template(template: str, values: Mapping[str, str]) -> str:
    """``template`` with each ``{{name}}`` replaced by ``values[name]``.

    One pass over the template, by position: text put in is never scanned again, so
    a title reading ``{{body}}`` stays that text.

    Raises:
        KeyError: the template names a placeholder not in ``values``.
    """
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def page_html(
    doc: Document, body: str, body_classes: Sequence[str], root_style: str
) -> str:
    """The reading pane's page around an already rendered ``body``."""
    from reader.core import resources

    return fill_template(
        resources.read_text("page/page.html"),
        {
            "root_style": escape(root_style),
            "title": escape(doc.title, quote=False),
            "body_class": escape(" ".join(body_classes)),
            "body": body,
            "lists_css": page_lists_css(),
            "lists_json": page_lists_json(),
        },
    )


def reading_page_html(
    doc: Document,
    readings: Mapping[str, Sequence[Word]],
    body_classes: Sequence[str],
    root_style: str,
    opts: RenderOptions | None = None,
) -> str:
    """The reading pane's page: every aid in the markup, shown by ``body_classes``."""
    body = render_body(doc, readings, opts or RenderOptions())
    return page_html(doc, body, body_classes, root_style)
