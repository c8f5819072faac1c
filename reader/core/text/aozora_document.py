"""An Aozora Bunko text as a :class:`Document`: header, sections, body, ruby.

The document's source is the text as read (:func:`reader.core.text.aozora.convert`):
offsets, quotes and block texts all refer to it, as they do for any other text.
"""

from __future__ import annotations

from reader.core.text.aozora import AozoraText, convert
from reader.core.text.document import BlockKind, Document, Section
from reader.core.text.parse import _Builder, _lines

AUTHOR_LABEL = "著者"


def parse_aozora(text: str, name: str, key: str = "") -> Document:
    """The document of an Aozora file's (decoded) text.

    The header gives the title and author blocks, each heading note opens a
    section, every other line is a paragraph; the colophon is kept in ``meta``.
    """
    aozora = convert(text)
    return document_of(aozora, name, key)


def document_of(aozora: AozoraText, name: str, key: str = "") -> Document:
    """The document of a converted Aozora text (see :func:`parse_aozora`)."""
    source = aozora.text
    b = _Builder(source)
    headings = {start: level for start, _, level in aozora.headings}
    levels = [0]  # the introduction's
    header_end = aozora.title_span[1]
    if aozora.author_span is not None:
        header_end = max(header_end, aozora.author_span[1])
    for line in _lines(source):
        if line.start < header_end:
            _header_line(b, aozora, line.start, line.end)
        elif line.start in headings:
            b.open_section(line)
            levels.append(headings[line.start])
        else:
            b.add(BlockKind.PARAGRAPH, line.start, line.end)
    sections = tuple(
        Section(index, title, heading, tuple(ids), level)
        for index, ((title, heading, ids), level) in enumerate(
            zip(b.sections, levels, strict=True)
        )
    )
    meta = [("title", aozora.title), ("author", aozora.author)]
    if aozora.subtitle:
        meta.append(("subtitle", aozora.subtitle))
    meta.append(("colophon", aozora.colophon))
    return Document(
        name=name,
        source=source,
        blocks=tuple(b.blocks),
        sections=sections,
        source_key=key,
        ruby=aozora.ruby,
        meta=tuple((k, v) for k, v in meta if v),
    )


def _header_line(b: _Builder, aozora: AozoraText, start: int, end: int) -> None:
    if aozora.title_span[0] <= start < aozora.title_span[1]:
        b.add(BlockKind.TITLE, start, end)
    elif aozora.author_span is not None and start >= aozora.author_span[0]:
        b.add(BlockKind.META, start, end, label=AUTHOR_LABEL)
    else:
        b.add(BlockKind.SUBTITLE, start, end)
